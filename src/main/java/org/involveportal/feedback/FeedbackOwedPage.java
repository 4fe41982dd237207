package org.involveportal.feedback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * Feedback owed (staff): every closed consultation without published feedback, when it closed, when
 * the feedback is due, and which are overdue, most overdue first.
 */
@Named
@RequestScoped
public class FeedbackOwedPage extends PageBean {

    @Inject
    private FeedbackService feedback;

    @Inject
    private Messages messages;

    private List<Row> rows;

    /** One consultation owed feedback, as shown. */
    public record Row(String slug, String title, String closed, String due, boolean overdue, long weeksSinceClosing, boolean drafted) {
    }

    @Override
    protected void load() {
        var now = feedback.now();
        rows = feedback.owed().stream().map(owed -> new Row(owed.consultation().getSlug(),
                owed.consultation().textIn("en").getTitle(),
                DateFormatting.date(owed.closedAt(), messages.getLanguage()),
                DateFormatting.date(owed.due(), messages.getLanguage()),
                owed.overdue(), Duration.between(owed.closedAt(), now).toDays() / 7, owed.drafted())).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getOverdueCount() {
        return rows.stream().filter(Row::overdue).count();
    }
}
