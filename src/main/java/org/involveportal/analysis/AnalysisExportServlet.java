package org.involveportal.analysis;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.equality.ReachService;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.response.AnsweringAs;
import org.involveportal.platform.Exports;
import org.involveportal.platform.ExportTable;

/**
 * Downloads ({@code /staff/analysis-export?c=slug&what=figures|answers&format=csv|xlsx&as=CARER}): the
 * figures of the analysis page (with the reach report, small numbers suppressed), or the free-text
 * answers with their themes. Every download is written to the audit trail: who, which consultation,
 * what and which filter, never any answer.
 */
@WebServlet("/staff/analysis-export")
public class AnalysisExportServlet extends HttpServlet {

    @Inject
    private ConsultationService consultations;

    @Inject
    private AnalysisService analysis;

    @Inject
    private ReachService reach;

    @Inject
    private AnalysisAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private MessageCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!access.canRead()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String slug = request.getParameter("c");
        String what = request.getParameter("what");
        String format = request.getParameter("format");
        Consultation consultation = slug == null ? null
                : consultations.findAnyBySlug(slug).filter(Consultation::isPublished).orElse(null);
        if (consultation == null || !("figures".equals(what) || "answers".equals(what))
                || !("csv".equals(format) || "xlsx".equals(format))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AnsweringAs filter = AnalysisAccess.filter(request.getParameter("as"));
        Function<String, String> text = key -> catalog.format(Language.DEFAULT, key);
        ExportTable table = "figures".equals(what)
                ? AnalysisReport.build(consultation, filter, analysis, reach.report(consultation.getId(), text), text).figuresTable(text)
                : answersTable(consultation, filter, text);
        audit.record(access.email(), AuditAction.RESPONSES_EXPORTED, "consultation", slug,
                what + " as " + format + (filter == null ? "" : ", answering as " + filter.name()));
        String file = slug + "-" + what + (filter == null ? "" : "-" + filter.name().toLowerCase()) + "." + format;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        if ("csv".equals(format)) {
            response.setContentType("text/csv; charset=UTF-8");
            Exports.csv(table, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            Exports.xlsx(table, text.apply("figures".equals(what) ? "analysis.export.sheet.figures" : "analysis.export.sheet.answers"),
                    response.getOutputStream());
        }
    }

    private ExportTable answersTable(Consultation consultation, AnsweringAs filter, Function<String, String> text) {
        var table = new ExportTable(text.apply("analysis.export.section"), text.apply("analysis.export.question"),
                text.apply("analysis.export.answer"), text.apply("analysis.export.themes"));
        var questions = consultation.getQuestions();
        for (var answer : analysis.freeTextForExport(consultation.getId(), filter)) {
            int number = 0;
            String question = "";
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).getId() == answer.questionId()) {
                    number = i + 1;
                    question = questions.get(i).textIn("en").getText();
                }
            }
            table.row(text.apply("analysis.question.number").replace("{number}", String.valueOf(number)), question,
                    answer.text(), answer.themes());
        }
        return table;
    }
}
