package org.involveportal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * Who booked a session (staff, editor role), with the needs they gave; once it has started, whether each person
 * completed the course, which then shows on their history.
 */
@Named
@RequestScoped
public class SessionPeoplePage extends PageBean {

    private static final Map<String, String> DONE = Map.of("completed", "coursePeople.done.completed", "notCompleted",
            "coursePeople.done.notCompleted");

    @Inject
    private TrainingService training;

    @Inject
    private TrainingEditing editing;

    @Inject
    private Messages messages;

    private TrainingSession session;
    private boolean started;
    private List<TrainingBooking> people;
    private Set<Long> completed = Set.of();

    @Override
    protected void load() {
        if (!allowed(StaffTrainingPage.ROLE)) {
            return;
        }
        String s = parameter("s");
        session = s != null && s.matches("[1-9][0-9]{0,17}") ? training.findSession(Long.parseLong(s)).orElse(null) : null;
        if (session == null) {
            notFound();
            return;
        }
        started = session.hasStartedAt(training.now());
        people = training.bookings(session.getId());
        completed = training.completedBy(session.getCourse().getId(), people.stream().map(TrainingBooking::getResidentId).toList());
    }

    @Override
    protected void post() {
        String action = String.valueOf(parameter("action"));
        String booking = String.valueOf(parameter("booking"));
        if (!booking.matches("[1-9][0-9]{0,17}") || !Set.of("completed", "notCompleted").contains(action)) {
            badRequest();
            return;
        }
        try {
            editing.recordCompletion(session.getId(), Long.parseLong(booking), "completed".equals(action), staffMember());
            redirectTo("/staff/course-people?s=" + session.getId() + "&done=" + action);
        } catch (TrainingRuleViolation violation) {
            problem("people", violation.messageKey());
        }
    }

    public long getSessionId() {
        return session.getId();
    }

    public String getSlug() {
        return session.getCourse().getSlug();
    }

    public String getTitle() {
        return session.getCourse().textIn("en").getTitle();
    }

    public String getWhen() {
        return DateFormatting.dateAndTime(session.getStartsAt(), messages.getLanguage());
    }

    public int getPlaces() {
        return session.getPlaces();
    }

    public boolean isStarted() {
        return started;
    }

    public List<TrainingBooking> getPeople() {
        return people;
    }

    public boolean completed(long residentId) {
        return completed.contains(residentId);
    }

    /** The bundle key of what was just done, from the address; null for anything else. */
    public String getDoneKey() {
        String done = parameter("done");
        return done == null ? null : DONE.get(done);
    }
}
