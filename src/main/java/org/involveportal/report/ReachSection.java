package org.involveportal.report;

import static org.involveportal.report.ReportFigure.count;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.equality.ReachService;
import org.involveportal.response.EqualityQuestion;

/**
 * Reach beside the population baseline: the "about you" answers given to the consultations that closed in the
 * period (they are kept without a time, apart from the responses), each category beside the baseline percentage.
 */
@ApplicationScoped
public class ReachSection implements ReportSection {

    /** Published consultations, not withdrawn, that closed in the period. */
    static final String CLOSED = "select c.id from consultation c where c.published_at is not null and c.withdrawn_at is null"
            + " and c.closes_at >= ?1 and c.closes_at < ?2";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReachService reach;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ReportPart part(ReportPeriod period) {
        var ids = new PeriodCounts(em, period).rows(CLOSED).stream().map(id -> ((Number) id).longValue()).toList();
        var counts = reach.counts(ids);
        var baseline = reach.baseline();
        var tables = new ArrayList<ReportTable>();
        tables.add(ReportTable.of("report.reach.answered", List.of("report.column.number"), List.of(
                ReportRow.of("report.row.consultationsClosed", count(ids.size())),
                ReportRow.of("report.row.aboutYouAnswers", count(counts.getOrDefault("total.all", 0L))))));
        for (var question : EqualityQuestion.values()) {
            var rows = new ArrayList<ReportRow>();
            for (String option : question.getOptions()) {
                var percent = baseline.percent(question, option);
                rows.add(ReportRow.of("equality." + question.getField() + "." + option,
                        count(counts.getOrDefault(question.getField() + "." + option, 0L)),
                        percent == null ? ReportFigure.notKnown() : ReportFigure.percent(percent)));
            }
            tables.add(ReportTable.parts("equality." + question.getField() + ".question",
                    List.of("report.column.answers", "report.column.baseline"), rows, false));
        }
        return new ReportPart("report.reach.title", tables);
    }
}
