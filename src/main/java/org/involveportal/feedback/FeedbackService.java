package org.involveportal.feedback;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationForm;
import org.involveportal.content.Topic;
import org.involveportal.platform.PortalSettings;
import org.involveportal.response.AnsweringAs;
import org.involveportal.response.Channel;
import org.involveportal.response.ContactDetails;
import org.involveportal.response.Response;

/**
 * Writing and publishing "You said, we did", the public list of it, and who is owed it: every
 * closed consultation without feedback, overdue twelve weeks after closing (rule 2 of the product).
 */
@Stateless
public class FeedbackService {

    /** Feedback is owed within twelve weeks of closing. */
    public static final Duration OWED_WITHIN = Duration.ofDays(7L * 12);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private PortalSettings settings;

    @Inject
    private org.involveportal.analysis.AnalysisService analysis;

    public Instant now() {
        return clock.instant();
    }

    public Optional<FeedbackReport> find(long consultationId) {
        return Optional.ofNullable(em.find(FeedbackReport.class, consultationId));
    }

    /** Saves what was written, published or not; a published report changes in public at once. */
    public void save(Consultation consultation, FeedbackForm form, String actor) {
        var report = find(consultation.getId()).orElseGet(() -> {
            var created = new FeedbackReport(consultation.getId(), clock.instant());
            em.persist(created);
            return created;
        });
        for (String language : ConsultationForm.LANGUAGES) {
            report.putText(language, form.textFor(language), clock.instant());
            report.replaceEasyRead(language, form.getEasyRead().easyReadFor(language));
        }
        audit.record(actor, AuditAction.FEEDBACK_EDITED, "consultation", consultation.getSlug(), null);
    }

    /**
     * Publishes the feedback (throws {@link org.involveportal.consultation.ConsultationRuleViolation}
     * when it is not ready). The report's row is locked, so two publishers at once are taken in turn.
     */
    public void publish(String slug, String actor) {
        var consultation = consultation(slug);
        var report = Optional.ofNullable(em.find(FeedbackReport.class, consultation.getId(), LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new org.involveportal.consultation.ConsultationRuleViolation("feedback.rule.englishNeeded"));
        boolean first = !report.isPublished();
        report.publish(consultation, settings.welshLanguageStandards(), clock.instant());
        audit.record(actor, AuditAction.FEEDBACK_PUBLISHED, "consultation", slug, first ? null : "published again");
    }

    private Consultation consultation(String slug) {
        return em.createQuery("select c from Consultation c where c.slug = :slug", Consultation.class)
                .setParameter("slug", slug).getSingleResult();
    }

    /** How many took part and how: sent responses by channel and by "answering as" (counted by the analysis, in the database). */
    public record Participation(long total, Map<Channel, Long> byChannel, Map<AnsweringAs, Long> byAnsweringAs) {
    }

    public Participation participation(long consultationId) {
        return new Participation(analysis.sentResponses(consultationId), analysis.sentResponsesByChannel(consultationId),
                analysis.sentResponsesByAnsweringAs(consultationId));
    }

    /** One published feedback for the public list. */
    public record Published(Consultation consultation, FeedbackReport report) {
    }

    /** Published feedback, newest first, optionally only on one topic. */
    public List<Published> published(Topic topic) {
        var rows = em.createQuery("""
                        select c, f from Consultation c, FeedbackReport f
                        where f.consultationId = c.id and f.publishedAt is not null
                        order by f.publishedAt desc, c.id desc""", Object[].class)
                .getResultList();
        var result = new ArrayList<Published>();
        for (var row : rows) {
            var consultation = (Consultation) row[0];
            if (topic == null || consultation.getTopics().contains(topic)) {
                result.add(new Published(consultation, (FeedbackReport) row[1]));
            }
        }
        return result;
    }

    /** A closed consultation still owed its feedback, and when that is due. */
    public record Owed(Consultation consultation, Instant closedAt, Instant due, boolean overdue, boolean drafted) {
    }

    /** Closed consultations without published feedback, the most overdue first. */
    public List<Owed> owed() {
        Instant now = clock.instant();
        var closed = em.createQuery("""
                        select c from Consultation c
                        where c.publishedAt is not null and c.withdrawnAt is null and c.feedbackPublishedAt is null
                          and c.window.closesAt <= :now
                        order by c.window.closesAt, c.id""", Consultation.class)
                .setParameter("now", now).getResultList();
        return closed.stream().map(c -> {
            Instant due = c.getWindow().closesAt().plus(OWED_WITHIN);
            return new Owed(c, c.getWindow().closesAt(), due, now.isAfter(due), find(c.getId()).isPresent());
        }).toList();
    }

    /** The responses of people who asked to hear by email and have not been told yet. */
    public List<Long> waitingForEmail(long consultationId) {
        return em.createQuery("""
                        select r.id from Response r
                        where r.consultation.id = :c and r.contact.way = :way and r.toldOutcomeAt is null
                        order by r.id""", Long.class)
                .setParameter("c", consultationId).setParameter("way", ContactDetails.Way.EMAIL)
                .getResultList();
    }

    /**
     * Claims one person for telling: true only for the one caller that marks them told, so two
     * publications at once never tell anyone twice.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Response> claimForTelling(long responseId) {
        int claimed = em.createQuery("update Response r set r.toldOutcomeAt = :now where r.id = :id and r.toldOutcomeAt is null")
                .setParameter("now", clock.instant()).setParameter("id", responseId).executeUpdate();
        return claimed == 1 ? Optional.of(em.find(Response.class, responseId)) : Optional.empty();
    }

    /** Gives a claim back when the message could not be sent, so a later publication tries again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releaseClaim(long responseId) {
        em.createQuery("update Response r set r.toldOutcomeAt = null where r.id = :id")
                .setParameter("id", responseId).executeUpdate();
    }

    /** People who asked to hear by post or phone, for staff to contact: oldest response first. */
    public List<Response> toContactByPostOrPhone(long consultationId, String actor, String slug) {
        audit.record(actor, AuditAction.CONTACT_LIST_VIEWED, "consultation", slug, null);
        return em.createQuery("""
                        select r from Response r
                        where r.consultation.id = :c and r.contact.way in :ways
                        order by r.submittedAt, r.id""", Response.class)
                .setParameter("c", consultationId)
                .setParameter("ways", List.of(ContactDetails.Way.POST, ContactDetails.Way.PHONE))
                .getResultList();
    }
}
