package org.involveportal.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.involveportal.response.ContactDetails.Way;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @Test
    @DisplayName("A choice must be made; anonymous needs nothing else")
    void choiceNeeded() {
        assertThat(new ContactDetails().problems()).containsOnlyKeys("way");
        assertThat(ContactDetails.anonymous().problems()).isEmpty();
    }

    @Test
    @DisplayName("Each way needs a name and its own detail, checked beside the field that has the problem")
    void eachWayNeedsItsDetail() {
        assertThat(new ContactDetails(Way.EMAIL, " ", "not-an-email", null, null).problems())
                .containsExactly(java.util.Map.entry("name", "contact.error.name"), java.util.Map.entry("email", "contact.error.email"));
        assertThat(new ContactDetails(Way.PHONE, "Siân", "sian@example.org", "call me", null).problems())
                .containsOnlyKeys("phone");
        assertThat(new ContactDetails(Way.POST, "Siân", null, null, "x".repeat(501)).problems())
                .containsEntry("address", "contact.error.addressTooLong");
        assertThat(new ContactDetails(Way.POST, "😀".repeat(100), null, null, "1 Stryd Fawr\nWrecsam").problems())
                .as("lengths count characters, so 100 emoji is a 100-character name").isEmpty();
    }

    @Test
    @DisplayName("Only the chosen way's detail is kept; changing one's mind to anonymous keeps nothing")
    void onlyWhatIsNeededIsKept() {
        var kept = new ContactDetails(Way.PHONE, " Siân ", "sian@example.org", " 01632 960 001 ", "1 Stryd Fawr").kept();
        assertThat(kept.getName()).isEqualTo("Siân");
        assertThat(kept.getPhone()).isEqualTo("01632 960 001");
        assertThat(kept.getEmail()).isNull();
        assertThat(kept.getAddress()).isNull();

        var anonymous = new ContactDetails(Way.NONE, "Siân", "sian@example.org", null, null).kept();
        assertThat(anonymous.getName()).isNull();
        assertThat(anonymous.getEmail()).isNull();
        assertThat(anonymous.wantsEmail()).isFalse();
    }

    @Test
    @DisplayName("A draft can always be saved: what was typed is clipped to the columns, without splitting a character")
    void clippedForTheDraft() {
        var clipped = new ContactDetails(Way.EMAIL, "😀".repeat(150), null, null, null).clipped();
        assertThat(clipped.getName()).isEqualTo("😀".repeat(100));
    }
}
