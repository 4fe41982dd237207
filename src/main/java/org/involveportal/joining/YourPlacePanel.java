package org.involveportal.joining;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.involveportal.forum.GroupMembership;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.forum.MeetingRegistration;
import org.involveportal.forum.MeetingService;
import org.involveportal.people.SignedInResident;

/**
 * Where the signed-in resident stands on a group's page: a member or waiting for a decision, and their
 * place at each meeting, so the page offers the right next step. Empty strings for anyone not signed in.
 */
@Named("yourPlace")
@RequestScoped
public class YourPlacePanel {

    @Inject
    private SignedInResident signedIn;

    @Inject
    private GroupService groups;

    @Inject
    private MeetingService meetings;

    @Inject
    private JoiningService joining;

    private final Map<Long, String> registrations = new HashMap<>();

    public boolean isSignedIn() {
        return signedIn.isSignedIn();
    }

    /** MEMBER, REQUESTED, or empty. */
    public String membership(InvolvementGroup group) {
        return signedIn.id().flatMap(id -> groups.membershipOf(group.getId(), id)).map(GroupMembership::getStatus)
                .filter(s -> s == GroupMembership.Status.MEMBER || s == GroupMembership.Status.REQUESTED)
                .map(Enum::name).orElse("");
    }

    /** Whether the resident (or anyone, not yet signed in) can go on to register for the group's meetings. */
    public boolean mayRegister(InvolvementGroup group) {
        return signedIn.id().map(id -> joining.mayRegister(group, id)).orElse(!group.isNeedsApproval());
    }

    /** REGISTERED, WAITLISTED, or empty. */
    public String registration(long meetingId) {
        var id = signedIn.id();
        if (id.isEmpty()) {
            return "";
        }
        return registrations.computeIfAbsent(meetingId, m -> meetings.findWithRegistrations(m)
                .flatMap(meeting -> meeting.registrationOf(id.get())).filter(MeetingRegistration::isActive)
                .map(r -> r.holdsPlace() ? "REGISTERED" : "WAITLISTED").orElse(""));
    }
}
