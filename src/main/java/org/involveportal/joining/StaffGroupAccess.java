package org.involveportal.joining;

import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.web.page.Navigation;

/** The group a staff page of members is about ({@code ?g=slug}), for editors only; others are refused on the server. */
final class StaffGroupAccess {

    private StaffGroupAccess() {
    }

    /** The group, or null after sending 403 (not an editor) or 404 (no such group). */
    static InvolvementGroup groupFor(HttpServletRequest request, SecurityContext security, GroupService groups) {
        if (!security.isCallerInRole(GroupMessagePage.ROLE)) {
            Navigation.sendError(403);
            return null;
        }
        var group = groups.findBySlug(String.valueOf(request.getParameter("g"))).orElse(null);
        if (group == null) {
            Navigation.sendError(404);
        }
        return group;
    }

    /** A row id from the address, or null when it is not one. */
    static Long id(String value) {
        return value != null && value.matches("[1-9][0-9]{0,17}") ? Long.valueOf(value) : null;
    }
}
