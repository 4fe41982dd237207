package org.involveportal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.forum.GroupMembership.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupMembershipTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    @DisplayName("A group without eligibility rules is joined at once")
    void joinedAtOnce() {
        var group = new InvolvementGroup("carers-forum", new GroupText("Carers Forum", "p"));
        var membership = GroupMembership.ask(group, 7, NOW);
        assertThat(membership.getStatus()).isEqualTo(Status.MEMBER);
        assertThat(membership.getDecidedAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("A group with eligibility rules needs staff approval; only a request can be decided")
    void needsApproval() {
        var group = new InvolvementGroup("ldpb", new GroupText("Board", "p")).arrange(MeetingMode.IN_PERSON, null, Payment.PAID, true, null, null);
        var membership = GroupMembership.ask(group, 7, NOW);
        assertThat(membership.getStatus()).isEqualTo(Status.REQUESTED);
        membership.approve("editor@example.gov.uk", NOW);
        assertThat(membership.getStatus()).isEqualTo(Status.MEMBER);
        assertThat(membership.getDecidedBy()).isEqualTo("editor@example.gov.uk");
        assertThatThrownBy(() -> membership.refuse("x", NOW)).hasMessage("membership.rule.notRequested");

        var other = GroupMembership.ask(group, 8, NOW);
        other.refuse("editor@example.gov.uk", NOW);
        assertThat(other.getStatus()).isEqualTo(Status.REFUSED);
        other.askAgain(NOW.plusSeconds(60));
        assertThat(other.getStatus()).isEqualTo(Status.REQUESTED);
        assertThat(other.getDecidedBy()).isNull();
    }

    @Test
    @DisplayName("Directory filters: topic, who for (everyone suits all), in person or online (both suits either), area")
    void directoryMatching() {
        var group = new InvolvementGroup("mobility-forum", new GroupText("Mobility Forum", "p"))
                .arrange(MeetingMode.BOTH, "Islington", Payment.EXPENSES, false, null, null)
                .addTopics(Topic.TRANSPORT_AND_MOBILITY).addClientGroups(ClientGroup.PHYSICAL_DISABILITY);
        assertThat(group.matches(Topic.TRANSPORT_AND_MOBILITY, ClientGroup.PHYSICAL_DISABILITY, MeetingMode.ONLINE, "islington")).isTrue();
        assertThat(group.matches(null, null, MeetingMode.IN_PERSON, null)).isTrue();
        assertThat(group.matches(Topic.HOUSING, null, null, null)).isFalse();
        assertThat(group.matches(null, ClientGroup.CARERS, null, null)).isFalse();
        assertThat(group.matches(null, null, null, "Wrexham")).isFalse();

        var online = new InvolvementGroup("readers", new GroupText("Readers Panel", "p"))
                .arrange(MeetingMode.ONLINE, null, Payment.NONE, false, null, null).addClientGroups(ClientGroup.EVERYONE);
        assertThat(online.matches(null, ClientGroup.CARERS, MeetingMode.ONLINE, null)).isTrue();
        assertThat(online.matches(null, null, MeetingMode.IN_PERSON, null)).isFalse();
    }
}
