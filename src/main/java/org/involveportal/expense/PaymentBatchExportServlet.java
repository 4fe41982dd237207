package org.involveportal.expense;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.involveportal.platform.Exports;

/**
 * A payment batch's file for the finance system ({@code /staff/expense-payments-export?b=reference&format=csv|xlsx},
 * finance role): exactly the batch's lines, however often it is downloaded. Every download is audited.
 */
@WebServlet("/staff/expense-payments-export")
public class PaymentBatchExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Inject
    private ExpensePayments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!security.isCallerInRole(StaffExpensesPage.ROLE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String format = request.getParameter("format");
        var batch = payments.batch(String.valueOf(request.getParameter("b"))).orElse(null);
        if (batch == null || !("csv".equals(format) || "xlsx".equals(format))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var table = payments.export(batch, security.getCallerPrincipal().getName(), format);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + batch.getReference() + "." + format + "\"");
        if ("csv".equals(format)) {
            response.setContentType("text/csv; charset=UTF-8");
            Exports.csv(table, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            Exports.xlsx(table, batch.getReference(), response.getOutputStream());
        }
    }
}
