package org.involveportal.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.involveportal.consultation.ConsultationFollowUp;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;

/**
 * The actions of published plans that come from a consultation (or from its "You said, we did"), for the last step of
 * its decision trail: each action's words (English, as the plan was written), its plan's page and its status in words.
 */
@ApplicationScoped
@Transactional
public class ActionPlanFollowUp implements ConsultationFollowUp {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActionPlanService plans;

    @Inject
    private MessageCatalog catalog;

    @Override
    public List<Item> followUpsOf(long consultationId, Language reader) {
        return plans.actionsFromConsultation(consultationId).stream().map(action -> {
            var plan = em.find(ActionPlan.class, action.getPlanId());
            return new Item(action.getWhat(), Language.ENGLISH, "/action-plans/" + plan.getSlug() + "#action-" + action.getId(),
                    catalog.format(reader, false, "actionPlan.rag." + action.getRag().name(), Map.of()), plans.lastChanged(action));
        }).sorted(Comparator.comparing(Item::updatedAt)).toList();
    }
}
