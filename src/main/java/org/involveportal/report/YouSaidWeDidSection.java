package org.involveportal.report;

import static org.involveportal.report.ReportFigure.count;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * "You said, we did" in the period: each consultation whose feedback was first published in it, by its English title
 * (the report keeps the words it was published with), linked to its page, with the responses it had.
 */
@ApplicationScoped
public class YouSaidWeDidSection implements ReportSection {

    static final String ITEMS = "select c.slug, t.title, (select count(*) from response r where r.consultation_id = c.id)"
            + " from consultation c join consultation_text t on t.consultation_id = c.id and t.language = 'en'"
            + " where c.published_at is not null and c.withdrawn_at is null"
            + " and c.feedback_published_at >= ?1 and c.feedback_published_at < ?2 order by c.feedback_published_at, c.id";

    @PersistenceContext
    private EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public ReportPart part(ReportPeriod period) {
        var rows = new ArrayList<ReportRow>();
        for (Object row : new PeriodCounts(em, period).rows(ITEMS)) {
            Object[] cells = (Object[]) row;
            rows.add(ReportRow.titled((String) cells[1], "/consultations/" + cells[0], count(((Number) cells[2]).longValue())));
        }
        return new ReportPart("report.youSaid.title",
                List.of(ReportTable.of("report.youSaid.table", List.of("report.column.responses"), rows)));
    }
}
