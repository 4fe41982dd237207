package org.involveportal.joining;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.involveportal.i18n.Language;
import org.involveportal.people.ContactWay;
import org.involveportal.people.InvolvementLevel;
import org.involveportal.people.InvolvementProfile;
import org.involveportal.people.Resident;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a message reaches a member, and what a message to a group needs before it can be sent. */
class GroupMessageRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static Resident resident(String language, boolean welsh, Set<ContactWay> ways, String phone, String address) {
        var resident = new Resident("someone@example.org", "!", language, NOW);
        if (ways != null) {
            resident.updateProfile(new InvolvementProfile("Sam", InvolvementLevel.GIVE_VIEWS, Set.of(), Set.of(), Set.of(), null, null,
                    ways, phone, address, welsh), NOW);
        }
        return resident;
    }

    @Test
    @DisplayName("Email when they take email or never said; otherwise post; otherwise phone or text")
    void wayFollowsTheProfile() {
        assertThat(MessageRecipient.of(resident("en", false, null, null, null)).way()).isEqualTo(MessageRecipient.Way.EMAIL);
        assertThat(MessageRecipient.of(resident("en", false, Set.of(ContactWay.POST, ContactWay.EMAIL), null, "1 High St")).way())
                .isEqualTo(MessageRecipient.Way.EMAIL);
        assertThat(MessageRecipient.of(resident("en", false, Set.of(ContactWay.POST, ContactWay.PHONE), "07700 900982", "1 High St")).way())
                .isEqualTo(MessageRecipient.Way.POST);
        assertThat(MessageRecipient.of(resident("en", false, Set.of(ContactWay.TEXT), "07700 900982", null)).way())
                .isEqualTo(MessageRecipient.Way.PHONE);
    }

    @Test
    @DisplayName("Welsh for those who write in Welsh or asked for Welsh letters; English for everyone else")
    void languageFollowsTheAccount() {
        assertThat(MessageRecipient.of(resident("cy", false, null, null, null)).language()).isEqualTo(Language.WELSH);
        assertThat(MessageRecipient.of(resident("en", true, Set.of(ContactWay.EMAIL), null, null)).language()).isEqualTo(Language.WELSH);
        assertThat(MessageRecipient.of(resident("ur", false, null, null, null)).language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    @DisplayName("English is always needed; Welsh when a member writes in Welsh, or as soon as half of it is typed")
    void welshWhenNeeded() {
        assertThat(new GroupMessageForm(" ", null, null, null).problems(false))
                .containsOnlyKeys("subject-en", "body-en");
        assertThat(new GroupMessageForm("Next meeting", "We meet on Tuesday.", null, null).problems(false)).isEmpty();
        assertThat(new GroupMessageForm("Next meeting", "We meet on Tuesday.", null, null).problems(true))
                .containsEntry("subject-cy", "groupMessage.error.subjectWelsh").containsEntry("body-cy", "groupMessage.error.bodyWelsh");
        assertThat(new GroupMessageForm("Next meeting", "We meet on Tuesday.", "Y cyfarfod nesaf", null).problems(false))
                .containsOnlyKeys("body-cy");
        assertThat(new GroupMessageForm("x".repeat(201), "y".repeat(5001), null, null).problems(false))
                .containsEntry("subject-en", "groupMessage.error.subjectTooLong").containsEntry("body-en", "groupMessage.error.bodyTooLong");
    }
}
