package org.involveportal.formats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.involveportal.i18n.Language;
import org.involveportal.staff.StaffRole;
import org.involveportal.staff.StaffToDo;

/** For the staff home (editors, who answer them): requests for another format past their due date, and those still in time. */
@ApplicationScoped
public class FormatRequestToDo implements StaffToDo {

    @Inject
    private FormatRequestService requests;

    @Override
    public List<Item> itemsFor(Set<StaffRole> roles, Instant now, Language reader) {
        if (!roles.contains(StaffRole.EDITOR)) {
            return List.of();
        }
        return List.of(
                new Item("format-requests-overdue", 15, "staff.home.formatRequestsOverdue", requests.countOverdue(now),
                        "format-requests", Urgency.OVERDUE),
                new Item("format-requests-due", 16, "staff.home.formatRequestsDue", requests.countDue(now), "format-requests",
                        Urgency.DUE));
    }
}
