package org.involveportal.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.involveportal.content.Topic;
import org.involveportal.i18n.Language;
import org.involveportal.people.Availability;
import org.involveportal.people.InvolvementLevel;
import org.involveportal.people.PostcodeDistrict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegisterCriteriaTest {

    private static RegisterCriteria.Read read(Map<String, String> form) {
        return RegisterCriteria.from(form::get);
    }

    @Test
    @DisplayName("Criteria are read from the form, and go back into a query string and into words for the audit without a person")
    void readAndWritten() {
        var read = read(Map.of("topic", "HOUSING", "level", "WORK_TOGETHER", "language", "cy", "area", " cf10 ", "need", "ACCESS",
                "availability", "EVENINGS"));

        assertThat(read.problems()).isEmpty();
        var criteria = read.criteria();
        assertThat(criteria.topic()).isEqualTo(Topic.HOUSING);
        assertThat(criteria.level()).isEqualTo(InvolvementLevel.WORK_TOGETHER);
        assertThat(criteria.language()).isEqualTo(Language.WELSH);
        assertThat(criteria.area()).isEqualTo("CF10");
        assertThat(criteria.wantsAccessNeeds()).isTrue();
        assertThat(criteria.communicationNeed()).isNull();
        assertThat(criteria.availability()).isEqualTo(Availability.EVENINGS);
        assertThat(criteria.query()).isEqualTo("topic=HOUSING&level=WORK_TOGETHER&language=cy&area=CF10&need=ACCESS&availability=EVENINGS");
        assertThat(criteria.inWords()).isEqualTo("topic=HOUSING, level=WORK_TOGETHER, language=cy, area=CF10, need=ACCESS, availability=EVENINGS");
        assertThat(read(Map.of()).criteria()).isEqualTo(RegisterCriteria.ANY);
    }

    @Test
    @DisplayName("A value no form sends is a problem beside its field, not an error page")
    void madeUpValues() {
        var read = read(Map.of("topic", "GARDENING", "language", "xx", "area", "10CF", "need", "TELEPATHY", "availability", "NIGHTS"));

        assertThat(read.problems()).containsOnlyKeys("topic", "language", "area", "need", "availability");
        assertThat(read.problems().get("area")).isEqualTo("register.error.area");
    }

    @Test
    @DisplayName("The area is the district of the last postcode in the address; a postcode area holds its districts only")
    void postcodeDistricts() {
        assertThat(PostcodeDistrict.of("Flat 2\n10 Heol y Frenhines\nCaerdydd\ncf10 1ab")).contains("CF10");
        assertThat(PostcodeDistrict.of("1 The Street, SA1 1AA, then moved to LL57 2DG")).contains("LL57");
        assertThat(PostcodeDistrict.of("EC1A 1BB")).contains("EC1A");
        assertThat(PostcodeDistrict.of("No postcode here")).isEmpty();
        assertThat(PostcodeDistrict.of(null)).isEmpty();

        assertThat(PostcodeDistrict.isIn("CF10", "CF")).isTrue();
        assertThat(PostcodeDistrict.isIn("CF10", "CF10")).isTrue();
        assertThat(PostcodeDistrict.isIn("CF10", "C")).as("C is not CF").isFalse();
        assertThat(PostcodeDistrict.isIn("CF10", "CF1")).as("a district, not a prefix").isFalse();
    }
}
