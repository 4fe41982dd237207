package org.involveportal.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.i18n.Language;
import org.involveportal.joining.MessageRecipient;
import org.involveportal.people.ResidentService;
import org.involveportal.web.page.PageBean;

/**
 * The printable letters for an invitation ({@code /staff/register-letters?i=id}, editors): the people it went to
 * who chose post (or phone), with the address or number and language, and the words in each language needed.
 * Opening it is audited, as a group's letters are.
 */
@Named
@RequestScoped
public class RegisterLettersPage extends PageBean {

    @Inject
    private RegisterInviting inviting;

    @Inject
    private ResidentService residents;

    @Inject
    private AuditTrail audit;

    private RegisterInvitation invitation;
    private final List<MessageRecipient> rows = new ArrayList<>();

    @Override
    protected void load() {
        if (!allowed(RegisterPage.ROLE)) {
            return;
        }
        notKept();
        invitation = parameter("i") == null ? null : inviting.find(RegisterPage.pageNumber(parameter("i"))).orElse(null);
        if (invitation == null) {
            notFound();
            return;
        }
        for (var recipient : invitation.getRecipients()) {
            if (!"EMAIL".equals(recipient.getWay())) {
                // a person who deleted their account since is gone from the list, as from the database
                residents.find(recipient.getResidentId()).map(MessageRecipient::of).ifPresent(rows::add);
            }
        }
        audit.record(staffMember(), AuditAction.CONTACT_LIST_VIEWED, "register-invitation", String.valueOf(invitation.getId()),
                "letters for " + rows.size());
    }

    public RegisterInvitation getInvitation() {
        return invitation;
    }

    public List<MessageRecipient> getRows() {
        return rows;
    }

    /** English, and Welsh when someone on the list writes in Welsh and the invitation has Welsh words. */
    public List<Language> getLanguages() {
        boolean welsh = invitation.hasWelsh() && rows.stream().anyMatch(MessageRecipient::isWelsh);
        return welsh ? List.of(Language.ENGLISH, Language.WELSH) : List.of(Language.ENGLISH);
    }
}
