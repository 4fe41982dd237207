package org.involveportal.actionplan;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.involveportal.platform.TestSupport;

/**
 * Tests tell an update's followers again with {@code POST /test-support/action-plan-notices} ({@code update=id}),
 * answered with how many were told now ({@code told=0} when everyone already was): nobody is told twice, however
 * often it runs. Answers 404 unless {@code portal.test-clock=true}, which only the integration tests set.
 */
@WebServlet("/test-support/action-plan-notices")
public class ActionPlanTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActionPlanMail mail;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var id = ActionForm.id(request.getParameter("update"));
        if (!TestSupport.enabled() || id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int told = mail.tellFollowers(id);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("told=" + told);
    }
}
