package org.involveportal.joining;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import org.involveportal.forum.ForumRuleViolation;
import org.involveportal.forum.GroupMembership;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.forum.MeetingRegistration;
import org.involveportal.forum.MeetingService;
import org.involveportal.forum.Support;
import org.involveportal.people.CommunicationNeed;
import org.involveportal.people.ResidentService;

/**
 * A signed-in resident joins a group or registers for a meeting, telling their needs. Needs told when
 * joining are kept in their involvement profile, so every later page offers them again (WCAG 3.3.7).
 * Meetings of a group with eligibility rules are for its members; other groups' meetings are open.
 */
@Stateless
public class JoiningService {

    @Inject
    private GroupService groups;

    @Inject
    private MeetingService meetings;

    @Inject
    private ResidentService residents;

    /** Asks to join in one transaction with keeping the needs: a member at once, or a request for staff. */
    public GroupMembership askToJoin(String groupSlug, long residentId, Set<CommunicationNeed> needs, String accessNeeds,
                                     boolean shareDetails) {
        if (!residents.saveNeeds(residentId, needs, accessNeeds)) {
            throw new ForumRuleViolation("joining.rule.needsNotKept");
        }
        var membership = groups.askToJoin(groupSlug, residentId);
        membership.shareDetails(shareDetails);
        return membership;
    }

    /** Whether the resident may register for this group's meetings. */
    public boolean mayRegister(InvolvementGroup group, long residentId) {
        return !group.isNeedsApproval() || groups.membershipOf(group.getId(), residentId)
                .filter(m -> m.getStatus() == GroupMembership.Status.MEMBER).isPresent();
    }

    /** A place, or the end of the waiting list; registering again changes the support asked for. */
    public MeetingRegistration register(long meetingId, long residentId, Set<Support> support, String accessNeeds) {
        var meeting = meetings.find(meetingId).orElseThrow(() -> new ForumRuleViolation("meeting.rule.notFound"));
        if (!mayRegister(meeting.getGroup(), residentId)) {
            throw new ForumRuleViolation("joining.rule.membersOnly");
        }
        return meetings.register(meetingId, residentId, support, accessNeeds);
    }
}
