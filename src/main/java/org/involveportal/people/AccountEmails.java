package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.involveportal.i18n.Messages;
import org.involveportal.platform.MailSender;
import org.involveportal.web.page.PageLinks;

/**
 * The emails of residents' accounts, in the language of the pages the person is using: confirm your
 * address, you already have an account, and a link to sign in. A failure to send is logged without the
 * address and otherwise ignored: the page says the same either way, and the person can ask again.
 */
@RequestScoped
public class AccountEmails {

    private static final Logger LOG = Logger.getLogger(AccountEmails.class.getName());

    @Inject
    private Messages messages;

    @Inject
    private PageLinks links;

    @Inject
    private MailSender mail;

    public void verifyAddress(String to, String token) {
        send(to, "mail.account.verify.subject",
                messages.format("mail.account.verify.body", "hours", TokenPurpose.VERIFY_EMAIL.lifetime().toHours()),
                links.absolute("/account/verify/" + token));
    }

    public void alreadyRegistered(String to) {
        send(to, "mail.account.exists.subject", messages.text("mail.account.exists.body"),
                links.absolute("/account/sign-in"));
    }

    public void signInLink(String to, String token) {
        send(to, "mail.account.signInLink.subject",
                messages.format("mail.account.signInLink.body", "minutes", TokenPurpose.SIGN_IN.lifetime().toMinutes()),
                links.absolute("/account/sign-in-link/" + token));
    }

    private void send(String to, String subjectKey, String body, String link) {
        try {
            mail.send(to, messages.text(subjectKey), body + "\n\n" + link + "\n\n" + messages.text("mail.account.notYou") + "\n",
                    messages.getLanguage().tag());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "An account email could not be sent: {0}", e.getClass().getSimpleName());
        }
    }
}
