package org.involveportal.forum;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.involveportal.platform.JobDue;
import org.involveportal.platform.Jobs;

/**
 * Every quarter of an hour, finds meetings starting within a day whose reminder has not been sent and
 * marks each sent (under the meeting's row lock, so it happens once even if two runs overlap), firing
 * {@link ReminderDue}, whose emails go out once that has committed: a run cut short never sends a reminder twice.
 * Of several instances only the one holding the job's lease runs it ({@link Jobs}). Non-persistent timer: a missed
 * run is caught up by the next one.
 */
@Singleton
public class MeetingReminders {

    static final Duration AHEAD = Duration.ofHours(24);
    public static final String JOB = "meeting-reminders";
    static final Duration EVERY = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(MeetingReminders.class.getName());

    @EJB
    private MeetingService meetings;

    @Inject
    private Jobs jobs;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDueReminders() {
        runIfLeased();
    }

    /** Runs the job if this instance holds its lease; says whether it ran. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean runIfLeased() {
        try {
            if (!jobs.runHere(JOB, EVERY)) {
                return false;
            }
            for (long meetingId : meetings.dueForReminder(AHEAD)) {
                meetings.markReminderSent(meetingId);
            }
            return true;
        } catch (RuntimeException e) {
            // the database may be down; the next run tries again
            LOG.log(Level.WARNING, "Meeting reminders not sent this time: {0}", e.toString());
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void whenAsked(@Observes JobDue due) {
        if (due.is(JOB)) {
            due.answer(runIfLeased());
        }
    }
}
