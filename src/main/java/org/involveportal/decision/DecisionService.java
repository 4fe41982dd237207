package org.involveportal.decision;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationFollowUp;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.i18n.Language;

/**
 * Recording what came after a consultation (the analysis published, the decision), each change audited, and the
 * trail the public page shows, with the follow-up items of every {@link ConsultationFollowUp} there is.
 */
@Stateless
public class DecisionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private ConsultationService consultations;

    @Inject
    private Instance<ConsultationFollowUp> followUps;

    public Optional<ConsultationDecision> find(long consultationId) {
        return Optional.ofNullable(em.find(ConsultationDecision.class, consultationId));
    }

    public Instant now() {
        return clock.instant();
    }

    /** Records the analysis published; throws {@code ConsultationRuleViolation} when the rules are not met. */
    public void recordAnalysis(String slug, LocalDate publishedOn, String link, String by, String actor) {
        var consultation = consultation(slug);
        decisionOf(consultation).recordAnalysis(consultation, publishedOn, link, by, clock.instant());
        audit.record(actor, AuditAction.ANALYSIS_RECORDED, "consultation", slug, "published " + publishedOn);
    }

    /** Records the decision; throws {@code ConsultationRuleViolation} when the rules are not met. */
    public void recordDecision(String slug, String by, LocalDate on, String meeting, String minutes, Map<String, String> words,
                               String actor) {
        var consultation = consultation(slug);
        decisionOf(consultation).recordDecision(consultation, by, on, meeting, minutes, words, clock.instant());
        audit.record(actor, AuditAction.DECISION_RECORDED, "consultation", slug, abbreviated(by) + ", " + on);
    }

    /** The trail of a consultation (published, or any for a preview) as a reader of a language sees it now. */
    public List<DecisionTrail.TrailStep> trail(String slug, Language reader) {
        var consultation = consultations.findAnyBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No consultation " + slug));
        var items = new ArrayList<ConsultationFollowUp.Item>();
        for (var followUp : followUps) {
            items.addAll(followUp.followUpsOf(consultation.getId(), reader));
        }
        return DecisionTrail.of(consultation, find(consultation.getId()).orElse(null), items, reader.tag(), clock.instant());
    }

    private Consultation consultation(String slug) {
        return em.createQuery("select c from Consultation c where c.slug = :slug", Consultation.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No consultation " + slug));
    }

    private ConsultationDecision decisionOf(Consultation consultation) {
        var decision = em.find(ConsultationDecision.class, consultation.getId());
        if (decision == null) {
            decision = new ConsultationDecision(consultation.getId(), clock.instant());
            em.persist(decision);
        }
        return decision;
    }

    private static String abbreviated(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.length() <= 100 ? trimmed : trimmed.substring(0, 99) + "…";
    }
}
