package org.involveportal.consultation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.content.TranslatedContent;
import org.involveportal.glossary.GlossaryLinks;
import org.involveportal.partner.PartnerOrganisation;
import org.involveportal.platform.ClockProducer;
import org.involveportal.platform.PortalSettings;

/**
 * Staff writing and publishing consultations. The rules (English needed, twelve weeks or a public
 * reason) are the consultation's own, so they hold here whatever the screen sends. Every change is
 * in the audit trail.
 */
@Stateless
public class ConsultationEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private GlossaryLinks glossary;

    @Inject
    private AuditTrail audit;

    @Inject
    private PortalSettings settings;

    /** A new draft from a valid form; its window is a placeholder (twelve weeks from a fortnight on) until published. */
    public Consultation create(ConsultationForm form, String actor) {
        var opens = LocalDate.now(clock.withZone(ClockProducer.LONDON)).plusWeeks(2);
        var window = new ResponseWindow(opens.atStartOfDay(ClockProducer.LONDON).toInstant(),
                opens.plusWeeks(ResponseWindow.STANDARD_WEEKS).plusDays(1).atStartOfDay(ClockProducer.LONDON).toInstant());
        var consultation = new Consultation(uniqueSlug(form.slugBase()), form.textFor("en", null), window);
        apply(consultation, form);
        em.persist(consultation);
        em.flush();
        audit.record(actor, AuditAction.CONSULTATION_CREATED, "consultation", consultation.getSlug(), null);
        return consultation;
    }

    public void update(String slug, ConsultationForm form, String actor) {
        var consultation = find(slug);
        apply(consultation, form);
        audit.record(actor, AuditAction.CONSULTATION_EDITED, "consultation", slug, null);
    }

    private static void apply(Consultation consultation, ConsultationForm form) {
        for (String language : ConsultationForm.LANGUAGES) {
            var old = consultation.hasTextIn(language) ? consultation.textIn(language) : null;
            var text = form.textFor(language, old == null ? null : old.getShorterPeriodReason());
            if (text != null) {
                consultation.putText(language, old == null ? text : text.withWindowChangeReason(old.getWindowChangeReason()));
            } else if (!language.equals(TranslatedContent.ENGLISH)) {
                consultation.removeText(language);
            }
        }
        consultation.replaceTopicsAndGroups(form.topics(), form.clientGroups());
        for (String language : ConsultationForm.LANGUAGES) {
            consultation.replaceEasyRead(language, form.easyReadFor(language));
        }
    }

    /**
     * Sets the window (London days: open from the start of the first, closing at the end of the last)
     * with the reasons for a shorter one, and publishes. Throws {@link ConsultationRuleViolation} when
     * the rules are not met: {@link WelshIncomplete}, listing what is missing, when the Welsh Language
     * Standards apply and the Welsh is not complete.
     */
    public void publish(String slug, LocalDate firstDay, LocalDate lastDay, String reasonEnglish, String reasonWelsh,
            String easyReadReason, String actor) {
        // read before anything changes: the setting's query would otherwise flush half-made changes
        boolean welshLanguageStandards = settings.welshLanguageStandards();
        var glossaryWords = glossary.explainedWords();
        var consultation = find(slug);
        setReason(consultation, "en", reasonEnglish);
        setReason(consultation, "cy", reasonWelsh);
        var window = new ResponseWindow(firstDay.atStartOfDay(ClockProducer.LONDON).toInstant(),
                lastDay.plusDays(1).atStartOfDay(ClockProducer.LONDON).toInstant());
        consultation.schedule(window);
        boolean easyReadAsItIs = !consultation.easyReadAdvice(glossaryWords).isEmpty();
        consultation.publish(clock.instant(), welshLanguageStandards, easyReadReason, glossaryWords);
        audit.record(actor, AuditAction.CONSULTATION_PUBLISHED, "consultation", slug,
                firstDay + " to " + lastDay + (window.isShorterThanStandard() ? " (shorter, with reason)" : "")
                        + (easyReadAsItIs ? " (easy read as it is: " + abbreviated(easyReadReason) + ")" : ""));
    }

    /** A reason short enough for the audit trail's detail. */
    private static String abbreviated(String reason) {
        String trimmed = reason.strip();
        return trimmed.length() <= 200 ? trimmed : trimmed.substring(0, 199) + "…";
    }

    /** Extends to the end of a later London day, with the public reasons by language. */
    public void extend(String slug, LocalDate lastDay, java.util.Map<String, String> reasons, String actor) {
        var consultation = find(slug);
        consultation.extend(lastDay.plusDays(1).atStartOfDay(ClockProducer.LONDON).toInstant(), reasons,
                settings.welshLanguageStandards(), clock.instant());
        audit.record(actor, AuditAction.CONSULTATION_EXTENDED, "consultation", slug, "to " + lastDay);
    }

    /** Closes now, with the public reasons by language. */
    public void closeEarly(String slug, java.util.Map<String, String> reasons, String actor) {
        find(slug).closeEarly(clock.instant(), reasons, settings.welshLanguageStandards());
        audit.record(actor, AuditAction.CONSULTATION_CLOSED, "consultation", slug, null);
    }

    /** Withdraws a published consultation before it closes, with the public reasons by language. */
    public void withdraw(String slug, java.util.Map<String, String> reasons, String actor) {
        find(slug).withdraw(clock.instant(), reasons, settings.welshLanguageStandards());
        audit.record(actor, AuditAction.CONSULTATION_WITHDRAWN, "consultation", slug, null);
    }

    /**
     * Records whether the proposal changes a service, who proposes it, and its equality impact assessment (see
     * {@link Consultation#recordImpactAssessment}); throws {@link ConsultationRuleViolation} when the rules are not met.
     */
    public void recordImpactAssessment(String slug, boolean changesService, String proposedBy, String assessedBy,
                                       java.util.Map<String, String> summaries, String document, String actor) {
        var consultation = find(slug);
        consultation.recordImpactAssessment(changesService, proposedBy, assessedBy, summaries, document, clock.instant());
        audit.record(actor, AuditAction.IMPACT_ASSESSMENT_RECORDED, "consultation", slug,
                (changesService ? "changes a service" : "does not change a service")
                        + (consultation.hasImpactAssessment() ? ", assessment recorded" : ", no assessment"));
    }

    /** Adds a question from a form without problems; returns its id. */
    public long addQuestion(String slug, QuestionForm form, String actor) {
        var consultation = find(slug);
        consultation.requireDraft();
        var question = form.toQuestion();
        consultation.addQuestion(question);
        question.revise(form.questionType(), form.pageNumber(), form.isRequiredChecked(), form.maxLengthNumber(), form.scaleNumber());
        form.applyWordsTo(question);
        em.flush();
        audit.record(actor, AuditAction.CONSULTATION_EDITED, "consultation", slug, "question " + question.getId() + " added");
        return question.getId();
    }

    public void updateQuestion(String slug, long questionId, QuestionForm form, String actor) {
        var question = find(slug).question(questionId).orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
        question.revise(form.questionType(), form.pageNumber(), form.isRequiredChecked(), form.maxLengthNumber(), form.scaleNumber());
        form.applyWordsTo(question);
        audit.record(actor, AuditAction.CONSULTATION_EDITED, "consultation", slug, "question " + questionId + " changed");
    }

    public void moveQuestion(String slug, long questionId, int step, String actor) {
        find(slug).moveQuestion(questionId, step);
        audit.record(actor, AuditAction.CONSULTATION_EDITED, "consultation", slug,
                "question " + questionId + (step < 0 ? " moved up" : " moved down"));
    }

    public void removeQuestion(String slug, long questionId, String actor) {
        find(slug).removeQuestion(questionId);
        audit.record(actor, AuditAction.CONSULTATION_EDITED, "consultation", slug, "question " + questionId + " removed");
    }

    private static void setReason(Consultation consultation, String language, String reason) {
        if (!consultation.hasTextIn(language)) {
            return;
        }
        // a new value, not the old one changed, so the change to the stored words is seen
        var old = consultation.textIn(language);
        consultation.putText(language, new ConsultationText(old.getTitle(), old.getSummary())
                .withProposal(old.getProposalHtml())
                .withWhatCanChange(old.getWhatCanChange(), old.getWhatCannotChange())
                .withShorterPeriodReason(reason == null || reason.isBlank() ? null : reason.trim())
                .withWindowChangeReason(old.getWindowChangeReason()));
    }

    /**
     * Names the partner organisation running the consultation (null: none); audited when it changes. The partner is
     * one the editor chose from the list, found by the caller.
     */
    public void namePartner(String slug, PartnerOrganisation partner, String actor) {
        var consultation = find(slug);
        var before = consultation.getPartner();
        if (before == null ? partner == null : partner != null && before.getId().equals(partner.getId())) {
            return;
        }
        consultation.namePartner(partner == null ? null : em.find(PartnerOrganisation.class, partner.getId()));
        audit.record(actor, AuditAction.PARTNER_NAMED, "consultation", slug, partner == null ? "none" : partner.getSlug());
    }

    public Consultation find(String slug) {
        return em.createQuery("select c from Consultation c where c.slug = :slug", Consultation.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No consultation " + slug));
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; exists(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean exists(String slug) {
        return em.createQuery("select count(c) from Consultation c where c.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }
}
