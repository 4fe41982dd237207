package org.involveportal.expense;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.involveportal.people.SignedInResident;

/**
 * A receipt, to the resident who sent it ({@code /account/expense-receipt?r=id}) or to staff deciding claims
 * ({@code /staff/expense-receipt?r=id}, finance role, audited). Always a download, never shown in the page, never
 * kept by a browser or proxy, and sandboxed: whatever a file holds, it runs nothing on the portal's address.
 */
@WebServlet({"/account/expense-receipt", "/staff/expense-receipt"})
public class ReceiptDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private SecurityContext security;

    @Inject
    private ExpenseService expenses;

    @Inject
    private ExpenseDecisions decisions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        long receiptId;
        try {
            receiptId = Long.parseLong(String.valueOf(request.getParameter("r")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ExpenseReceipt> receipt;
        if (request.getServletPath().startsWith("/staff/")) {
            if (!security.isCallerInRole(StaffExpensesPage.ROLE)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            receipt = decisions.receiptToView(receiptId, security.getCallerPrincipal().getName());
        } else {
            var resident = signedIn.id();
            if (resident.isEmpty()) {
                response.sendRedirect(request.getContextPath() + "/account/sign-in");
                return;
            }
            receipt = expenses.ownReceipt(receiptId, resident.get());
        }
        if (receipt.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = expenses.content(receipt.get());
        response.setContentType(receipt.get().getType().contentType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(receipt.get().getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
