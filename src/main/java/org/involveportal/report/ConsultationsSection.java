package org.involveportal.report;

import static org.involveportal.report.ReportFigure.count;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.involveportal.feedback.FeedbackService;

/**
 * Consultations run and the feedback owed on them (rule 2 of the product: "You said, we did" within twelve weeks of
 * closing). Only published consultations that were not withdrawn count; one runs in the period when it was open at
 * any time in it.
 */
@ApplicationScoped
public class ConsultationsSection implements ReportSection {

    private static final String COUNTED = "select count(*) from consultation c where c.published_at is not null and c.withdrawn_at is null";
    /** Seconds feedback may take after closing. */
    static final long OWED_SECONDS = FeedbackService.OWED_WITHIN.toSeconds();

    @PersistenceContext
    private EntityManager em;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public ReportPart part(ReportPeriod period) {
        var counts = new PeriodCounts(em, period);
        String due = "c.closes_at + interval " + OWED_SECONDS + " second";
        String feedbackInPeriod = " and c.feedback_published_at >= ?1 and c.feedback_published_at < ?2";
        var rows = List.of(
                ReportRow.of("report.row.consultationsRun", count(counts.count(COUNTED + " and c.opens_at < ?2 and c.closes_at > ?1"))),
                ReportRow.of("report.row.consultationsOpened", count(counts.count(COUNTED + " and c.opens_at >= ?1 and c.opens_at < ?2"))),
                ReportRow.of("report.row.consultationsClosed", count(counts.count(COUNTED + " and c.closes_at >= ?1 and c.closes_at < ?2"))),
                ReportRow.of("report.row.feedbackPublished", count(counts.count(COUNTED + feedbackInPeriod))),
                ReportRow.of("report.row.feedbackOnTime", count(counts.count(COUNTED + feedbackInPeriod
                        + " and c.feedback_published_at <= " + due))),
                ReportRow.of("report.row.feedbackLate", count(counts.count(COUNTED + feedbackInPeriod
                        + " and c.feedback_published_at > " + due))),
                ReportRow.of("report.row.feedbackOverdue", count(counts.count(COUNTED + " and " + due + " < ?2"
                        + " and (c.feedback_published_at is null or c.feedback_published_at >= ?2)"))));
        return new ReportPart("report.consultations.title",
                List.of(ReportTable.of("report.consultations.table", List.of("report.column.number"), rows)));
    }
}
