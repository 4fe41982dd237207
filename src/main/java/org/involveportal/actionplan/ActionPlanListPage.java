package org.involveportal.actionplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/** The published action plans ({@code /action-plans}), each with how many of its actions are at each status. */
@Named("actionPlanList")
@RequestScoped
public class ActionPlanListPage extends PageBean {

    @Inject
    private ActionPlanService plans;

    @Inject
    private Messages messages;

    private List<Entry> entries;

    /** One plan in the list, in the reader's language where written, with its counts by status. */
    public record Entry(String slug, String title, String summary, Language language, Map<Rag, Long> counts, long total) {
        public long count(String rag) {
            return counts.get(Rag.valueOf(rag));
        }
    }

    @Override
    protected void load() {
        String reader = messages.getLanguage().tag();
        entries = plans.findAllPublished().stream().map(p -> {
            var text = p.textIn(reader);
            var counts = plans.countsByStatus(p.getId());
            return new Entry(p.getSlug(), text.getTitle(), text.getSummary(), p.languageShownTo(reader), counts,
                    counts.values().stream().mapToLong(Long::longValue).sum());
        }).toList();
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public List<Rag> getStatuses() {
        return List.of(Rag.values());
    }
}
