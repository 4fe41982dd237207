package org.involveportal.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.platform.FormRules;
import org.involveportal.training.TrainingService;
import org.involveportal.web.page.PageBean;

/**
 * Who takes part in an activity (staff, editor role): everyone interested with the needs they gave, to choose or not
 * before it starts (never more than the places); once it has started, who came, and what it led to in a sentence.
 */
@Named
@RequestScoped
public class ActivityPeoplePage extends PageBean {

    private static final Map<String, String> DONE = Map.of("CHOSEN", "activityPeople.done.chosen", "NOT_CHOSEN",
            "activityPeople.done.notChosen", "attendance", "activityPeople.done.attendance", "outcome", "activityPeople.done.outcome");

    @Inject
    private ActivityService activities;

    @Inject
    private ActivityEditing editing;

    @Inject
    private Messages messages;

    @Inject
    private TrainingService training;

    private Activity activity;
    private boolean started;
    private String outcome;
    private List<ActivityInterest> people;
    private String courseTitle;
    private Set<Long> withCourse = Set.of();

    @Override
    protected void load() {
        if (!allowed(StaffActivitiesPage.ROLE)) {
            return;
        }
        activity = activities.findBySlug(String.valueOf(parameter("a"))).orElse(null);
        if (activity == null) {
            notFound();
            return;
        }
        started = activity.hasStartedAt(activities.now());
        outcome = activity.getOutcome() == null ? "" : activity.getOutcome();
        people = activities.interests(activity.getId());
        if (activity.getRequiresCourseId() != null) {
            courseTitle = training.find(activity.getRequiresCourseId()).map(c -> c.textIn("en").getTitle()).orElse(null);
            withCourse = training.completedBy(activity.getRequiresCourseId(), people.stream().map(ActivityInterest::getResidentId).toList());
        }
    }

    /** The English title of the course the activity asks for, or null. */
    public String getCourseTitle() {
        return courseTitle;
    }

    /** Whether this person lacks the course the activity asks for (the rule is the activity's). */
    public boolean lacksCourse(long residentId) {
        return courseTitle != null
                && activity.courseMissingFor(withCourse.contains(residentId) ? Set.of(activity.getRequiresCourseId()) : Set.of());
    }

    @Override
    protected void post() {
        String action = String.valueOf(parameter("action"));
        try {
            if ("outcome".equals(action)) {
                outcome = parameter("outcome") == null ? "" : parameter("outcome");
                if (FormRules.length(outcome) > Activity.OUTCOME_MAX) {
                    problem("outcome", "activityPeople.error.outcomeTooLong");
                    return;
                }
                editing.recordOutcome(activity.getSlug(), outcome, staffMember());
                redirectTo(here("outcome"));
                return;
            }
            long interest;
            try {
                interest = Long.parseLong(String.valueOf(parameter("interest")));
            } catch (NumberFormatException e) {
                badRequest();
                return;
            }
            switch (action) {
                case "choose" -> editing.decide(activity.getSlug(), interest, true, staffMember());
                case "notChosen" -> editing.decide(activity.getSlug(), interest, false, staffMember());
                case "came" -> editing.markAttendance(activity.getSlug(), interest, true, staffMember());
                case "notCame" -> editing.markAttendance(activity.getSlug(), interest, false, staffMember());
                default -> {
                    badRequest();
                    return;
                }
            }
            redirectTo(here(action.equals("choose") ? "CHOSEN" : action.equals("notChosen") ? "NOT_CHOSEN" : "attendance"));
        } catch (ActivityRuleViolation violation) {
            problem("outcome".equals(action) ? "outcome" : "people", violation.messageKey());
        }
    }

    private String here(String done) {
        return "/staff/activity-people?a=" + activity.getSlug() + "&done=" + done;
    }

    public String getSlug() {
        return activity.getSlug();
    }

    public String getTitle() {
        return activity.textIn("en").getTitle();
    }

    public String getDay() {
        return DateFormatting.date(activity.getStartsAt(), messages.getLanguage());
    }

    public int getPlaces() {
        return activity.getPlaces();
    }

    public long getChosen() {
        return getPeople().stream().filter(i -> i.getStatus() == ActivityInterest.Status.CHOSEN).count();
    }

    public boolean isStarted() {
        return started;
    }

    public List<ActivityInterest> getPeople() {
        return people;
    }

    public String getOutcome() {
        return outcome;
    }

    /** The bundle key of what was just done, from the address; null for anything else. */
    public String getDoneKey() {
        String done = parameter("done");
        return done == null ? null : DONE.get(done);
    }
}
