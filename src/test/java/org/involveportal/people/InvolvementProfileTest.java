package org.involveportal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvolvementProfileTest {

    private static InvolvementProfile profile(InvolvementLevel level, Set<ContactWay> ways, String phone, String address) {
        return new InvolvementProfile("  Siân Ŵyn ", level, Set.of(Topic.HOUSING), Set.of(ClientGroup.CARERS),
                Set.of(CommunicationNeed.EASY_READ, CommunicationNeed.BSL), " Polish ", "Step-free access", ways, phone,
                address, true);
    }

    @Test
    @DisplayName("A complete profile has no problems; text is trimmed and blanks become nothing")
    void complete() {
        var profile = profile(InvolvementLevel.GIVE_VIEWS, Set.of(ContactWay.EMAIL), "  ", null);
        assertThat(profile.problems()).isEmpty();
        assertThat(profile.name()).isEqualTo("Siân Ŵyn");
        assertThat(profile.preferredLanguage()).isEqualTo("Polish");
        assertThat(profile.phone()).isNull();
        assertThat(profile.needs(CommunicationNeed.BSL)).isTrue();
        assertThat(profile.needs(CommunicationNeed.BRAILLE)).isFalse();
    }

    @Test
    @DisplayName("How involved and at least one way to contact are needed")
    void required() {
        assertThat(InvolvementProfile.EMPTY.problems()).containsExactly(
                java.util.Map.entry("involvement-1", "involvement.error.level"),
                java.util.Map.entry("contactWay-1", "involvement.error.contactWay"));
    }

    @Test
    @DisplayName("Calls and texts need a phone number that looks like one; post needs an address")
    void phoneAndAddress() {
        assertThat(profile(InvolvementLevel.LEAD, Set.of(ContactWay.TEXT), null, null).problems())
                .containsExactly(java.util.Map.entry("phone", "involvement.error.phoneMissing"));
        assertThat(profile(InvolvementLevel.LEAD, Set.of(ContactWay.PHONE), "call me", null).problems())
                .containsExactly(java.util.Map.entry("phone", "involvement.error.phone"));
        assertThat(profile(InvolvementLevel.LEAD, Set.of(ContactWay.PHONE), "07700 900982", null).problems()).isEmpty();
        assertThat(profile(InvolvementLevel.LEAD, Set.of(ContactWay.POST), null, " ").problems())
                .containsExactly(java.util.Map.entry("postalAddress", "involvement.error.addressMissing"));
        assertThat(profile(InvolvementLevel.LEAD, Set.of(ContactWay.POST), null, "1 Stryd Fawr\nWrecsam").problems()).isEmpty();
        assertThat(profile(InvolvementLevel.LEAD, Set.of(ContactWay.EMAIL), "not a phone", null).problems())
                .as("a phone given but not needed is still checked")
                .containsExactly(java.util.Map.entry("phone", "involvement.error.phone"));
    }

    @Test
    @DisplayName("Lengths are counted as people count characters, and capped")
    void lengths() {
        var tooLong = new InvolvementProfile("😀".repeat(101), InvolvementLevel.KEEP_INFORMED, null, null, null,
                "x".repeat(61), "y".repeat(1001), Set.of(ContactWay.POST), null, "z".repeat(501), false);
        assertThat(tooLong.problems()).containsOnlyKeys("name", "preferredLanguage", "accessNeeds", "postalAddress");
        var atLimit = new InvolvementProfile("😀".repeat(100), InvolvementLevel.KEEP_INFORMED, null, null, null,
                "x".repeat(60), "y".repeat(1000), Set.of(ContactWay.POST), null, "z".repeat(500), false);
        assertThat(atLimit.problems()).isEmpty();
    }

    @Test
    @DisplayName("Sets are copies in declaration order, and cannot be changed afterwards")
    void sets() {
        var ways = EnumSet.of(ContactWay.POST, ContactWay.EMAIL);
        var profile = profile(InvolvementLevel.WORK_TOGETHER, ways, null, "Wrexham");
        ways.add(ContactWay.TEXT);
        assertThat(profile.contactWays()).containsExactly(ContactWay.EMAIL, ContactWay.POST);
        assertThatThrownBy(() -> profile.topics().add(Topic.SAFEGUARDING)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(profile).isEqualTo(profile(InvolvementLevel.WORK_TOGETHER, Set.of(ContactWay.EMAIL, ContactWay.POST), null, "Wrexham"));
    }

    @Test
    @DisplayName("An account keeps only a profile without problems, and gives it back as it was")
    void keptOnTheAccount() {
        var resident = new Resident("a@example.org", "hash", "en", Instant.EPOCH);
        assertThatThrownBy(() -> resident.updateProfile(InvolvementProfile.EMPTY, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        var profile = profile(InvolvementLevel.LEAD, Set.of(ContactWay.TEXT, ContactWay.EMAIL), "01632 960001", null);
        resident.updateProfile(profile, Instant.EPOCH.plusSeconds(5));
        assertThat(resident.profile()).isEqualTo(profile);
        assertThat(resident.hasProfile()).isTrue();
        assertThat(resident.getProfileUpdatedAt()).isEqualTo(Instant.EPOCH.plusSeconds(5));
    }
}
