package org.involveportal.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.people.PersonalDataSource;
import org.involveportal.people.ResidentDeleting;

/**
 * The plans a resident follows and the updates they were told of: listed on "my data" and in its download, and
 * removed when the account is deleted.
 */
@ApplicationScoped
@Transactional
public class ActionPlanResidentData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Messages messages;

    @Override
    public List<Section> sectionsFor(long residentId) {
        var language = messages.getLanguage();
        var items = new ArrayList<Map<String, String>>();
        for (var follower : em.createQuery("select f from PlanFollower f where f.residentId = :r order by f.followedAt, f.id",
                PlanFollower.class).setParameter("r", residentId).getResultList()) {
            var plan = em.find(ActionPlan.class, follower.getPlanId());
            var item = new LinkedHashMap<String, String>();
            item.put("actionPlan.data.plan", plan.textIn(language.tag()).getTitle());
            item.put("actionPlan.data.since", DateFormatting.dateAndTime(follower.getFollowedAt(), language));
            Number told = (Number) em.createNativeQuery("select count(*) from action_update_notice n join action_update u on u.id = n.update_id"
                            + " join plan_action a on a.id = u.action_id where n.resident_id = ? and a.plan_id = ?")
                    .setParameter(1, residentId).setParameter(2, plan.getId()).getSingleResult();
            item.put("actionPlan.data.told", String.valueOf(told.longValue()));
            items.add(item);
        }
        return items.isEmpty() ? List.of() : List.of(new Section("actionPlan.data.following", items));
    }

    /** Inside the deleting transaction: what they follow and were told goes. */
    void onDeleting(@Observes ResidentDeleting deleting) {
        em.createQuery("delete from PlanFollower f where f.residentId = :r").setParameter("r", deleting.residentId()).executeUpdate();
        em.createNativeQuery("delete from action_update_notice where resident_id = ?").setParameter(1, deleting.residentId()).executeUpdate();
    }
}
