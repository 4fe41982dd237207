package org.involveportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.PasswordPolicy;
import org.involveportal.web.page.PageBean;

/**
 * Staff accounts, for admins (web.xml lets only ADMIN reach the page; each post checks again): add an
 * account with a first password, change roles, forget a lost phone's app, disable and enable. Every
 * change is in the audit trail. An admin cannot take away their own admin role or disable themselves,
 * so the council is never left without one.
 */
@Named
@RequestScoped
public class StaffAccountsPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private StaffService staff;

    @Inject
    private PasswordPolicy policy;

    @Inject
    private AuditTrail audit;

    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Set<StaffRole> typedRoles = EnumSet.noneOf(StaffRole.class);

    @Override
    protected void load() {
        // the list of accounts is read as the page renders
    }

    @Override
    protected void post() {
        if (!allowed("ADMIN")) {
            return;
        }
        String me = staffMember();
        String action = String.valueOf(parameter("action"));
        if (action.equals("create")) {
            create(me);
            return;
        }
        long id;
        try {
            id = Long.parseLong(parameter("account"));
        } catch (NumberFormatException e) {
            refuse();
            return;
        }
        var account = staff.find(id).orElse(null);
        if (account == null) {
            refuse();
            return;
        }
        boolean self = account.getEmail().equals(me);
        switch (action) {
            case "roles" -> {
                var roles = rolesFrom(request.getParameterValues("role-" + id));
                if (self && !roles.contains(StaffRole.ADMIN)) {
                    problem("role-" + id + "-ADMIN", "accounts.error.ownAdmin");
                    return;
                }
                var old = staff.changeRoles(id, roles);
                audit.record(me, AuditAction.ROLE_CHANGED, "staff", account.getEmail(), names(old) + " → " + names(roles));
            }
            case "resetApp" -> {
                staff.resetApp(id);
                audit.record(me, AuditAction.APP_RESET, "staff", account.getEmail(), null);
            }
            case "disable", "enable" -> {
                if (self) {
                    problem("account-" + id, "accounts.error.ownAccount");
                    return;
                }
                staff.setDisabled(id, action.equals("disable"));
                audit.record(me, action.equals("disable") ? AuditAction.ACCOUNT_DISABLED : AuditAction.ACCOUNT_ENABLED,
                        "staff", account.getEmail(), null);
            }
            default -> {
                refuse();
                return;
            }
        }
        redirectTo("/staff/accounts?done=" + action);
    }

    private void create(String me) {
        for (String field : List.of("email", "name")) {
            typed.put(field, typed(field));
        }
        typedRoles.addAll(rolesFrom(request.getParameterValues("roles")));
        String password = parameter("password");
        if (!FormRules.isEmail(typed.get("email"))) {
            problem("email", "accounts.error.email");
        } else if (staff.findByEmail(typed.get("email")).isPresent()) {
            problem("email", "accounts.error.taken");
        }
        if (FormRules.isBlank(typed.get("name")) || FormRules.length(typed.get("name")) > 100) {
            problem("name", "accounts.error.name");
        }
        var problems = policy.problems(password == null ? "" : password, typed.get("email"), typed.get("name"));
        if (!problems.isEmpty()) {
            problem("password", problems.get(0));
        }
        if (typedRoles.isEmpty()) {
            problem("roles-EDITOR", "accounts.error.roles");
        }
        if (hasErrors()) {
            return;
        }
        var account = staff.create(typed.get("email"), typed.get("name"), password, typedRoles);
        audit.record(me, AuditAction.ACCOUNT_CREATED, "staff", account.getEmail(), names(typedRoles));
        redirectTo("/staff/accounts?done=create");
    }

    private static Set<StaffRole> rolesFrom(String[] values) {
        var roles = EnumSet.noneOf(StaffRole.class);
        if (values != null) {
            Arrays.stream(StaffRole.values()).filter(r -> Arrays.asList(values).contains(r.name())).forEach(roles::add);
        }
        return roles;
    }

    private static String names(Set<StaffRole> roles) {
        return roles.isEmpty() ? "none" : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    public List<StaffAccount> getAccounts() {
        return staff.all();
    }

    public List<StaffRole> getRoles() {
        return List.of(StaffRole.values());
    }

    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

    public boolean typedRole(StaffRole role) {
        return typedRoles.contains(role);
    }


    public String getDone() {
        String done = parameter("done");
        return done != null && done.matches("[a-zA-Z]{1,20}") ? done : null;
    }
}
