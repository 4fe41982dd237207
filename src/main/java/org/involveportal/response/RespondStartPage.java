package org.involveportal.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.consultation.ConsultationStatus;
import org.involveportal.consultation.ConsultationText;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.web.page.PageBean;

/**
 * The start page of answering (GOV.UK start page pattern): how long it takes, that answers are
 * anonymous unless contact details are given, and "Start now", which makes a draft and goes to the
 * first question. Starting is a post, so links followed by crawlers or previews make no drafts.
 */
@Named
@RequestScoped
public class RespondStartPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ConsultationService consultations;

    @Inject
    private ResponseService responses;

    @Inject
    private Messages messages;


    private Consultation consultation;

    @Inject
    private org.involveportal.web.page.Preview preview;

    private boolean previewing;

    @Override
    protected void load() {
        String slug = PageRoute.parameter(request);
        previewing = preview.isRequested();
        consultation = slug == null ? null : (previewing ? consultations.findAnyBySlug(slug) : consultations.findBySlug(slug)).orElse(null);
        if (consultation == null) {
            notFound();
            return;
        }
        if (previewing) {
            preview.doNotStore();
        }
        consultation.getQuestions().size();
    }

    @Override
    protected void post() {
        var started = previewing ? Optional.of(responses.startPreview(consultation.getId(), messages.getLanguage().tag()))
                : responses.start(consultation.getId(), messages.getLanguage().tag());
        started.ifPresent(draft -> redirectToPage("/respond/" + draft.getToken() + "/" + Journey.ANSWERING_AS));
    }

    public ConsultationText getText() {
        return consultation.textIn(messages.getLanguage().tag());
    }

    public Language getTextLanguage() {
        return consultation.languageShownTo(messages.getLanguage().tag());
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
