package org.involveportal.response;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationStatus;
import org.involveportal.consultation.Question;
import org.involveportal.consultation.QuestionType;
import org.involveportal.content.TranslatedContent;
import org.involveportal.platform.ClockProducer;
import org.involveportal.platform.References;

/**
 * Drafts saved page by page, sending them as responses, and the separate "about you" answers. The
 * closing instant is checked here, on the server's clock, whatever the form in the browser says.
 */
@Stateless
public class ResponseService {

    /** The outcome of pressing "Send". */
    public sealed interface SendOutcome {
        /** Sent; {@code justNow} is false when this draft had already been sent (a second press). */
        record Sent(String reference, boolean justNow) implements SendOutcome {
        }

        /** Refused: the consultation closed before the answers arrived. */
        record Closed() implements SendOutcome {
        }

        /** Refused: something required is missing or not acceptable. */
        record Incomplete() implements SendOutcome {
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private org.involveportal.audit.AuditTrail audit;

    /** What a preview shows where a real response has its reference. */
    public static final String PREVIEW_REFERENCE = "PREVIEW";

    public Instant now() {
        return clock.instant();
    }

    /** A new draft for a consultation open now; empty if it is not open. */
    public Optional<ResponseDraft> start(long consultationId, String language) {
        var consultation = em.find(Consultation.class, consultationId);
        Instant now = clock.instant();
        if (consultation == null || consultation.statusAt(now) != ConsultationStatus.OPEN) {
            return Optional.empty();
        }
        var draft = new ResponseDraft(consultation, language, now);
        em.persist(draft);
        return Optional.of(draft);
    }

    /**
     * A draft for staff to try the questions of any consultation, draft or published: it goes through
     * every page like a resident's, but sending it keeps nothing.
     */
    public ResponseDraft startPreview(long consultationId, String language) {
        var consultation = em.find(Consultation.class, consultationId);
        var draft = new ResponseDraft(consultation, language, clock.instant());
        draft.markPreview();
        em.persist(draft);
        return draft;
    }

    /**
     * A draft with its consultation's questions loaded, ready to show. Only read: changes go through the
     * methods below, so the consultation is the shared instance, not a copy made for this transaction.
     */
    public Optional<ResponseDraft> find(String token) {
        return Optional.ofNullable(em.find(ResponseDraft.class, token, Map.of(QueryHints.READ_ONLY, HintValues.TRUE))).map(draft -> {
            draft.getConsultation().getQuestions().forEach(q -> q.optionCount());
            draft.getConsultation().textIn(TranslatedContent.ENGLISH);
            return draft;
        });
    }

    public void saveAnsweringAs(String token, AnsweringAs answeringAs, String language) {
        editable(token).ifPresent(draft -> {
            draft.setAnsweringAs(answeringAs);
            draft.touch(language, clock.instant());
        });
    }

    public void saveAnswers(String token, Map<Long, List<String>> answers, String language) {
        editable(token).ifPresent(draft -> {
            draft.putAnswers(answers);
            draft.touch(language, clock.instant());
        });
    }

    public void saveContact(String token, ContactDetails contact, String language) {
        editable(token).ifPresent(draft -> {
            draft.setContact(contact.clipped());
            draft.touch(language, clock.instant());
        });
    }

    /** A draft not yet sent; once sent, nothing in it changes. */
    private Optional<ResponseDraft> editable(String token) {
        return Optional.ofNullable(em.find(ResponseDraft.class, token)).filter(draft -> !draft.isSent());
    }

    /**
     * Sends a draft as a response, once. The draft's row is locked first, so two presses of "Send" at
     * the same moment are taken one after the other and the second finds the first's reference.
     */
    public SendOutcome send(String token, String language) {
        return send(token, language, null);
    }

