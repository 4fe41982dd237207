package org.involveportal.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;

/**
 * Staff writing courses and their sessions, and recording who completed a course. Every change is in the audit
 * trail; a change to a course or session clears the kept public pages on commit, as for any public content.
 */
@Stateless
public class TrainingEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TrainingService training;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A new course with its words by language (English required) and whether residents see it. */
    public Course createCourse(Map<String, CourseText> texts, boolean published, String actor) {
        var course = new Course(uniqueSlug(slugBase(texts.get("en").getTitle())), texts.get("en"));
        texts.forEach(course::putText);
        course.setPublished(published);
        em.persist(course);
        em.flush();
        audit.record(actor, AuditAction.COURSE_CREATED, "course", course.getSlug(), course.textIn("en").getTitle());
        return course;
    }

    /** A course's words (a language left out is removed, English stays) and whether residents see it. */
    public void updateCourse(String slug, Map<String, CourseText> texts, boolean published, String actor) {
        var course = training.findBySlug(slug).orElseThrow(() -> new TrainingRuleViolation("training.rule.notFound"));
        for (String language : org.involveportal.i18n.Language.tags()) {
            if (texts.containsKey(language)) {
                course.putText(language, texts.get(language));
            } else {
                course.removeText(language);
            }
        }
        course.setPublished(published);
        audit.record(actor, AuditAction.COURSE_EDITED, "course", slug, null);
    }

    /** A new session of a course, or a change to one (null id for new). */
    public TrainingSession saveSession(String courseSlug, Long sessionId, Instant starts, Instant ends, int places, String venue,
                                       String access, String actor) {
        var course = training.findBySlug(courseSlug).orElseThrow(() -> new TrainingRuleViolation("training.rule.notFound"));
        TrainingSession session;
        if (sessionId == null) {
            session = new TrainingSession(course);
        } else {
            session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
            if (session == null || !session.getCourse().getId().equals(course.getId())) {
                throw new TrainingRuleViolation("training.rule.notFound");
            }
            if (places < training.bookedCount(sessionId)) {
                throw new TrainingRuleViolation("courseEditor.error.fewerThanBooked");
            }
        }
        session.schedule(starts, ends, places).at(venue, access);
        if (sessionId == null) {
            em.persist(session);
            em.flush();
        }
        audit.record(actor, AuditAction.TRAINING_SESSION_SAVED, "course", courseSlug, "session " + session.getId());
        return session;
    }

    /**
     * Whether someone booked on a session completed the course, once the session has started: a completion is kept
     * once per person and course, dated at the session's start; "not completed" removes one recorded at this session.
     */
    public void recordCompletion(long sessionId, long bookingId, boolean completed, String actor) {
        var session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new TrainingRuleViolation("training.rule.notFound");
        }
        if (!session.hasStartedAt(clock.instant())) {
            throw new TrainingRuleViolation("training.rule.notStarted");
        }
        var booking = em.find(TrainingBooking.class, bookingId);
        if (booking == null || booking.getSessionId() != sessionId) {
            throw new TrainingRuleViolation("training.rule.noSuchPerson");
        }
        long courseId = session.getCourse().getId();
        var existing = em.createQuery("select c from TrainingCompletion c where c.courseId = :c and c.residentId = :r", TrainingCompletion.class)
                .setParameter("c", courseId).setParameter("r", booking.getResidentId()).getResultStream().findFirst();
        if (completed && existing.isEmpty()) {
            em.persist(new TrainingCompletion(courseId, booking.getResidentId(), sessionId, session.getStartsAt(), actor));
        } else if (!completed && existing.isPresent() && Long.valueOf(sessionId).equals(existing.get().getSessionId())) {
            em.remove(existing.get());
        }
        audit.record(actor, AuditAction.TRAINING_COMPLETION_RECORDED, "course", session.getCourse().getSlug(),
                bookingId + (completed ? " completed" : " not completed"));
    }

    /** A course's address from its English title: "Chairing a meeting" is {@code chairing-a-meeting}. */
    static String slugBase(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        ascii = ascii.length() > 80 ? ascii.substring(0, 80).replaceAll("-$", "") : ascii;
        return ascii.isEmpty() ? "course" : ascii;
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; training.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
