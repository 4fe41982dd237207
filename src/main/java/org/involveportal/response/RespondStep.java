package org.involveportal.response;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.involveportal.consultation.ConsultationText;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.web.page.PageBean;
import org.involveportal.web.page.PageLinks;
import org.involveportal.web.page.Preview;

/**
 * What every page of answering a consultation once started shares: the draft named by the address
 * ({@code /respond/{token}/...}) and its consultation, where the draft stands (open, closed before
 * sending, sent), and moving between the steps. One bean per page extends it: "answering as", the
 * question pages, contact, check your answers, "saved", "closed", and after sending "about you" and
 * the confirmation.
 *
 * <p>Every page is a plain HTML form posted to its own address (no JavaScript, no view state). Each
 * post is saved to the draft before anything else, even when it has a problem, so nothing typed is
 * lost; then the page either shows the problems beside the fields or moves on (post, redirect, get).
 *
 * <p>In order: the draft is found ({@link #load()}); a sent draft goes on to "about you" and the
 * confirmation ({@link #onceSent()}); one whose consultation stopped taking answers goes to the
 * "closed" page ({@link #onceClosed()}), keeping what a post carried ({@link #keepPosted()}); otherwise
 * the page shows its form ({@link #whileOpen()}) and handles it ({@link #postStep()}).
 */
public abstract class RespondStep extends PageBean {

    static final String CLOSED = "closed";
    static final String ABOUT_YOU = "about-you";
    static final String SENT = "sent";
    static final String SAVED = "saved";
    private static final String FROM_CHECK = "check";

    @Inject
    private HttpServletRequest request;

    @Inject
    private ResponseService responses;

    @Inject
    private Messages messages;

    @Inject
    private PageLinks links;

    @Inject
    private Preview preview;

    private ResponseDraft draft;
    private Journey journey;
    private boolean closed;

    /** This page's step, the last part of its address: {@code contact}, {@code questions/2}. */
    protected abstract String stepPath();

    /** Whether the rest of the address names a page of this journey; the question pages check their number. */
    protected boolean isStepOf(List<String> addressParameters) {
        return true;
    }

    @Override
    protected final void load() {
        var parameters = PageRoute.parameters(request);
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
        if (!isStepOf(parameters)) {
            notFound();
            return;
        }
        if (draft.isSent()) {
            onceSent();
        } else {
            beforeSending();
        }
    }

    /** A second press of "Send", or an old link: carry on after sending. */
    protected void onceSent() {
        moveTo(draft.isEqualityDone() ? SENT : ABOUT_YOU);
    }

    /** Not sent yet: the page's form while the consultation takes answers, else the "closed" page. */
    protected void beforeSending() {
        closed = draft.getConsultation().refusesAnswersAt(responses.now());
        if (closed) {
            onceClosed();
        } else {
            whileOpen();
        }
    }

    /** To the "closed" page; a post is kept first, by {@link #post()}. */
    protected void onceClosed() {
        if (!isPost()) {
            moveTo(CLOSED);
        }
    }

    /** The page shows its form, handled by {@link #postStep()}. */
    protected void whileOpen() {
    }

    @Override
    protected final void post() {
        if (closed) {
            keepPosted(); // refused, but kept: the closed page shows it with everything else
            if (!stepPath().equals(CLOSED)) {
                moveTo(CLOSED);
            }
            return;
        }
        postStep();
    }

    /** The page's form, posted while the consultation takes answers (or "about you", after sending). */
    protected void postStep() {
    }

    /** After the closing instant a post is not accepted, but what it carried is kept on the draft. */
    protected void keepPosted() {
    }

    // ---- navigation between the steps ----

    /** To another step of this draft, in the reader's language. */
    protected final void moveTo(String step) {
        redirectToPage(stepAddress(step));
    }

    /** Forward to the next step, or back to "check your answers" when changing an answer from there. */
    protected final void moveOn() {
        moveTo(isFromCheck() ? Journey.CHECK : journey.next(stepPath()));
    }

    /** Where someone coming back carries on. */
    protected final void moveToFirstUnfinished() {
        moveTo(journey.firstUnfinished(draft));
    }

    protected final boolean savingForLater() {
        return "save".equals(parameter("action"));
    }

    private String stepAddress(String step) {
        return "/respond/" + draft.getToken() + "/" + step;
    }

    // ---- for the steps ----

    protected final ResponseDraft draft() {
        return draft;
    }

    protected final Journey journey() {
        return journey;
    }

    protected final ResponseService responses() {
        return responses;
    }

    protected final Messages messages() {
        return messages;
    }

    protected final PageLinks links() {
        return links;
    }

    /** The reader's language, as a tag. */
    protected final String language() {
        return messages.getLanguage().tag();
    }

    protected final HttpServletRequest request() {
        return request;
    }

    // ---- for the pages ----

    public boolean isPreview() {
        return draft != null && draft.isPreview();
    }

    public boolean isFromCheck() {
        return FROM_CHECK.equals(parameter("from"));
    }

    public String href(String step) {
        return links.href(stepAddress(step));
    }

    /** The back link: the step before, or the consultation itself before the first. */
    public String getBackHref() {
        if (isFromCheck()) {
            return href(Journey.CHECK);
        }
        return journey.previous(stepPath()).map(this::href)
                .orElseGet(() -> links.href("/consultations/" + draft.getConsultation().getSlug() + "/respond"));
    }

    public ConsultationText getConsultationText() {
        return draft.getConsultation().textIn(language());
    }

    public String getConsultationHref() {
        return links.href("/consultations/" + draft.getConsultation().getSlug());
    }

    /** The language the consultation's own words are in: the reader's, or English until translated. */
    public Language getTextLanguage() {
        return draft.getConsultation().languageShownTo(language());
    }

    public String getClosingTime() {
        return DateFormatting.time(draft.getConsultation().getWindow().closingAsSaid(), messages.languageOf("respond.closes"));
    }

    public String getClosingDate() {
        return DateFormatting.date(draft.getConsultation().getWindow().closingAsSaid(), messages.languageOf("respond.closes"));
    }
}
