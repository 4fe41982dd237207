package org.involveportal.activity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.people.CommunicationNeed;
import org.involveportal.people.ResidentService;

/** Finding activities for the public list and page and the staff pages, and residents saying they are interested. */
@Stateless
public class ActivityService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ResidentService residents;

    public Optional<Activity> findBySlug(String slug) {
        return em.createQuery("select a from Activity a where a.slug = :slug", Activity.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** A published activity, for its public page (past ones too, so a link never breaks). */
    public Optional<Activity> findPublished(String slug) {
        return findBySlug(slug).filter(Activity::isPublished);
    }

    /** Every activity, soonest first, for staff. */
    public List<Activity> findAll() {
        return em.createQuery("select a from Activity a order by a.startsAt desc, a.id", Activity.class).getResultList();
    }

    /** Published activities still to come that match every filter given (null for any), soonest first. */
    public List<Activity> upcoming(ActivityKind kind, Topic topic, ClientGroup who) {
        return em.createQuery("select a from Activity a where a.published = true and a.startsAt > :now", Activity.class)
                .setParameter("now", clock.instant())
                .getResultList().stream()
                .filter(a -> a.matches(kind, topic, who))
                .sorted(Comparator.comparing(Activity::getStartsAt).thenComparing(Activity::getSlug))
                .toList();
    }

    public void add(Activity activity) {
        em.persist(activity);
    }

    public long count() {
        return em.createQuery("select count(a) from Activity a", Long.class).getSingleResult();
    }

    public Optional<ActivityInterest> interestOf(long activityId, long residentId) {
        return em.createQuery("select i from ActivityInterest i where i.activityId = :a and i.residentId = :r", ActivityInterest.class)
                .setParameter("a", activityId).setParameter("r", residentId).getResultStream().findFirst();
    }

    /** Everyone interested in an activity, first to say so first. */
    public List<ActivityInterest> interests(long activityId) {
        return em.createQuery("select i from ActivityInterest i where i.activityId = :a order by i.expressedAt, i.id", ActivityInterest.class)
                .setParameter("a", activityId).getResultList();
    }

    /** How many residents are interested in each activity (activities with none are absent). */
    public Map<Long, Long> interestCounts() {
        var counts = new HashMap<Long, Long>();
        em.createQuery("select i.activityId, count(i) from ActivityInterest i group by i.activityId", Object[].class)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * A signed-in resident says they are interested, with their needs (kept in their profile too). Refused once the
     * activity has started or been taken down, and a second time: one interest per resident and activity.
     */
    public ActivityInterest expressInterest(String slug, long residentId, Set<CommunicationNeed> needs, String accessNeeds) {
        var activity = findBySlug(slug).orElseThrow(() -> new ActivityRuleViolation("activity.rule.notFound"));
        Instant now = clock.instant();
        if (!activity.interestOpenAt(now)) {
            throw new ActivityRuleViolation("activity.rule.closed");
        }
        if (interestOf(activity.getId(), residentId).isPresent()) {
            throw new ActivityRuleViolation("activity.rule.already");
        }
        if (!residents.saveNeeds(residentId, needs, accessNeeds)) {
            throw new ActivityRuleViolation("involvement.error.accessNeedsTooLong");
        }
        var interest = new ActivityInterest(activity.getId(), residentId, needs, accessNeeds, now);
        em.persist(interest);
        return interest;
    }

    public Instant now() {
        return clock.instant();
    }
}
