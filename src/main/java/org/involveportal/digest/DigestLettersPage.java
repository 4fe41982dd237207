package org.involveportal.digest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.joining.MessageRecipient;
import org.involveportal.people.ResidentService;
import org.involveportal.web.page.PageBean;

/**
 * The post list of "Keep me informed" digests ({@code /staff/digest-letters}, editors): each digest made in the
 * last four weeks for someone who does not take email, with their address (or phone), language and the words
 * of their digest in it, to print and send. Opening it is audited, as every contact list is.
 */
@Named
@RequestScoped
public class DigestLettersPage extends PageBean {

    /** One letter: the person as a message reaches them, and their digest. */
    public record Letter(MessageRecipient person, DigestSent digest, Language language) {
    }

    @Inject
    private DigestService digests;

    @Inject
    private ResidentService residents;

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    private final List<Letter> letters = new ArrayList<>();

    @Override
    protected void load() {
        if (!allowed("EDITOR")) {
            return;
        }
        notKept();
        for (var digest : digests.postList()) {
            residents.find(digest.getResidentId()).map(MessageRecipient::of).ifPresent(person ->
                    letters.add(new Letter(person, digest, Language.fromTag(digest.getLanguage()).orElse(Language.ENGLISH))));
        }
        audit.record(staffMember(), AuditAction.CONTACT_LIST_VIEWED, "digest", null, "post list of " + letters.size());
    }

    public List<Letter> getLetters() {
        return letters;
    }

    public String when(Instant instant) {
        return DateFormatting.dateAndTime(instant, messages.getLanguage());
    }
}
