package org.involveportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * The staff home: what waits for the member of staff reading, from every feature's {@link StaffToDo} for their
 * roles — overdue and due work first, then the rest in each feature's order — above the menu of their pages.
 */
@Named
@RequestScoped
public class StaffHomePage extends PageBean {

    @Inject
    private Instance<StaffToDo> sources;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    @Inject
    private Messages messages;

    private List<StaffToDo.Item> items = List.of();

    @Override
    protected void load() {
        var roles = EnumSet.noneOf(StaffRole.class);
        for (var role : StaffRole.values()) {
            if (security.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        var now = clock.instant();
        var found = new ArrayList<StaffToDo.Item>();
        for (var source : sources) {
            found.addAll(source.itemsFor(roles, now, messages.getLanguage()));
        }
        found.sort(Comparator.comparing((StaffToDo.Item item) -> !item.pressing())
                .thenComparing(item -> item.urgency() != StaffToDo.Urgency.OVERDUE)
                .thenComparingInt(StaffToDo.Item::order));
        items = List.copyOf(found);
    }

    public List<StaffToDo.Item> getItems() {
        return items;
    }

    public List<StaffToDo.Item> getPressing() {
        return items.stream().filter(StaffToDo.Item::pressing).toList();
    }

    public List<StaffToDo.Item> getOthers() {
        return items.stream().filter(item -> !item.pressing()).toList();
    }
}
