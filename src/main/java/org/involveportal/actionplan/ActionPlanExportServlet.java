package org.involveportal.actionplan;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.involveportal.platform.Exports;

/**
 * A plan as a sheet ({@code /staff/action-plan-export?p=slug&format=csv|xlsx}, editors and publishers), with the
 * columns the import reads: Theme, Action, Lead, Timescale, Progress, RAG, Outcome. Every download is audited.
 */
@WebServlet("/staff/action-plan-export")
public class ActionPlanExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Inject
    private ActionPlanService plans;

    @Inject
    private ActionPlanEditing editing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!security.isCallerInRole(StaffActionPlansPage.WRITER) && !security.isCallerInRole(StaffActionPlansPage.PUBLISHER)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String format = request.getParameter("format");
        String slug = request.getParameter("p");
        var plan = slug == null ? null : plans.findBySlug(slug).orElse(null);
        if (plan == null || !("csv".equals(format) || "xlsx".equals(format))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var table = editing.export(plan.getId(), security.getCallerPrincipal().getName());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + plan.getSlug() + "." + format + "\"");
        if ("csv".equals(format)) {
            response.setContentType("text/csv; charset=UTF-8");
            Exports.csv(table, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            Exports.xlsx(table, "Action plan", response.getOutputStream());
        }
    }
}
