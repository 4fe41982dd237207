package org.involveportal.joining;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.involveportal.forum.GroupMembership;
import org.involveportal.forum.Meeting;
import org.involveportal.forum.MeetingRegistration;
import org.involveportal.forum.MeetingService;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.people.PersonalDataSource;
import org.involveportal.people.ResidentDeleting;

/**
 * A resident's group memberships and meeting registrations: listed on "my data" and in its download,
 * and removed when the account is deleted. A place the resident held is given up first, so the first
 * person waiting gets it (and is emailed), then their rows go (the foreign keys would remove them too,
 * but deleting here keeps the entity cache right).
 */
@ApplicationScoped
@Transactional
public class ForumResidentData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeetingService meetings;

    @Inject
    private Messages messages;

    @Override
    public List<Section> sectionsFor(long residentId) {
        var language = messages.getLanguage();
        var memberships = new ArrayList<Map<String, String>>();
        for (var m : em.createQuery("select m from GroupMembership m where m.residentId = :r order by m.requestedAt, m.id",
                GroupMembership.class).setParameter("r", residentId).getResultList()) {
            var item = new LinkedHashMap<String, String>();
            var group = m.getGroup();
            item.put("joining.data.group", group.textIn(group.textLanguage(language.tag())).getName());
            item.put("joining.data.status", messages.text("joining.membership." + m.getStatus()));
            item.put("joining.data.asked", DateFormatting.dateAndTime(m.getRequestedAt(), language));
            if (m.getDecidedAt() != null) {
                item.put("joining.data.decided", DateFormatting.dateAndTime(m.getDecidedAt(), language));
            }
            item.put("joining.data.shareDetails", messages.text(m.isShareDetails() ? "joining.data.yes" : "joining.data.no"));
            memberships.add(item);
        }
        var registrations = new ArrayList<Map<String, String>>();
        for (var r : em.createQuery("select r from MeetingRegistration r where r.residentId = :r order by r.registeredAt, r.id",
                MeetingRegistration.class).setParameter("r", residentId).getResultList()) {
            var item = new LinkedHashMap<String, String>();
            var meeting = r.getMeeting();
            var group = meeting.getGroup();
            item.put("joining.data.group", group.textIn(group.textLanguage(language.tag())).getName());
            item.put("joining.data.meeting", meeting.textIn(meeting.textLanguage(language.tag())).getTitle());
            item.put("joining.data.when", DateFormatting.dateAndTime(meeting.getStartsAt(), language));
            item.put("joining.data.status", messages.text("joining.registration." + r.getStatus()));
            if (r.getStatus() == MeetingRegistration.Status.WAITLISTED) {
                item.put("joining.data.waitingPosition", String.valueOf(meeting.placeInLine(residentId)));
            }
            if (!r.getSupportNeeded().isEmpty()) {
                item.put("joining.data.support", r.getSupportNeeded().stream().sorted()
                        .map(s -> messages.text("support." + s.name())).collect(Collectors.joining(", ")));
            }
            if (r.getAccessNeeds() != null) {
                item.put("joining.data.accessNeeds", r.getAccessNeeds());
            }
            item.put("joining.data.registered", DateFormatting.dateAndTime(r.getRegisteredAt(), language));
            registrations.add(item);
        }
        var sections = new ArrayList<Section>();
        if (!memberships.isEmpty()) {
            sections.add(new Section("joining.data.memberships", memberships));
        }
        if (!registrations.isEmpty()) {
            sections.add(new Section("joining.data.registrations", registrations));
        }
        return sections;
    }

    /** The meetings still to come a resident has a place at or waits for, soonest first. */
    public List<MeetingRegistration> activeRegistrations(long residentId) {
        var found = em.createQuery("select r from MeetingRegistration r where r.residentId = :r and r.status in :s"
                                + " and r.meeting.endsAt > :now order by r.meeting.startsAt",
                        MeetingRegistration.class)
                .setParameter("r", residentId).setParameter("now", meetings.now())
                .setParameter("s", List.of(MeetingRegistration.Status.REGISTERED, MeetingRegistration.Status.WAITLISTED))
                .getResultList();
        found.forEach(r -> r.getMeeting().getGroup().getSlug());
        found.forEach(r -> r.getMeeting().getRegistrations().size());
        return found;
    }

    /** Inside the deleting transaction: give up places (promoting whoever waits), then delete the rows. */
    void onDeleting(@Observes ResidentDeleting deleting) {
        long residentId = deleting.residentId();
        var holding = em.createQuery("select r.meeting.id from MeetingRegistration r where r.residentId = :r and r.status in :s",
                        Long.class)
                .setParameter("r", residentId)
                .setParameter("s", List.of(MeetingRegistration.Status.REGISTERED, MeetingRegistration.Status.WAITLISTED))
                .getResultList();
        for (long meetingId : holding) {
            meetings.cancel(meetingId, residentId, null);
        }
        em.createQuery("delete from MeetingRegistration r where r.residentId = :r").setParameter("r", residentId).executeUpdate();
        em.createQuery("delete from GroupMembership m where m.residentId = :r").setParameter("r", residentId).executeUpdate();
        var cache = em.getEntityManagerFactory().getCache();
        holding.forEach(meetingId -> cache.evict(Meeting.class, meetingId));
    }
}
