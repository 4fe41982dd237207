package org.involveportal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.staff.StaffRole;
import org.involveportal.staff.StaffToDo;

/**
 * For the staff home (editors, who run groups): requests to join waiting for a decision, group by group, and this
 * week's meetings with the support the people coming asked for, so it can be booked in time.
 */
@ApplicationScoped
public class ForumToDo implements StaffToDo {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MessageCatalog catalog;

    @Inject
    private MeetingService meetingService;

    @Override
    public List<Item> itemsFor(Set<StaffRole> roles, Instant now, Language reader) {
        if (!roles.contains(StaffRole.EDITOR)) {
            return List.of();
        }
        return List.of(joinRequests(reader), meetingsThisWeek(now, reader));
    }

    private Item joinRequests(Language reader) {
        var groups = em.createQuery("""
                        select m.group, count(m) from GroupMembership m where m.status = :s
                        group by m.group order by min(m.requestedAt)""", Object[].class)
                .setParameter("s", GroupMembership.Status.REQUESTED)
                .getResultList();
        long total = 0;
        var details = new ArrayList<Detail>();
        for (var row : groups) {
            var group = (InvolvementGroup) row[0];
            long waiting = (Long) row[1];
            total += waiting;
            details.add(new Detail("", group.textIn(reader.tag()).getName(), group.languageShownTo(reader.tag()),
                    catalog.format(reader, false, "staff.home.joinRequestsInGroup", Map.of("count", waiting)),
                    "group-members?g=" + group.getSlug()));
        }
        // someone is waiting to hear whether they may join: that is due whatever its age
        return new Item("join-requests", 20, "staff.home.joinRequests", total, "groups", Urgency.DUE, details);
    }

    private Item meetingsThisWeek(Instant now, Language reader) {
        var week = Week.containing(now);
        var meetings = em.createQuery("""
                        select m.id from Meeting m where m.startsAt >= :starts and m.startsAt < :ends order by m.startsAt, m.id""", Long.class)
                .setParameter("starts", week.starts()).setParameter("ends", week.ends())
                .getResultList().stream()
                .flatMap(id -> meetingService.findWithRegistrations(id).stream()).toList();
        var details = meetings.stream().map(meeting -> {
            var access = meeting.accessSummary();
            var needs = new ArrayList<String>();
            needs.add(catalog.format(reader, false, "staff.home.meetingComing", Map.of("count", access.registered())));
            for (var support : access.getAsked()) {
                needs.add(catalog.format(reader, false, "support." + support.name(), Map.of()) + ": " + access.count(support));
            }
            if (access.withOtherNeeds() > 0) {
                needs.add(catalog.format(reader, false, "staff.home.meetingOtherNeeds", Map.of("count", access.withOtherNeeds())));
            }
            var group = meeting.getGroup();
            return new Detail(DateFormatting.dateAndTime(meeting.getStartsAt(), reader), group.textIn(reader.tag()).getName(),
                    group.languageShownTo(reader.tag()), String.join("; ", needs), "meeting?m=" + meeting.getId());
        }).toList();
        return new Item("meetings-this-week", 50, "staff.home.meetingsThisWeek", meetings.size(), "groups", Urgency.NONE, details);
    }
}
