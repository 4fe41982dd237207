package org.involveportal.forum;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every quarter of an hour, finds meetings starting within a day whose reminder has not been sent and
 * marks each sent (under the meeting's row lock, so it happens once even if two runs overlap), firing
 * {@link ReminderDue}. Non-persistent timer: a missed run is caught up by the next one.
 */
@Singleton
public class MeetingReminders {

    static final Duration AHEAD = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(MeetingReminders.class.getName());

    @EJB
    private MeetingService meetings;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDueReminders() {
        try {
            for (long meetingId : meetings.dueForReminder(AHEAD)) {
                meetings.markReminderSent(meetingId);
            }
        } catch (RuntimeException e) {
            // the database may be down; the next run tries again
            LOG.log(Level.WARNING, "Meeting reminders not sent this time: {0}", e.toString());
        }
    }
}
