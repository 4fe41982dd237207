package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.References;
import org.involveportal.web.page.PageBean;

/**
 * Deleting a response by its reference ({@code /staff/response-delete}, admins): one entered twice by
 * mistake, or one the person asked to be erased. The reason goes to the audit trail; the counts
 * analysis shows go down in the same transaction.
 */
@Named
@RequestScoped
public class ResponseDeletionPage extends PageBean {

    /** The reason is for the audit trail, which keeps a reference and a short reason. */
    static final int REASON_MAX = 500;

    @Inject
    private ResponseService responses;

    private String reference = "";
    private String reason = "";

    @Override
    protected void load() {
        // nothing to find until a reference is posted
    }

    @Override
    protected void post() {
        if (!allowed("ADMIN")) {
            return;
        }
        // references are read out and typed in by hand: spaces and lower case are forgiven
        reference = typed("reference").strip().toUpperCase(Locale.ROOT);
        reason = typed("reason").strip();
        if (reference.isEmpty()) {
            problem("reference", "responseDelete.error.reference");
        } else if (!References.looksLike("RS", reference)) {
            problem("reference", "responseDelete.error.format");
        }
        if (reason.isEmpty()) {
            problem("reason", "responseDelete.error.reason");
        } else if (FormRules.length(reason) > REASON_MAX) {
            problem("reason", "responseDelete.error.reasonTooLong");
        }
        if (hasErrors()) {
            return;
        }
        if (!responses.delete(reference, reason, staffMember())) {
            problem("reference", "responseDelete.error.notFound");
            return;
        }
        redirectTo("/staff/response-delete?deleted=" + reference);
    }

    /** The reference just deleted, to say so. */
    public String getDeleted() {
        String deleted = parameter("deleted");
        return References.looksLike("RS", deleted) ? deleted : null;
    }

    public String getReference() {
        return reference;
    }

    public String getReason() {
        return reason;
    }

    public int getReasonMax() {
        return REASON_MAX;
    }
}
