package org.involveportal.report;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.i18n.PageRoute;
import org.involveportal.i18n.RequestLocale;
import org.involveportal.platform.Exports;

/**
 * A published report as XLSX ({@code /involvement-reports/{slug}.xlsx}, in each language under its prefix): every
 * figure in one sheet, as the page shows it, small numbers suppressed. Public, as the report is.
 */
@WebServlet(ReportDownload.PATH)
public class ReportDownload extends HttpServlet {

    /** Reached through {@link PageRoute} from the report's address, with the reader's language known. */
    public static final String PATH = "/involvement-report.xlsx";

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private MessageCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = PageRoute.parameter(request);
        var report = slug == null ? null : reports.find(slug).orElse(null);
        if (report == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var language = RequestLocale.of(request).language();
        Function<String, String> text = key -> catalog.format(language, key);
        var table = ReportView.of(report.parts(), text).exportTable(text);
        response.setHeader("Content-Disposition", "attachment; filename=\"involvement-report-" + slug + ".xlsx\"");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Exports.xlsx(table, text.apply("report.export.sheet"), response.getOutputStream());
    }
}
