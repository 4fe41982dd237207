package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.involveportal.platform.ClientAddress;
import org.involveportal.platform.ClientLimits;
import org.involveportal.people.SignedInResident;
import org.involveportal.platform.MailSender;

/** Check your answers: every answer with a link to change it that comes back here, then "Send". */
@Named
@RequestScoped
public class CheckAnswersStep extends RespondStep {

    private static final Logger LOG = Logger.getLogger(CheckAnswersStep.class.getName());

    @Inject
    private MailSender mail;

    @Inject
    private ClientLimits clientLimits;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private SignedInResident signedIn;

    @Override
    protected String stepPath() {
        return Journey.CHECK;
    }

    @Override
    protected void whileOpen() {
        if (!isPost()) {
            collectProblems();
        }
    }

    @Override
    protected void postStep() {
        if (!isPreview() && clientLimits.responses().attempt(clientAddress.of(request())).isPresent()) {
            // the draft stays as it is: the person can send it later from the same address
            collectProblems();
            problem("send", "limits.responses.tooManyFromHere");
            return;
        }
        // a signed-in resident's history counts the consultation (reading the session only if the visitor has one)
        Long resident = isPreview() ? null : signedIn.id().orElse(null);
        var outcome = responses().send(draft().getToken(), language(), resident);
        if (outcome instanceof ResponseService.SendOutcome.Sent sent) {
            if (sent.justNow() && draft().getContact().wantsEmail() && !isPreview()) {
                sendReceipt(sent.reference());
            }
            moveTo(ABOUT_YOU);
        } else if (outcome instanceof ResponseService.SendOutcome.Closed) {
            moveTo(CLOSED);
        } else {
            collectProblems();
        }
    }

    /** Each unfinished answer, linked from the error summary to its row. */
    private void collectProblems() {
        if (draft().getAnsweringAs() == null) {
            problem("change-answering-as", "check.error.answeringAs");
        }
        journey().problems(draft()).forEach((question, problem) ->
                problem("change-q" + question.getId(), problem));
        if (draft().getContact().getWay() == null || !draft().getContact().problems().isEmpty()) {
            problem("change-contact", "check.error.contact");
        }
    }

    private void sendReceipt(String reference) {
        var messages = messages();
        String body = messages.format2("mail.receipt.body", "title", getConsultationText().getTitle(), "reference", reference)
                + "\n\n" + links().absolute("/consultations/" + draft().getConsultation().getSlug()) + "\n";
        try {
            mail.send(draft().getContact().getEmail().trim(), messages.format("mail.receipt.subject", "reference", reference),
                    body, language());
        } catch (MessagingException | RuntimeException e) {
            // The response is kept whatever happens to the email; the confirmation page shows the reference.
            LOG.log(Level.WARNING, "A receipt could not be sent: {0}", e.getClass().getSimpleName());
        }
    }

    public AnswersInWords getSummary() {
        return new AnswersInWords(draft(), messages(), language(), this::href);
    }
}
