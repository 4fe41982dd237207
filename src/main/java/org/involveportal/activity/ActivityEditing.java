package org.involveportal.activity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; activities.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
