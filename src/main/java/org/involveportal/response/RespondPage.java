package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.involveportal.consultation.ConsultationText;
import org.involveportal.consultation.Question;
import org.involveportal.consultation.QuestionType;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.ClientLimits;
import org.involveportal.platform.MailSender;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;
import org.involveportal.web.page.PageLinks;
import org.involveportal.web.page.Preview;

/**
 * The pages of answering a consultation once started: "answering as", the question pages, contact,
 * check your answers, and after sending "about you" and the confirmation; also "saved" and "closed".
 *
 * <p>Every page is a plain HTML form posted to its own address (no JavaScript, no view state). Each
 * post is saved to the draft before anything else, even when it has a problem, so nothing typed is
 * lost; then the page either shows the problems beside the fields or moves on (post, redirect, get).
 */
@Named("respond")
@RequestScoped
public class RespondPage extends PageBean {

    private static final Logger LOG = Logger.getLogger(RespondPage.class.getName());
    private static final String FROM_CHECK = "check";

    /** One row of "check your answers". */
    public record AnswerRow(String id, String question, Language language, List<String> lines, String changeHref) {
    }

    @Inject
    private HttpServletRequest request;

    @Inject
    private ResponseService responses;

    @Inject
    private Messages messages;

    @Inject
    private PageLinks links;

    @Inject
    private MailSender mail;

    @Inject
    private ClientLimits clientLimits;

    private String step;
    private ResponseDraft draft;
    private Journey journey;
    private int page;
    /** What was posted for each question on this page, shown again when the page has problems. */
    private final Map<Long, List<String>> posted = new LinkedHashMap<>();
    private ContactDetails contactShown;
    private boolean closed;

    @Inject
    private Preview preview;

    private String resumeEmailSentTo;
    private String resumeEmail;

    @Override
    protected void load() {
        var parameters = PageRoute.parameters(request);
        step = stepOfView();
        draft = parameters.isEmpty() ? null : responses.find(parameters.get(0)).orElse(null);
        if (draft == null) {
            notFound();
            return;
        }
        if (draft.isPreview()) {
            if (!preview.isStaff()) {
                notFound(); // a preview is for staff only, whoever has its address
                return;
            }
            preview.doNotStore();
        }
        journey = new Journey(draft.getConsultation());
        if (step.equals("questions")) {
            page = Integer.parseInt(parameters.get(1));
            if (!journey.questionPages().contains(page)) {
                notFound();
                return;
            }
        }
        if (draft.isSent()) {
            if (step.equals("about-you")) {
                if (!isPost() && draft.isEqualityDone()) {
                    moveTo("sent"); // a post is saved first, by post()
                }
            } else if (!step.equals("sent")) {
                // a second press of "Send", or an old link: carry on after sending
                moveTo(draft.isEqualityDone() ? "sent" : "about-you");
            }
            return;
        }
        if (step.equals("about-you") || step.equals("sent")) {
            moveTo(journey.firstUnfinished(draft));
            return;
        }
        closed = draft.getConsultation().refusesAnswersAt(responses.now());
        if (closed) {
            if (!isPost() && !step.equals("closed")) {
                moveTo("closed"); // a post is kept first, by post()
            }
            return;
        }
        switch (step) {
            case "resume" -> moveTo(journey.firstUnfinished(draft));
            case "closed" -> moveTo(journey.firstUnfinished(draft));
            case "answering-as", "questions", "contact", "saved" -> {
                // a form, handled by post()
            }
            case "check" -> {
                if (!isPost()) {
                    collectCheckProblems();
                }
            }
            default -> notFound();
        }
    }

    @Override
    protected void post() {
        if (draft.isSent()) {
            if (step.equals("about-you")) {
                responses.saveEquality(draft.getToken(), equalityPosted());
                moveTo("sent");
            }
            return;
        }
        if (closed) {
            saveOnly(); // refused, but kept: the closed page shows it with everything else
            if (!step.equals("closed")) {
                moveTo("closed");
            }
            return;
        }
        switch (step) {
            case "answering-as" -> postAnsweringAs();
            case "questions" -> postQuestions();
            case "contact" -> postContact();
            case "check" -> send();
            case "saved" -> emailResumeLink();
            default -> {
                // the other steps ended in load() with a redirect or a 404
            }
        }
    }

