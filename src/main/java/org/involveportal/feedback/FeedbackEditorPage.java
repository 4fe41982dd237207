package org.involveportal.feedback;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationRuleViolation;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.i18n.Language;
import org.involveportal.web.page.PageBean;
import org.involveportal.web.page.Pictures;

/**
 * Writing and publishing "You said, we did" (staff, publisher role): a section per language with how
 * complete it is, the easy-read version, a button that writes how many took part from the responses,
 * and publishing, which tells everyone who asked to hear.
 */
@Named
@RequestScoped
public class FeedbackEditorPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ConsultationService consultations;

    @Inject
    private FeedbackService feedback;

    @Inject
    private FeedbackNotifier notifier;

    @Inject
    private Pictures pictures;

    private Consultation consultation;
    private FeedbackForm form = new FeedbackForm();
    private FeedbackReport report;
    private FeedbackService.Participation participation;

    @Override
    protected void load() {
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).filter(Consultation::isPublished).orElse(null);
        if (consultation == null) {
            notFound();
            return;
        }
        report = feedback.find(consultation.getId()).orElse(null);
        if (report != null) {
            form = FeedbackForm.from(report);
        }
        participation = feedback.participation(consultation.getId());
    }

    @Override
    protected void post() {
        if (!allowed("PUBLISHER")) {
            return;
        }
        form = FeedbackForm.from(request);
        String action = String.valueOf(parameter("action"));
        if (action.equals("fill")) {
            // only fills in the words; nothing is saved until the publisher saves
            for (String language : form.getLanguages()) {
                form.fillTookPart(language, notifier.tookPartSentence(participation, Language.fromTag(language).orElseThrow()));
            }
            return;
        }
        problems(form.problems(pictures.getNames()));
        if (hasErrors()) {
            return;
        }
        String slug = consultation.getSlug();
        String actor = staffMember();
        feedback.save(consultation, form, actor);
        String done = "saved";
        if (action.equals("publish")) {
            try {
                feedback.publish(slug, actor);
            } catch (EJBException e) {
                if (e.getCause() instanceof ConsultationRuleViolation violation) {
                    problem("tookPart-en", violation.messageKey());
                    report = feedback.find(consultation.getId()).orElse(null);
                    return;
                }
                throw e;
            }
            var told = notifier.tellEveryone(consultation);
            done = "published&told=" + told.sent() + (told.failed() > 0 ? "&failed=" + told.failed() : "");
        }
        redirectTo("/staff/feedback-edit?c=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&done=" + done);
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public String getTitle() {
        return consultation.textIn("en").getTitle();
    }

    public boolean isClosed() {
        return consultation.getWindow().hasClosedAt(feedback.now());
    }

    public boolean isPublished() {
        return report != null && report.isPublished();
    }

    public String getDone() {
        String done = parameter("done");
        return "saved".equals(done) || "published".equals(done) ? done : null;
    }

    /** How many were emailed just now (a number, so the message can choose its plural). */
    public int getTold() {
        String told = parameter("told");
        return told != null && told.matches("\\d{1,9}") ? Integer.parseInt(told) : 0;
    }

    public Integer getFailed() {
        String failed = parameter("failed");
        return failed != null && failed.matches("\\d{1,9}") ? Integer.valueOf(failed) : null;
    }

    public FeedbackForm getForm() {
        return form;
    }

    public FeedbackForm.Words words(String language) {
        return form.words(language);
    }

    public FeedbackService.Participation getParticipation() {
        return participation;
    }
}
