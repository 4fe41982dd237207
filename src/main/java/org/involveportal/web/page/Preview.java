package org.involveportal.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Staff seeing a consultation as a resident would before it is public: the public pages, in any
 * language and reading mode, with {@code ?preview=true}. Only for someone signed in as staff; for
 * anyone else the parameter means nothing and a draft stays not found.
 */
@Named
@RequestScoped
public class Preview {

    private static final List<String> STAFF_ROLES = List.of("EDITOR", "PUBLISHER", "ANALYST", "ADMIN", "FINANCE");

    @Inject
    private HttpServletRequest request;

    @Inject
    private SecurityContext security;

    /** Whether this request asks for a preview and comes from staff. */
    public boolean isRequested() {
        return "true".equals(request.getParameter("preview")) && isStaff();
    }

    public boolean isStaff() {
        return STAFF_ROLES.stream().anyMatch(security::isCallerInRole);
    }

    /** A preview must never be kept by a browser or a proxy. */
    public void doNotStore() {
        Navigation.doNotKeep();
    }
}
