package org.involveportal.response;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.consultation.ConsultationStatus;
import org.involveportal.consultation.ConsultationText;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.web.page.PageLinks;
import org.involveportal.web.page.Navigation;

/**
 * The start page of answering (GOV.UK start page pattern): how long it takes, that answers are
 * anonymous unless contact details are given, and "Start now", which makes a draft and goes to the
 * first question. Starting is a post, so links followed by crawlers or previews make no drafts.
 */
@Named
@RequestScoped
public class RespondStartPage {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ConsultationService consultations;

    @Inject
    private ResponseService responses;

    @Inject
    private Messages messages;

    @Inject
    private PageLinks links;

    private Consultation consultation;

    @Inject
    private org.involveportal.web.page.Preview preview;

    private boolean previewing;

    @PostConstruct
    void handle() {
        String slug = PageRoute.parameter(request);
        previewing = preview.isRequested();
        consultation = slug == null ? null : (previewing ? consultations.findAnyBySlug(slug) : consultations.findBySlug(slug)).orElse(null);
        if (consultation == null) {
            Navigation.sendError(404);
            return;
        }
        if (previewing) {
            preview.doNotStore();
        }
        consultation.getQuestions().size();
        if ("POST".equals(request.getMethod())) {
            var started = previewing ? java.util.Optional.of(responses.startPreview(consultation.getId(), messages.getLanguage().tag()))
                    : responses.start(consultation.getId(), messages.getLanguage().tag());
            started.ifPresent(draft ->
                    Navigation.redirect(links.href("/respond/" + draft.getToken() + "/" + Journey.ANSWERING_AS)));
        }
    }


    public boolean isFound() {
        return consultation != null && Navigation.isRendering();
    }

    public ConsultationText getText() {
        return consultation.textIn(messages.getLanguage().tag());
    }

    public Language getTextLanguage() {
        return Language.fromTag(consultation.textLanguage(messages.getLanguage().tag())).orElse(Language.DEFAULT);
    }

    public ConsultationStatus getStatus() {
        return consultation.statusAt(responses.now());
    }

    /** Open for answers; in a preview, staff can always try the questions. */
    public boolean isOpen() {
        return previewing || getStatus() == ConsultationStatus.OPEN;
    }

    public boolean isPreview() {
        return previewing;
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public int getMinutes() {
        return new Journey(consultation).minutesToAnswer();
    }

    public int getQuestionCount() {
        return consultation.getQuestions().size();
    }

    public String getClosingTime() {
        return DateFormatting.time(consultation.getWindow().closingAsSaid(), messages.languageOf("respond.closes"));
    }

    public String getClosingDate() {
        return DateFormatting.date(consultation.getWindow().closingAsSaid(), messages.languageOf("respond.closes"));
    }

    public String getOpeningTime() {
        return DateFormatting.time(consultation.getWindow().opensAt(), messages.languageOf("respond.opens"));
    }

    public String getOpeningDate() {
        return DateFormatting.date(consultation.getWindow().opensAt(), messages.languageOf("respond.opens"));
    }
}
