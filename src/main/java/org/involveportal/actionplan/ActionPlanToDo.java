package org.involveportal.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.involveportal.i18n.Language;
import org.involveportal.staff.StaffRole;
import org.involveportal.staff.StaffToDo;

/** For the staff home (editors and publishers): actions of public plans past their timescale, and those marked red. */
@ApplicationScoped
public class ActionPlanToDo implements StaffToDo {

    @Inject
    private ActionPlanService plans;

    @Override
    public List<Item> itemsFor(Set<StaffRole> roles, Instant now, Language reader) {
        if (!roles.contains(StaffRole.EDITOR) && !roles.contains(StaffRole.PUBLISHER)) {
            return List.of();
        }
        var attention = plans.attention();
        return List.of(
                new Item("actions-overdue", 35, "staff.home.actionsOverdue", attention.overdue(), "action-plans", Urgency.OVERDUE),
                new Item("actions-red", 36, "staff.home.actionsRed", attention.red(), "action-plans", Urgency.DUE));
    }
}
