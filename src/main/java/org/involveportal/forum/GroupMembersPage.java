package org.involveportal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/** A group's requests to join (approve or refuse) and members, for staff (editor role). */
@Named
@RequestScoped
public class GroupMembersPage extends PageBean {

    @Inject
    private GroupService groups;

    @Inject
    private GroupEditing editing;

    @Inject
    private Messages messages;

    private InvolvementGroup group;

    @Override
    protected void load() {
        if (!allowed(GroupEditorPage.ROLE)) {
            return;
        }
        group = groups.findBySlug(String.valueOf(parameter("g"))).orElse(null);
        if (group == null) {
            notFound();
        }
    }

    @Override
    protected void post() {
        String decision = parameter("decision");
        var membership = MeetingEditorPage.parseId(String.valueOf(parameter("membership")));
        if (membership.isEmpty() || !("approve".equals(decision) || "refuse".equals(decision))) {
            badRequest();
            return;
        }
        var request = groups.memberships(group.getId(), GroupMembership.Status.REQUESTED).stream()
                .filter(m -> m.getId().equals(membership.get())).findFirst();
        if (request.isEmpty()) {
            problem("requests", "membership.rule.notRequested");
            return;
        }
        editing.decide(membership.get(), "approve".equals(decision), staffMember());
        redirectTo("/staff/group-members?g=" + group.getSlug() + "&done=" + decision);
    }

    /** Members who agreed to be on the group's contact list. */
    public long getSharing() {
        return groups.memberships(group.getId(), GroupMembership.Status.MEMBER).stream().filter(GroupMembership::isShareDetails).count();
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
