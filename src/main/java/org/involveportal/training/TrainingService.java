package org.involveportal.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.involveportal.people.CommunicationNeed;
import org.involveportal.people.ResidentService;

/** Finding courses and sessions for the public and staff pages, residents booking and cancelling, and who completed what. */
@Stateless
public class TrainingService {

    /** A course's completions in a period, for the annual report: its English title, as staff write English first. */
    public record CourseCompletions(long courseId, String title, long count) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ResidentService residents;

    public Instant now() {
        return clock.instant();
    }

    public Optional<Course> findBySlug(String slug) {
        return em.createQuery("select c from Course c where c.slug = :slug", Course.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** A published course, for its public page. */
    public Optional<Course> findPublished(String slug) {
        return findBySlug(slug).filter(Course::isPublished);
    }

    public Optional<Course> find(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    /** Every course, by English title, for staff. */
    public List<Course> findAll() {
        return em.createQuery("select c from Course c", Course.class).getResultList().stream()
                .sorted(Comparator.comparing((Course c) -> c.textIn("en").getTitle(), String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Published courses by English title. */
    public List<Course> published() {
        return findAll().stream().filter(Course::isPublished).toList();
    }

    public void add(Course course) {
        em.persist(course);
    }

    public Optional<TrainingSession> findSession(long id) {
        return Optional.ofNullable(em.find(TrainingSession.class, id));
    }

    /** A course's sessions, soonest first. */
    public List<TrainingSession> sessionsOf(long courseId) {
        return em.createQuery("select s from TrainingSession s where s.course.id = :c order by s.startsAt, s.id", TrainingSession.class)
                .setParameter("c", courseId).getResultList();
    }

    /** Sessions of published courses still to come, soonest first. */
    public List<TrainingSession> upcomingSessions() {
        return em.createQuery("select s from TrainingSession s where s.course.published = true and s.startsAt > :now"
                        + " order by s.startsAt, s.id", TrainingSession.class)
                .setParameter("now", clock.instant()).getResultList();
    }

    /** How many places are booked on each session (sessions with none are absent). */
    public Map<Long, Long> bookedCounts() {
        var counts = new HashMap<Long, Long>();
        em.createQuery("select b.sessionId, count(b) from TrainingBooking b group by b.sessionId", Object[].class)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public long bookedCount(long sessionId) {
        return em.createQuery("select count(b) from TrainingBooking b where b.sessionId = :s", Long.class)
                .setParameter("s", sessionId).getSingleResult();
    }

    public Optional<TrainingBooking> bookingOf(long sessionId, long residentId) {
        return em.createQuery("select b from TrainingBooking b where b.sessionId = :s and b.residentId = :r", TrainingBooking.class)
                .setParameter("s", sessionId).setParameter("r", residentId).getResultStream().findFirst();
    }

    /** Everyone booked on a session, first to book first. */
    public List<TrainingBooking> bookings(long sessionId) {
        return em.createQuery("select b from TrainingBooking b where b.sessionId = :s order by b.bookedAt, b.id", TrainingBooking.class)
                .setParameter("s", sessionId).getResultList();
    }

    /**
     * A signed-in resident books a place, with their needs (kept in their profile too). The count of places taken
     * is read under a lock on the session's row, so two residents booking the last place at once cannot both have it.
     */
    public TrainingBooking book(long sessionId, long residentId, Set<CommunicationNeed> needs, String accessNeeds) {
        var session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new TrainingRuleViolation("training.rule.notFound");
        }
        if (bookingOf(sessionId, residentId).isPresent()) {
            throw new TrainingRuleViolation("training.rule.already");
        }
        Instant now = clock.instant();
        session.checkMayBook(bookedCount(sessionId), now);
        if (!residents.saveNeeds(residentId, needs, accessNeeds)) {
            throw new TrainingRuleViolation("involvement.error.accessNeedsTooLong");
        }
        var booking = new TrainingBooking(sessionId, residentId, needs, accessNeeds, now);
        em.persist(booking);
        return booking;
    }

    /** A resident gives their place back, until the session starts. */
    public void cancel(long sessionId, long residentId) {
        var session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        var booking = bookingOf(sessionId, residentId);
        if (session == null || booking.isEmpty()) {
            throw new TrainingRuleViolation("training.rule.notBooked");
        }
        if (!session.mayCancelAt(clock.instant())) {
            throw new TrainingRuleViolation("training.rule.startedCancel");
        }
        em.remove(booking.get());
    }

    /** A resident's completions, earliest first. */
    public List<TrainingCompletion> completionsOf(long residentId) {
        return em.createQuery("select c from TrainingCompletion c where c.residentId = :r order by c.completedAt, c.id",
                TrainingCompletion.class).setParameter("r", residentId).getResultList();
    }

    /** The courses a resident has completed, by id. */
    public Set<Long> completedCourseIds(long residentId) {
        return new HashSet<>(em.createQuery("select c.courseId from TrainingCompletion c where c.residentId = :r", Long.class)
                .setParameter("r", residentId).getResultList());
    }

    /** Of these residents, who completed a course: for a staff list of many people in one query. */
    public Set<Long> completedBy(long courseId, List<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.residentId from TrainingCompletion c where c.courseId = :c and c.residentId in :r",
                Long.class).setParameter("c", courseId).setParameter("r", residentIds).getResultList());
    }

    /**
     * Completions in {@code [from, to)}, counted per course, with each course's English title, by title: for the
     * annual report. Courses nobody completed in the period are absent.
     */
    public List<CourseCompletions> completionsBetween(Instant from, Instant to) {
        return em.createQuery("select c.courseId, count(c) from TrainingCompletion c where c.completedAt >= :from and c.completedAt < :to"
                        + " group by c.courseId", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new CourseCompletions((Long) row[0], em.find(Course.class, row[0]).textIn("en").getTitle(), (Long) row[1]))
                .sorted(Comparator.comparing(CourseCompletions::title).thenComparing(CourseCompletions::courseId))
                .toList();
    }
}
