package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.involveportal.platform.ClientAddress;
import org.involveportal.platform.ClientLimits;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.MailSender;

/** "Your answers are saved": the link to come back with, and a form to have it emailed. */
@Named
@RequestScoped
public class SavedStep extends RespondStep {

    private static final Logger LOG = Logger.getLogger(SavedStep.class.getName());

    @Inject
    private MailSender mail;

    @Inject
    private ClientLimits clientLimits;

    @Inject
    private ClientAddress clientAddress;

    private String resumeEmail;
    private String resumeEmailSentTo;

    @Override
    protected String stepPath() {
        return SAVED;
    }

    @Override
    protected void postStep() {
        resumeEmail = parameter("email");
        if (!FormRules.isEmail(resumeEmail)) {
            problem("email", "saved.error.email");
            return;
        }
        if (clientLimits.emails().attempt(clientAddress.of(request())).isPresent()) {
            problem("email", "limits.emails.tooManyFromHere");
            return;
        }
        var messages = messages();
        String body = messages.format2("mail.resume.body", "title", getConsultationText().getTitle(), "closes",
                getClosingTime() + ", " + getClosingDate()) + "\n\n" + getResumeLink() + "\n";
        try {
            mail.send(resumeEmail.trim(), messages.text("mail.resume.subject"), body, language());
            resumeEmailSentTo = resumeEmail.trim();
            resumeEmail = null;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "A resume link could not be sent: {0}", e.getClass().getSimpleName());
            problem("email", "saved.error.notSent");
        }
    }

    public String getResumeLink() {
        return links().absolute("/respond/" + draft().getToken());
    }

    public String getResumeEmail() {
        return resumeEmail;
    }

    public String getResumeEmailSentTo() {
        return resumeEmailSentTo;
    }
}