    private String stepOfView() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        String name = view.substring(view.lastIndexOf('/') + 1).replace(".xhtml", "");
        return name;
    }

    // ---- posts ----

    private void postAnsweringAs() {
        String value = parameter("answeringAs");
        var chosen = Arrays.stream(AnsweringAs.values()).filter(a -> a.name().equals(value)).findFirst().orElse(null);
        if (chosen != null) {
            responses.saveAnsweringAs(draft.getToken(), chosen, language());
        }
        if (savingForLater()) {
            moveTo("saved");
        } else if (chosen == null) {
            problem("answeringAs-1", "answeringAs.error");
        } else {
            moveOn(Journey.ANSWERING_AS);
        }
    }

    private void postQuestions() {
        var toSave = new LinkedHashMap<Long, List<String>>();
        for (Question question : journey.questionsOn(page)) {
            var values = postedValues(question);
            posted.put(question.getId(), values);
            if (values.stream().allMatch(v -> FormRules.length(v) <= ResponseDraft.VALUE_MAX)) {
                toSave.put(question.getId(), values);
            }
        }
        responses.saveAnswers(draft.getToken(), toSave, language());
        if (savingForLater() && toSave.size() == posted.size()) {
            moveTo("saved");
            return;
        }
        for (Question question : journey.questionsOn(page)) {
            question.problemWith(posted.get(question.getId()))
                    .ifPresent(problem -> problem(view(question).getAnchor(), problem));
        }
        if (!hasErrors()) {
            moveOn(Journey.questionsStep(page));
        }
    }

    private List<String> postedValues(Question question) {
        return QuestionView.posted(request, question);
    }

    private void postContact() {
        var contact = contactPosted();
        contactShown = contact;
        responses.saveContact(draft.getToken(), contact, language());
        if (savingForLater()) {
            moveTo("saved");
            return;
        }
        contact.problems().forEach((field, problem) -> problem(field.equals("way") ? "way-1" : field, problem));
        if (!hasErrors()) {
            moveOn(Journey.CONTACT);
        }
    }

    private ContactDetails contactPosted() {
        String way = parameter("way");
        var chosen = Arrays.stream(ContactDetails.Way.values()).filter(w -> w.name().equals(way)).findFirst().orElse(null);
        return new ContactDetails(chosen, parameter("name"), parameter("email"), parameter("phone"), parameter("address"));
    }

    /** After the closing instant a post is not accepted, but what it carried is kept on the draft. */
    private void saveOnly() {
        switch (step) {
            case "questions" -> {
                var values = new LinkedHashMap<Long, List<String>>();
                for (Question question : journey.questionsOn(page)) {
                    var posted = postedValues(question);
                    if (posted.stream().allMatch(v -> FormRules.length(v) <= ResponseDraft.VALUE_MAX)) {
                        values.put(question.getId(), posted);
                    }
                }
                responses.saveAnswers(draft.getToken(), values, language());
            }
            case "contact" -> responses.saveContact(draft.getToken(), contactPosted(), language());
            default -> {
                // nothing typed on the other pages
            }
        }
    }

    private void send() {
        if (!draft.isPreview() && clientLimits.responses().attempt(request.getRemoteAddr()).isPresent()) {
            // the draft stays as it is: the person can send it later from the same address
            collectCheckProblems();
            problem("send", "limits.responses.tooManyFromHere");
            return;
        }
        var outcome = responses.send(draft.getToken(), language());
        if (outcome instanceof ResponseService.SendOutcome.Sent sent) {
            if (sent.justNow() && draft.getContact().wantsEmail() && !draft.isPreview()) {
                sendReceipt(sent.reference());
            }
            moveTo("about-you");
        } else if (outcome instanceof ResponseService.SendOutcome.Closed) {
            moveTo("closed");
        } else {
            collectCheckProblems();
        }
    }

    private void sendReceipt(String reference) {
        var contact = draft.getContact();
        String body = messages.format2("mail.receipt.body", "title", title().getTitle(), "reference", reference)
                + "\n\n" + links.absolute("/consultations/" + draft.getConsultation().getSlug()) + "\n";
        try {
            mail.send(contact.getEmail().trim(), messages.format("mail.receipt.subject", "reference", reference), body,
                    language());
        } catch (MessagingException | RuntimeException e) {
            // The response is kept whatever happens to the email; the confirmation page shows the reference.
            LOG.log(Level.WARNING, "A receipt could not be sent: {0}", e.getClass().getSimpleName());
        }
    }

    private void emailResumeLink() {
        resumeEmail = parameter("email");
        if (!FormRules.isEmail(resumeEmail)) {
            problem("email", "saved.error.email");
            return;
        }
        if (clientLimits.emails().attempt(request.getRemoteAddr()).isPresent()) {
            problem("email", "limits.emails.tooManyFromHere");
            return;
        }
        String body = messages.format2("mail.resume.body", "title", title().getTitle(), "closes",
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

    private Map<EqualityQuestion, String> equalityPosted() {
        var answers = new EnumMap<EqualityQuestion, String>(EqualityQuestion.class);
        for (EqualityQuestion question : EqualityQuestion.values()) {
            String value = parameter(question.getField());
            if (value != null) {
                answers.put(question, value);
            }
        }
        return answers;
    }

    private boolean savingForLater() {
        return "save".equals(parameter("action"));
    }

    /** Forward to the next step, or back to "check your answers" when changing an answer from there. */
    private void moveOn(String from) {
        moveTo(isFromCheck() ? Journey.CHECK : journey.next(from));
    }

    private void collectCheckProblems() {
        if (draft.getAnsweringAs() == null) {
            problem("change-answering-as", "check.error.answeringAs");
        }
        journey.problems(draft).forEach((question, problem) ->
                problem("change-q" + question.getId(), problem));
        if (draft.getContact().getWay() == null || !draft.getContact().problems().isEmpty()) {
            problem("change-contact", "check.error.contact");
        }
    }

    // ---- for the pages ----

    private String language() {
        return messages.getLanguage().tag();
    }

    public String getToken() {
        return draft.getToken();
    }

    public String getStep() {
        return step;
    }

    public boolean isPreview() {
        return draft != null && draft.isPreview();
    }

    public String getConsultationPreviewHref() {
        return getConsultationHref() + "?preview=true";
    }

    public boolean isFromCheck() {
        return FROM_CHECK.equals(parameter("from"));
    }

    public String href(String stepPath) {
        return links.href("/respond/" + draft.getToken() + "/" + stepPath);
    }

    /** The back link: the step before, or the consultation itself before the first. */
    public String getBackHref() {
        if (isFromCheck()) {
            return href(Journey.CHECK);
        }
        String current = step.equals("questions") ? Journey.questionsStep(page) : step;
        return journey.previous(current).map(this::href)
                .orElseGet(() -> links.href("/consultations/" + draft.getConsultation().getSlug() + "/respond"));
    }

    public String getResumeLink() {
        return links.absolute("/respond/" + draft.getToken());
    }

    private ConsultationText title() {
        return draft.getConsultation().textIn(language());
    }

    public ConsultationText getConsultationText() {
        return title();
    }

    public String getConsultationHref() {
        return links.href("/consultations/" + draft.getConsultation().getSlug());
    }

    /** The language the consultation's own words are in: the reader's, or English until translated. */
    public Language getTextLanguage() {
        return Language.fromTag(draft.getConsultation().textLanguage(language())).orElse(Language.DEFAULT);
    }

    public boolean isWithdrawn() {
        return draft.getConsultation().isWithdrawn();
    }

    public String getClosingTime() {
        return DateFormatting.time(draft.getConsultation().getWindow().closingAsSaid(), messages.languageOf("respond.closes"));
    }

    public String getClosingDate() {
        return DateFormatting.date(draft.getConsultation().getWindow().closingAsSaid(), messages.languageOf("respond.closes"));
    }


    // answering as

    public List<AnsweringAs> getAnsweringAsChoices() {
        return List.of(AnsweringAs.values());
    }

    public String getAnsweringAs() {
        String postedValue = parameter("answeringAs");
        if (postedValue != null) {
            return postedValue;
        }
        return draft.getAnsweringAs() == null ? null : draft.getAnsweringAs().name();
    }

    // questions

    public int getPage() {
        return page;
    }

    public int getPagePosition() {
        return journey.questionPages().indexOf(page) + 1;
    }

    public int getPageCount() {
        return journey.questionPages().size();
    }

    public List<QuestionView> getQuestions() {
        return journey.questionsOn(page).stream().map(this::view).toList();
    }

    private QuestionView view(Question question) {
        var values = posted.containsKey(question.getId()) ? posted.get(question.getId()) : draft.answerTo(question.getId());
        return QuestionView.of(question, language(), values, this::error);
    }

    // contact

    public ContactDetails getContact() {
        return contactShown != null ? contactShown : draft.getContact();
    }

    public List<ContactDetails.Way> getContactWays() {
        return List.of(ContactDetails.Way.values());
    }

    // check your answers and closed

    public List<AnswerRow> getAnswerRows() {
        String reader = language();
        var rows = new ArrayList<AnswerRow>();
        for (Question question : draft.getConsultation().getQuestions()) {
            var values = draft.answerTo(question.getId());
            rows.add(new AnswerRow("change-q" + question.getId(), question.textIn(reader).getText(),
                    Language.fromTag(question.textLanguage(reader)).orElse(Language.DEFAULT),
                    shown(question, values, reader),
                    href(Journey.questionsStep(question.getPage())) + "?from=check#" + view(question).getAnchor()));
        }
        return rows;
    }

    /** An answer in words: option labels, "4 out of 5", a ranking in order, or the text as typed. */
    private List<String> shown(Question question, List<String> values, String reader) {
        if (values.isEmpty()) {
            return List.of();
        }
        var labels = question.optionLabels(reader);
        return switch (question.getType()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> values.stream().map(v -> labelOf(labels, v)).toList();
            case RATING -> List.of(messages.format2("answer.rating.shown", "value", values.get(0), "max", question.getScaleMax()));
            case RANKING -> {
                var ranked = new ArrayList<String>();
                for (int rank = 1; rank <= labels.size(); rank++) {
                    int index = values.indexOf(String.valueOf(rank));
                    if (index >= 0 && index < labels.size()) {
                        ranked.add(rank + ". " + labels.get(index));
                    }
                }
                yield ranked.isEmpty() ? values : ranked;
            }
            case FREE_TEXT -> List.of(values.get(0));
        };
    }

    private static String labelOf(List<String> labels, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            return number >= 1 && number <= labels.size() ? labels.get(number - 1) : value;
        } catch (NumberFormatException e) {
            return value;
        }
    }

    public String getAnsweringAsShown() {
        return draft.getAnsweringAs() == null ? null : messages.text("answeringAs." + draft.getAnsweringAs().name());
    }

    /** The contact choice in words: anonymous, or the way and the detail. */
    public List<String> getContactShown() {
        var contact = draft.getContact();
        if (contact.getWay() == null) {
            return List.of();
        }
        if (contact.getWay() == ContactDetails.Way.NONE) {
            return List.of(messages.text("contact.way.NONE"));
        }
        var lines = new ArrayList<String>();
        lines.add(messages.text("contact.way." + contact.getWay().name()));
        lines.add(String.valueOf(contact.getName()));
        lines.add(String.valueOf(switch (contact.getWay()) {
            case EMAIL -> contact.getEmail();
            case PHONE -> contact.getPhone();
            case POST -> contact.getAddress();
            case NONE -> "";
        }));
        return lines;
    }

    // saved, about you, sent

    public String getResumeEmailSentTo() {
        return resumeEmailSentTo;
    }

    public String getResumeEmail() {
        return resumeEmail;
    }

    public List<EqualityQuestion> getEqualityQuestions() {
        return List.of(EqualityQuestion.values());
    }

    public String getReference() {
        return draft.getSentReference();
    }

    public String getConsultationSlug() {
        return draft.getConsultation().getSlug();
    }

    // ---- navigation ----

    /** To another step of this draft, in the reader's language. */
    private void moveTo(String stepPath) {
        Navigation.redirect(href(stepPath));
    }
}
