package org.involveportal.expense;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.involveportal.i18n.Language;
import org.involveportal.people.SignedInResident;

/**
 * A receipt added to the signed-in resident's claim ({@code POST /account/expense-receipts}, a plain multipart form that
 * works without JavaScript): one file at a time, checked by its content, then back to the claim's page in the
 * resident's language with what happened. The address has no language in it, so the multipart form is read by this
 * servlet alone; the form says which language to go back to.
 */
@WebServlet("/account/expense-receipts")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class ReceiptUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private ExpenseService expenses;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        var language = Language.fromTag(String.valueOf(request.getParameter("language"))).orElse(Language.DEFAULT);
        String reference = String.valueOf(request.getParameter("claim"));
        String claimPage = request.getContextPath() + language.pathPrefix() + "/account/expenses/" + reference;
        var id = signedIn.id();
        if (id.isEmpty()) {
            response.sendRedirect(request.getContextPath() + language.pathPrefix() + "/account/sign-in");
            return;
        }
        if (!ExpenseClaimReferences.looksLike(reference) || expenses.own(reference, id.get()).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Part file = request.getPart("receipt");
        String outcome;
        if (file == null || file.getSize() == 0) {
            outcome = "?receiptError=expense.error.receiptNone";
        } else if (file.getSize() > ReceiptType.MOST_BYTES) {
            outcome = "?receiptError=expense.error.receiptTooLarge";
        } else {
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readNBytes((int) ReceiptType.MOST_BYTES + 1);
            }
            try {
                expenses.addReceipt(reference, id.get(), file.getSubmittedFileName(), content.length, content);
                outcome = "?done=receiptAdded";
            } catch (ExpenseRuleViolation problem) {
                outcome = "?receiptError=" + problem.messageKey();
            }
        }
        if (file != null) {
            file.delete();
        }
        response.sendRedirect(claimPage + outcome + "#receipt");
    }
}
