package org.involveportal.actionplan;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.involveportal.i18n.Language;

/**
 * A sheet uploaded to a plan ({@code POST /staff/action-plan-import}, editors; a plain multipart form): XLSX or CSV with
 * the columns the export writes. Then back to the plan's page in the back office's language: with how many actions were
 * added, or, when any row is wrong, with nothing imported and each problem by row (kept in the session for that page).
 */
@WebServlet("/staff/action-plan-import")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = ActionPlanImportServlet.MOST_BYTES, maxRequestSize = ActionPlanImportServlet.MOST_BYTES + 65_536)
public class ActionPlanImportServlet extends HttpServlet {

    static final long MOST_BYTES = 2L * 1024 * 1024;
    /** The session attribute holding the last refused sheet's problems, for the plan's page to show once. */
    static final String PROBLEMS = ActionPlanImportServlet.class.getName() + ".problems";

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Inject
    private ActionPlanService plans;

    @Inject
    private ActionPlanEditing editing;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        if (!security.isCallerInRole(StaffActionPlansPage.WRITER)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String slug = request.getParameter("p");
        var plan = slug == null ? null : plans.findBySlug(slug).orElse(null);
        if (plan == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var language = Language.fromTag(String.valueOf(request.getParameter("language"))).filter(Language::hasBackOffice)
                .orElse(Language.DEFAULT);
        String page = request.getContextPath() + language.pathPrefix() + "/staff/action-plan?p="
                + URLEncoder.encode(plan.getSlug(), StandardCharsets.UTF_8);
        var file = request.getPart("sheet");
        if (file == null || file.getSize() == 0) {
            response.sendRedirect(page + "&fileError=actionPlanImport.error.noFile#import-file");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) MOST_BYTES + 1);
        } finally {
            file.delete();
        }
        var reading = PlanSheet.readFile(content);
        if (!reading.ok()) {
            request.getSession().setAttribute(PROBLEMS, reading.problems());
            response.sendRedirect(page + "&fileError=actionPlanImport.error#import-file");
            return;
        }
        int added = editing.importRows(plan.getId(), reading.rows(), security.getCallerPrincipal().getName());
        response.sendRedirect(page + "&saved=imported&count=" + added);
    }
}
