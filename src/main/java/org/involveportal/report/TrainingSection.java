package org.involveportal.report;

import static org.involveportal.report.ReportFigure.count;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.training.TrainingService;

/**
 * Training completed in the period: completions by course, by its English title, and in all. Kept here rather than in
 * the training package, which activities depend on, so that no feature depends on the report and back.
 */
@ApplicationScoped
public class TrainingSection implements ReportSection {

    @Inject
    private TrainingService training;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public ReportPart part(ReportPeriod period) {
        var rows = new ArrayList<ReportRow>();
        long total = 0;
        for (var course : training.completionsBetween(period.from(), period.until())) {
            rows.add(ReportRow.titled(course.title(), null, count(course.count())));
            total += course.count();
        }
        rows.add(ReportRow.of("report.training.total", count(total)));
        return new ReportPart("report.training.title",
                List.of(ReportTable.parts("report.training.table", List.of("report.training.completions"), rows, true)));
    }
}
