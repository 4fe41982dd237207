package org.involveportal.joining;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.involveportal.forum.MeetingRegistration;
import org.involveportal.i18n.Language;
import org.involveportal.people.InvolvementHistory;
import org.involveportal.people.InvolvementHistorySource;

/** The meetings a resident came to (staff marked them as attended), with each meeting's length, for their history. */
@ApplicationScoped
@Transactional
public class MeetingHistory implements InvolvementHistorySource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<InvolvementHistory.Entry> historyOf(long residentId, Language reader) {
        return em.createQuery("select r from MeetingRegistration r where r.residentId = :r and r.status = :attended", MeetingRegistration.class)
                .setParameter("r", residentId).setParameter("attended", MeetingRegistration.Status.ATTENDED)
                .getResultList().stream().map(r -> {
                    var meeting = r.getMeeting();
                    var group = meeting.getGroup();
                    String what = group.textIn(reader.tag()).getName() + ": " + meeting.textIn(reader.tag()).getTitle();
                    return new InvolvementHistory.Entry(meeting.getStartsAt(), InvolvementHistory.Kind.MEETING, what,
                            meeting.languageShownTo(reader.tag()), Duration.between(meeting.getStartsAt(), meeting.getEndsAt()));
                }).toList();
    }
}
