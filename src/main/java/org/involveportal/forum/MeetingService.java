package org.involveportal.forum;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.partner.PartnerOrganisation;

/**
 * Meetings, registrations and the waiting list, minutes and attendance. Every change to places first
 * locks the meeting's row ({@code SELECT ... FOR UPDATE}), so registrations and cancellations of one
 * meeting run one after another: two cancellations at once promote two different people. Promotions
 * fire {@link PlaceOffered} for the email.
 */
@Stateless
public class MeetingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<PlaceOffered> placeOffered;

    public Instant now() {
        return clock.instant();
    }

    public Optional<Meeting> find(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    /** The meeting with its registrations, for staff (registrations loaded). */
    public Optional<Meeting> findWithRegistrations(long id) {
        var meeting = em.find(Meeting.class, id);
        if (meeting != null) {
            meeting.getRegistrations().size();
        }
        return Optional.ofNullable(meeting);
    }

    /** A group's meetings still to come, soonest first, with their registrations (for places left). */
    public List<Meeting> upcoming(long groupId) {
        var meetings = em.createQuery("select m from Meeting m where m.group.id = :g and m.startsAt > :now order by m.startsAt",
                        Meeting.class)
                .setParameter("g", groupId).setParameter("now", clock.instant()).getResultList();
        meetings.forEach(m -> m.getRegistrations().size());
        return meetings;
    }

    /** Every meeting still to come (or under way), soonest first, for staff. */
    public List<Meeting> upcomingAll() {
        var meetings = em.createQuery("select m from Meeting m where m.endsAt > :now order by m.startsAt", Meeting.class)
                .setParameter("now", clock.instant()).getResultList();
        meetings.forEach(m -> m.getRegistrations().size());
        return meetings;
    }

    /** A group's meetings, most recent first, for staff. */
    public List<Meeting> ofGroup(long groupId) {
        var meetings = em.createQuery("select m from Meeting m where m.group.id = :g order by m.startsAt desc", Meeting.class)
                .setParameter("g", groupId).getResultList();
        meetings.forEach(m -> m.getRegistrations().size());
        return meetings;
    }

    /** A group's past meetings with published minutes, most recent first. */
    public List<Meeting> withMinutes(long groupId) {
        var meetings = em.createQuery("select m from Meeting m where m.group.id = :g and m.startsAt <= :now order by m.startsAt desc",
                        Meeting.class)
                .setParameter("g", groupId).setParameter("now", clock.instant()).getResultList();
        return meetings.stream().filter(Meeting::hasMinutes).toList();
    }

    private Meeting lock(long meetingId) {
        var meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new ForumRuleViolation("meeting.rule.notFound");
        }
        return meeting;
    }

    /** A resident registers with their access needs: a place, or the end of the waiting list. */
    public MeetingRegistration register(long meetingId, long residentId, Set<Support> support, String accessNeeds) {
        var meeting = lock(meetingId);
        var registration = meeting.register(residentId, support, accessNeeds, clock.instant());
        em.flush();
        return registration;
    }

    /**
     * A resident (or staff for them, {@code actor} given) gives up a place; the first person waiting gets
     * it and is told. Returns who was promoted.
     */
    public Optional<MeetingRegistration> cancel(long meetingId, long residentId, String actor) {
        var meeting = lock(meetingId);
        var promoted = meeting.cancel(residentId, clock.instant());
        em.flush();
        promoted.ifPresent(this::announce);
        if (actor != null) {
            audit.record(actor, AuditAction.REGISTRATION_CANCELLED, "meeting", String.valueOf(meetingId),
                    "resident " + residentId + promoted.map(p -> "; place to resident " + p.getResidentId()).orElse(""));
        }
        return promoted;
    }

    private void announce(MeetingRegistration promoted) {
        placeOffered.fire(new PlaceOffered(promoted.getMeeting().getId(), promoted.getId(), promoted.getResidentId()));
    }

    /** Staff create a meeting of a group. */
    public Meeting create(InvolvementGroup group, MeetingForm form, String actor) {
        var english = form.textFor("en");
        var meeting = new Meeting(em.merge(group), english, form.startsAt(), form.endsAt(), form.getVenue(), form.getOnlineLink(),
                form.capacity());
        apply(meeting, form);
        em.persist(meeting);
        em.flush();
        audit.record(actor, AuditAction.MEETING_CREATED, "meeting", String.valueOf(meeting.getId()), group.getSlug());
        return meeting;
    }

    /** Staff change a meeting; added places go to the people waiting, who are told. */
    /** Names the partner organisation running the meeting (null: none); audited when it changes. */
    public void namePartner(long meetingId, PartnerOrganisation partner, String actor) {
        var meeting = em.find(Meeting.class, meetingId);
        var before = meeting.getPartner();
        if (before == null ? partner == null : partner != null && before.getId().equals(partner.getId())) {
            return;
        }
        meeting.namePartner(partner == null ? null : em.find(PartnerOrganisation.class, partner.getId()));
        audit.record(actor, AuditAction.PARTNER_NAMED, "meeting", String.valueOf(meetingId), partner == null ? "none" : partner.getSlug());
    }

    public void update(long meetingId, MeetingForm form, String actor) {
        var meeting = lock(meetingId);
        meeting.reschedule(form.startsAt(), form.endsAt(), form.getVenue(), form.getOnlineLink());
        apply(meeting, form);
        var promoted = meeting.changeCapacity(form.capacity(), clock.instant());
        em.flush();
        promoted.forEach(this::announce);
        audit.record(actor, AuditAction.MEETING_EDITED, "meeting", String.valueOf(meetingId), null);
    }

    private static void apply(Meeting meeting, MeetingForm form) {
        for (String language : MeetingForm.LANGUAGES) {
            var text = form.textFor(language);
            if (text != null) {
                meeting.putText(language, text);
            } else {
                meeting.removeText(language);
            }
        }
        meeting.replaceSupport(form.support());
    }

    public void markAttendance(long meetingId, long residentId, boolean came, String actor) {
        var meeting = lock(meetingId);
        meeting.markAttendance(residentId, came, clock.instant());
        audit.record(actor, AuditAction.ATTENDANCE_MARKED, "meeting", String.valueOf(meetingId),
                "resident " + residentId + (came ? " came" : " did not come"));
    }

    /** Publishes minutes in one language (rich text sanitised); blank minutes withdraw that language's. */
    public void publishMinutes(long meetingId, String language, String html, String easyReadHtml, String actor) {
        var meeting = lock(meetingId);
        if ((html == null || html.isBlank()) && (easyReadHtml == null || easyReadHtml.isBlank())) {
            meeting.withdrawMinutes(language);
        } else {
            meeting.publishMinutes(language, html, easyReadHtml, clock.instant());
        }
        audit.record(actor, AuditAction.MINUTES_PUBLISHED, "meeting", String.valueOf(meetingId), language);
    }

    @Inject
    private Event<ReminderDue> reminderDue;

    /**
     * Marks a meeting's reminder sent, once (under its row lock), and fires {@link ReminderDue} for the
     * residents with a place. False when it was sent already.
     */
    public boolean markReminderSent(long meetingId) {
        var meeting = lock(meetingId);
        if (!meeting.markReminderSent(clock.instant())) {
            return false;
        }
        var residents = meeting.getRegistrations().stream().filter(MeetingRegistration::holdsPlace)
                .map(MeetingRegistration::getResidentId).toList();
        reminderDue.fire(new ReminderDue(meetingId, residents));
        return true;
    }

    /** Meetings starting within {@code ahead} whose reminder has not been sent. */
    public List<Long> dueForReminder(Duration ahead) {
        Instant now = clock.instant();
        return em.createQuery("select m.id from Meeting m where m.reminderSentAt is null and m.startsAt > :now and m.startsAt <= :until",
                        Long.class)
                .setParameter("now", now).setParameter("until", now.plus(ahead)).getResultList();
    }
}
