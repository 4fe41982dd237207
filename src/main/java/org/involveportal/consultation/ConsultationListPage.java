package org.involveportal.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * The list of consultations, filtered by topic and by who it is for with a plain GET form (works
 * without JavaScript, and the filtered list has its own address).
 */
@Named
@RequestScoped
public class ConsultationListPage extends PageBean {

    @Inject
    private ConsultationService consultations;

    @Inject
    private Messages messages;

    private Topic topic;
    private ClientGroup clientGroup;
    private List<Entry> entries;

    /** One consultation in the list, in the reader's language where it has been translated. */
    public record Entry(String slug, String title, String summary, Language language, ConsultationStatus status,
                        String when) {
    }

    @Override
    protected void load() {
        topic = filter("topic", Topic.class).orElse(null);
        clientGroup = filter("who", ClientGroup.class).orElse(null);
        Language reader = messages.getLanguage();
        Instant now = consultations.now();
        entries = consultations.findForList(topic, clientGroup).stream()
                .map(c -> {
                    var text = c.textIn(reader.tag());
                    var status = c.statusAt(now);
                    // "Closes on Friday 12 March" names the last day answers are taken.
                    Language dateLanguage = messages.languageOf("consultations.when." + status.name());
                    String when = status == ConsultationStatus.FORTHCOMING
                            ? DateFormatting.date(c.getWindow().opensAt(), dateLanguage)
                            : DateFormatting.date(c.getWindow().closingDay(), dateLanguage);
                    return new Entry(c.getSlug(), text.getTitle(),
                            c.listSummaryFor(reader.tag(), messages.getMode().easyRead(), text.getSummary()),
                            c.languageShownTo(reader.tag()), status, when);
                })
                .toList();
    }


    public List<Entry> entriesWithStatus(String status) {
        var wanted = ConsultationStatus.valueOf(status);
        return entries.stream()
                .filter(entry -> entry.status() == wanted
                        || (wanted == ConsultationStatus.CLOSED && entry.status() == ConsultationStatus.FEEDBACK_PUBLISHED))
                .toList();
    }

    public boolean isNoneFound() {
        return entries.isEmpty();
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<ClientGroup> getClientGroups() {
        return List.of(ClientGroup.values());
    }

    public String getTopic() {
        return topic == null ? "" : topic.name();
    }

    public String getWho() {
        return clientGroup == null ? "" : clientGroup.name();
    }

    public boolean isFiltered() {
        return topic != null || clientGroup != null;
    }
}
