package org.involveportal.staff;

import com.ibm.icu.text.ListFormatter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.involveportal.i18n.Messages;

/**
 * For the 403 page: when a signed-in member of staff opens a back-office page their roles do not allow,
 * {@link StaffAreaFilter} leaves the roles the page needs and theirs on the request (an error dispatch may not
 * answer {@code isUserInRole}), and the page says "You need the publisher
 * role to do this" instead of the "Page not found" everyone else gets for a forbidden address.
 */
@Named
@RequestScoped
public class StaffRoleNeeded {

    static final String REFUSAL = StaffRoleNeeded.class.getName() + ".refusal";

    /** The roles the page needs and those the member of staff holds, as the filter found them. */
    record Refusal(Set<StaffRole> needed, Set<StaffRole> held) {
    }

    @Inject
    private HttpServletRequest request;

    @Inject
    private Messages messages;

    private Refusal refusal() {
        return request.getAttribute(REFUSAL) instanceof Refusal refusal ? refusal : new Refusal(Set.of(), Set.of());
    }

    /** A member of staff was refused a page for want of a role (rather than an address nobody may open). */
    public boolean isPresent() {
        return !refusal().needed().isEmpty() && request.getUserPrincipal() != null;
    }

    /** The roles that would open the page, in the reader's words: "the editor or publisher". */
    public String getRolesNeeded() {
        return names(refusal().needed(), ListFormatter.Type.OR);
    }

    /** The reader's own roles, in their words. */
    public String getYourRoles() {
        return names(refusal().held(), ListFormatter.Type.AND);
    }

    private String names(Collection<StaffRole> roles, ListFormatter.Type type) {
        List<String> names = Arrays.stream(StaffRole.values()).filter(roles::contains)
                .map(role -> messages.text("staff.roleName." + role.name())).toList();
        return ListFormatter.getInstance(messages.getLanguage().locale(), type, ListFormatter.Width.WIDE).format(names);
    }
}
