package org.involveportal.forum;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.FormProblems;
import org.involveportal.web.page.Navigation;

/** A group's requests to join (approve or refuse) and members, for staff (editor role). */
@Named
@RequestScoped
public class GroupMembersPage extends FormProblems {

    @Inject
    private HttpServletRequest request;

    @Inject
    private GroupService groups;

    @Inject
    private GroupEditing editing;

    @Inject
    private SecurityContext security;

    @Inject
    private Messages messages;

    private InvolvementGroup group;
    private boolean found = true;

    @PostConstruct
    void handle() {
        if (!security.isCallerInRole(GroupEditorPage.ROLE)) {
            found = false;
            Navigation.sendError(403);
            return;
        }
        group = groups.findBySlug(String.valueOf(request.getParameter("g"))).orElse(null);
        if (group == null) {
            found = false;
            Navigation.sendError(404);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String decision = request.getParameter("decision");
        var membership = MeetingEditorPage.parseId(String.valueOf(request.getParameter("membership")));
        if (membership.isEmpty() || !("approve".equals(decision) || "refuse".equals(decision))) {
            Navigation.sendError(400);
            return;
        }
        var request = groups.memberships(group.getId(), GroupMembership.Status.REQUESTED).stream()
                .filter(m -> m.getId().equals(membership.get())).findFirst();
        if (request.isEmpty()) {
            problem("requests", "membership.rule.notRequested");
            return;
        }
        editing.decide(membership.get(), "approve".equals(decision), security.getCallerPrincipal().getName());
        Navigation.redirect(this.request.getContextPath() + "/staff/group-members?g=" + group.getSlug() + "&done=" + decision);
    }

    /** Members who agreed to be on the group's contact list. */
    public long getSharing() {
        return groups.memberships(group.getId(), GroupMembership.Status.MEMBER).stream().filter(GroupMembership::isShareDetails).count();
    }

    public boolean isShown() {
        return found && Navigation.isRendering();
    }

    public String getSlug() {
        return group.getSlug();
    }

    public String getName() {
        return group.textIn(messages.getLanguage().tag()).getName();
    }

    public boolean isNeedsApproval() {
        return group.isNeedsApproval();
    }

    public List<GroupMembership> getRequests() {
        return groups.memberships(group.getId(), GroupMembership.Status.REQUESTED);
    }

    public List<GroupMembership> getMembers() {
        return groups.memberships(group.getId(), GroupMembership.Status.MEMBER);
    }

    public String date(java.time.Instant instant) {
        return instant == null ? "" : DateFormatting.date(instant, messages.getLanguage());
    }
}
