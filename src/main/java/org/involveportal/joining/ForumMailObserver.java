package org.involveportal.joining;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.involveportal.forum.MembershipDecided;
import org.involveportal.forum.PlaceOffered;
import org.involveportal.forum.ReminderDue;

/**
 * Emails residents once a change has committed: a place given from the waiting list, a reminder, a
 * decision on a request to join. Whatever goes wrong is logged (without personal data) and never reaches
 * the request or timer that made the change.
 */
@ApplicationScoped
public class ForumMailObserver {

    private static final Logger LOG = Logger.getLogger(ForumMailObserver.class.getName());

    @Inject
    private ForumMail mail;

    void placeOffered(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlaceOffered event) {
        safely("placeOffered", () -> mail.placeOffered(event.meetingId(), event.residentId()));
    }

    void reminderDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReminderDue event) {
        for (long residentId : event.residentIds()) {
            safely("reminder", () -> mail.reminder(event.meetingId(), residentId));
        }
    }

    void membershipDecided(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipDecided event) {
        safely("membershipDecided", () -> mail.membershipDecided(event.membershipId(), event.approved()));
    }

    private static void safely(String kind, Runnable send) {
        try {
            send.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A {0} email failed: {1}", new Object[] {kind, e.getClass().getSimpleName()});
        }
    }
}
