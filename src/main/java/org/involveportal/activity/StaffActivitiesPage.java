package org.involveportal.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/** The activities for staff (editor role): each with its day, whether residents see it, and how many are interested. */
@Named
@RequestScoped
public class StaffActivitiesPage extends PageBean {

    static final String ROLE = "EDITOR";

    @Inject
    private ActivityService activities;

    @Inject
    private Messages messages;

    private List<Row> rows;

    /** One activity as the list shows it (its English title: staff write English first). */
    public record Row(String slug, String title, ActivityKind kind, LadderLevel ladder, String day, boolean published,
                      long interested, int places) {
    }

    @Override
    protected void load() {
        if (!allowed(ROLE)) {
            return;
        }
        var counts = activities.interestCounts();
        var dates = messages.getLanguage();
        rows = activities.findAll().stream()
                .map(a -> new Row(a.getSlug(), a.textIn("en").getTitle(), a.getKind(), a.getLadder(),
                        DateFormatting.date(a.getStartsAt(), dates), a.isPublished(), counts.getOrDefault(a.getId(), 0L), a.getPlaces()))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }
}
