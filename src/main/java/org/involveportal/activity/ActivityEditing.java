package org.involveportal.activity;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;

/**
 * Staff writing and publishing activities. Every change is in the audit trail, and its commit clears the public
 * pages kept (as for any public content), so the list and page show it on the next request.
 */
@Stateless
public class ActivityEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActivityService activities;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<ActivityPlaceDecided> placeDecided;

    public Activity create(ActivityForm form, String actor) {
        var activity = new Activity(uniqueSlug(form.slugBase()), form.textFor("en"));
        form.applyTo(activity);
        em.persist(activity);
        em.flush();
        audit.record(actor, AuditAction.ACTIVITY_CREATED, "activity", activity.getSlug(), activity.textIn("en").getTitle());
        if (activity.isPublished()) {
            audit.record(actor, AuditAction.ACTIVITY_PUBLISHED, "activity", activity.getSlug(), null);
        }
        return activity;
    }

    public void update(String slug, ActivityForm form, String actor) {
        var activity = activities.findBySlug(slug).orElseThrow(() -> new ActivityRuleViolation("activity.rule.notFound"));
        boolean wasPublished = activity.isPublished();
        form.applyTo(activity);
        audit.record(actor, AuditAction.ACTIVITY_EDITED, "activity", slug, null);
        if (activity.isPublished() && !wasPublished) {
            audit.record(actor, AuditAction.ACTIVITY_PUBLISHED, "activity", slug, null);
        }
    }

    /**
     * Staff choose someone interested to take part, or not, before the activity starts: never more people than places
     * (the count is read under a lock on the activity, so two staff choosing at once cannot pass it together).
     */
    public void decide(String slug, long interestId, boolean chosen, String actor) {
        var activity = lockedActivity(slug);
        Instant now = clock.instant();
        if (activity.hasStartedAt(now)) {
            throw new ActivityRuleViolation("activity.rule.started");
        }
        var interest = interestIn(activity, interestId);
        if (chosen && interest.getStatus() != ActivityInterest.Status.CHOSEN) {
            long alreadyChosen = activities.interests(activity.getId()).stream()
                    .filter(i -> i.getStatus() == ActivityInterest.Status.CHOSEN).count();
            if (!activity.mayChooseAnother(alreadyChosen)) {
                throw new ActivityRuleViolation("activity.rule.full");
            }
        }
        boolean changed = interest.getStatus() != (chosen ? ActivityInterest.Status.CHOSEN : ActivityInterest.Status.NOT_CHOSEN);
        interest.decide(chosen, actor, now);
        if (changed) {
            placeDecided.fire(new ActivityPlaceDecided(interest.getId(), chosen)); // emailed once committed
        }
        audit.record(actor, AuditAction.ACTIVITY_PEOPLE_CHOSEN, "activity", slug, interestId + (chosen ? " chosen" : " not chosen"));
    }

    /** Whether someone chosen came, once the activity has started. */
    public void markAttendance(String slug, long interestId, boolean came, String actor) {
        var activity = lockedActivity(slug);
        if (!activity.hasStartedAt(clock.instant())) {
            throw new ActivityRuleViolation("activity.rule.notStarted");
        }
        interestIn(activity, interestId).markAttended(came);
        audit.record(actor, AuditAction.ACTIVITY_ATTENDANCE_MARKED, "activity", slug, interestId + (came ? " came" : " did not come"));
    }

    /** What the activity led to, in a sentence, once it has started. */
    public void recordOutcome(String slug, String sentence, String actor) {
        var activity = lockedActivity(slug);
        activity.recordOutcome(sentence, clock.instant());
        audit.record(actor, AuditAction.ACTIVITY_OUTCOME_RECORDED, "activity", slug, null);
    }

    private Activity lockedActivity(String slug) {
        var activity = activities.findBySlug(slug).orElseThrow(() -> new ActivityRuleViolation("activity.rule.notFound"));
        em.lock(activity, LockModeType.PESSIMISTIC_WRITE);
        return activity;
    }

    private ActivityInterest interestIn(Activity activity, long interestId) {
        var interest = em.find(ActivityInterest.class, interestId);
        if (interest == null || interest.getActivityId() != activity.getId()) {
            throw new ActivityRuleViolation("activity.rule.noSuchPerson");
        }
        return interest;
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; activities.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
