package org.involveportal.actionplan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.involveportal.platform.ClockProducer;

/** Finding plans, their themes, actions and updates for the public and staff pages, and residents following a plan. */
@Stateless
public class ActionPlanService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<ActionPlan> findBySlug(String slug) {
        return em.createQuery("select p from ActionPlan p where p.slug = :slug", ActionPlan.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<ActionPlan> findPublished(String slug) {
        return findBySlug(slug).filter(ActionPlan::isPublished);
    }

    public Optional<ActionPlan> find(long id) {
        return Optional.ofNullable(em.find(ActionPlan.class, id));
    }

    /** Every plan, newest first, for staff. */
    public List<ActionPlan> findAll() {
        return em.createQuery("select p from ActionPlan p order by p.createdAt desc, p.id desc", ActionPlan.class).getResultList();
    }

    /** The plans residents see, newest first. */
    public List<ActionPlan> findAllPublished() {
        return em.createQuery("select p from ActionPlan p where p.published = true order by p.createdAt desc, p.id desc",
                ActionPlan.class).getResultList();
    }

    public List<PlanTheme> themes(long planId) {
        return em.createQuery("select t from PlanTheme t where t.planId = :p order by t.position, t.id", PlanTheme.class)
                .setParameter("p", planId).getResultList();
    }

    public List<PlanAction> actions(long planId) {
        return em.createQuery("select a from PlanAction a where a.planId = :p order by a.position, a.id", PlanAction.class)
                .setParameter("p", planId).getResultList();
    }

    public Optional<PlanAction> action(long actionId) {
        return Optional.ofNullable(em.find(PlanAction.class, actionId));
    }

    /** Each action's updates, newest first (actions without any are absent). */
    public Map<Long, List<ActionUpdate>> updates(long planId) {
        var byAction = new HashMap<Long, List<ActionUpdate>>();
        em.createQuery("select u from ActionUpdate u, PlanAction a where u.actionId = a.id and a.planId = :p", ActionUpdate.class)
                .setParameter("p", planId).getResultList()
                .forEach(u -> byAction.computeIfAbsent(u.getActionId(), k -> new ArrayList<>()).add(u));
        byAction.values().forEach(list -> list.sort(PlanAction.NEWEST_FIRST));
        return byAction;
    }

    public List<ActionUpdate> updatesOf(long actionId) {
        var list = new ArrayList<>(em.createQuery("select u from ActionUpdate u where u.actionId = :a", ActionUpdate.class)
                .setParameter("a", actionId).getResultList());
        list.sort(PlanAction.NEWEST_FIRST);
        return list;
    }

    /** How many of a plan's actions are at each status (every status present, 0 where none). */
    public Map<Rag, Long> countsByStatus(long planId) {
        var counts = new EnumMap<Rag, Long>(Rag.class);
        for (Rag rag : Rag.values()) {
            counts.put(rag, 0L);
        }
        em.createQuery("select a.rag, count(a) from PlanAction a where a.planId = :p group by a.rag", Object[].class)
                .setParameter("p", planId).getResultList()
                .forEach(row -> counts.put((Rag) row[0], (Long) row[1]));
        return counts;
    }

    /** The actions that come from a consultation (directly or from its "You said, we did"), in published plans. */
    public List<PlanAction> actionsFromConsultation(long consultationId) {
        return em.createQuery("select a from PlanAction a, ActionPlan p where a.planId = p.id and p.published = true"
                        + " and (a.consultationId = :c or a.feedbackConsultationId = :c) order by p.id, a.position, a.id", PlanAction.class)
                .setParameter("c", consultationId).getResultList();
    }

    /** When an action last changed: its newest update's publication, or its plan's creation. */
    public Instant lastChanged(PlanAction action) {
        var updates = updatesOf(action.getId());
        return updates.stream().map(ActionUpdate::getPublishedAt).max(Instant::compareTo)
                .orElseGet(() -> em.find(ActionPlan.class, action.getPlanId()).getCreatedAt());
    }

    public boolean follows(long planId, long residentId) {
        return !em.createQuery("select f.id from PlanFollower f where f.planId = :p and f.residentId = :r", Long.class)
                .setParameter("p", planId).setParameter("r", residentId).getResultList().isEmpty();
    }

    /** A signed-in resident follows a published plan; following twice changes nothing. */
    public void follow(long planId, long residentId) {
        var plan = em.find(ActionPlan.class, planId);
        if (plan == null || !plan.isPublished()) {
            throw new ActionPlanRuleViolation("actionPlan.rule.notFound");
        }
        if (!follows(planId, residentId)) {
            em.persist(new PlanFollower(planId, residentId, clock.instant()));
        }
    }

    public void unfollow(long planId, long residentId) {
        em.createQuery("delete from PlanFollower f where f.planId = :p and f.residentId = :r")
                .setParameter("p", planId).setParameter("r", residentId).executeUpdate();
    }

    public List<Long> followerIds(long planId) {
        return em.createQuery("select f.residentId from PlanFollower f where f.planId = :p order by f.id", Long.class)
                .setParameter("p", planId).getResultList();
    }

    public long followerCount(long planId) {
        return em.createQuery("select count(f) from PlanFollower f where f.planId = :p", Long.class)
                .setParameter("p", planId).getSingleResult();
    }

    /** What the staff home shows about public plans: how many actions are red, and how many are past their timescale and not done. */
    public record Attention(long red, long overdue) {
    }

    /** The actions of public plans needing attention, for the staff home (editors and publishers). */
    public Attention attention() {
        var actions = em.createQuery("select a from PlanAction a, ActionPlan p where a.planId = p.id and p.published = true",
                PlanAction.class).getResultList();
        var day = today();
        return new Attention(actions.stream().filter(a -> a.getRag() == Rag.RED).count(),
                actions.stream().filter(a -> a.overdueOn(day)).count());
    }

    /** A follower who asked for post and not email, to be sent an update by letter: the update, and the resident. */
    public record Letter(ActionUpdate update, org.involveportal.people.Resident resident) {
    }

    /** The letters owed for an action's updates, newest update first: who asked for post when each was published. */
    public List<Letter> letters(long actionId) {
        var letters = new ArrayList<Letter>();
        for (var update : updatesOf(actionId)) {
            for (Object id : em.createNativeQuery("select resident_id from action_update_notice where update_id = ? and way = 'POST'"
                    + " order by told_at, resident_id").setParameter(1, update.getId()).getResultList()) {
                var resident = em.find(org.involveportal.people.Resident.class, ((Number) id).longValue());
                if (resident != null) {
                    letters.add(new Letter(update, resident));
                }
            }
        }
        return letters;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.LONDON));
    }

    public Instant now() {
        return clock.instant();
    }
}