    /**
     * As {@link #send(String, String)}; when a resident is signed in ({@code residentId} not null), the same
     * transaction also keeps that they answered this consultation today, for their involvement history, with
     * nothing that names the response or its answers. Anonymous responses run no statement more.
     */
    public SendOutcome send(String token, String language, Long residentId) {
        var draft = em.find(ResponseDraft.class, token, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw new IllegalArgumentException("No such draft");
        }
        if (draft.isSent()) {
            return new SendOutcome.Sent(draft.getSentReference(), false);
        }
        Instant now = clock.instant();
        var consultation = draft.getConsultation();
        if (consultation.refusesAnswersAt(now)) {
            return new SendOutcome.Closed();
        }
        var journey = new Journey(consultation);
        if (!journey.isComplete(draft)) {
            return new SendOutcome.Incomplete();
        }
        var answers = new ArrayList<ResponseAnswer>();
        for (Question question : consultation.getQuestions()) {
            var values = draft.answerTo(question.getId());
            if (!values.isEmpty()) {
                answers.addAll(ResponseAnswer.of(question, values));
            }
        }
        if (draft.isPreview()) {
            // a preview goes on to the next pages like a real one, but nothing is counted or kept
            draft.markSent(PREVIEW_REFERENCE, now);
            return new SendOutcome.Sent(PREVIEW_REFERENCE, true);
        }
        String reference = References.next("RS");
        var change = ResponseTallies.of(consultation.getId(), draft.getAnsweringAs(), Channel.ONLINE, now, answers,
                typesOf(consultation));
        em.persist(new Response(consultation, reference, token, Channel.ONLINE, draft.getAnsweringAs(), language, now,
                draft.getContact().kept(), answers));
        draft.markSent(reference, now);
        count(change, 1);
        if (residentId != null) {
            em.persist(new ConsultationAnswered(residentId, consultation.getId(), LocalDate.ofInstant(now, ClockProducer.LONDON)));
        }
        return new SendOutcome.Sent(reference, true);
    }

    /** Keeps "about you" answers once per sent draft, with nothing linking them to it. */
    public void saveEquality(String token, Map<EqualityQuestion, String> answers) {
        var draft = em.find(ResponseDraft.class, token, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null || !draft.isSent() || draft.isEqualityDone()) {
            return;
        }
        var equality = new EqualityAnswers(draft.getConsultation().getId(), answers);
        if (!equality.isEmpty() && !draft.isPreview()) {
            em.persist(equality);
        }
        draft.markEqualityDone();
    }

    /**
     * Keeps a response staff entered from another channel (paper, phone, an event, with support),
     * checked by the caller with the same rules as online answers. Returns its reference. The audit
     * trail records who entered it, never what it says.
     */
    public String enter(long consultationId, Channel channel, AnsweringAs answeringAs, String language,
                        Map<Long, List<String>> answersByQuestion, ContactDetails contact, String actor) {
        if (channel == Channel.ONLINE) {
            throw new IllegalArgumentException("Online responses come through the portal");
        }
        var consultation = em.find(Consultation.class, consultationId);
        var answers = new ArrayList<ResponseAnswer>();
        for (Question question : consultation.getQuestions()) {
            var values = answersByQuestion.getOrDefault(question.getId(), List.of());
            if (!values.isEmpty()) {
                answers.addAll(ResponseAnswer.of(question, values));
            }
        }
        String reference = References.next("RS");
        Instant now = clock.instant();
        em.persist(new Response(consultation, reference, null, channel, answeringAs, language, now, contact.kept(), answers));
        count(ResponseTallies.of(consultationId, answeringAs, channel, now, answers, typesOf(consultation)), 1);
        audit.record(actor, org.involveportal.audit.AuditAction.RESPONSE_ENTERED, "consultation", consultation.getSlug(),
                reference + " (" + channel.name().toLowerCase(java.util.Locale.ROOT) + ")");
        return reference;
    }

    /**
     * Deletes a response by its reference (entered twice by mistake, or erased because the person asked)
     * with its answers and theme codings, and takes it off the counts, in one transaction. The audit
     * trail keeps who deleted which reference and why, never what it said. The "about you" answers are
     * linked to no response, so they stay. False if no response has that reference.
     */
    public boolean delete(String reference, String reason, String actor) {
        // locked: two admins deleting one response at once take it off the counts once
        var found = em.createQuery("select r from Response r where r.reference = :reference", Response.class)
                .setParameter("reference", reference).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            return false;
        }
        var response = found.get(0);
        var consultation = response.getConsultation();
        var change = ResponseTallies.of(consultation.getId(), response.getAnsweringAs(), response.getChannel(),
                response.getSubmittedAt(), response.getAnswers(), typesOf(consultation));
        em.remove(response);
        count(change, -1);
        audit.record(actor, org.involveportal.audit.AuditAction.RESPONSE_DELETED, "consultation", consultation.getSlug(),
                reference + ": " + reason);
        return true;
    }

    /**
     * Writes what is pending (the response and its answers, or their deletion) and then the tallies, so
     * the tallies' rows are locked only from there to the commit.
     */
    private void count(ResponseTallies.Change change, int sign) {
        em.flush();
        ResponseTallies.apply(em, change, sign);
    }

    private static Map<Long, QuestionType> typesOf(Consultation consultation) {
        var types = new HashMap<Long, QuestionType>();
        consultation.getQuestions().forEach(question -> types.put(question.getId(), question.getType()));
        return types;
    }
}
