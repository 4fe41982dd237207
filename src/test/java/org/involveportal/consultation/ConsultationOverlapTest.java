package org.involveportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.involveportal.consultation.ConsultationOverlap.Audience;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.platform.ClockProducer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsultationOverlapTest {

    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    /** A window open from the first London day to the end of the last. */
    private static ResponseWindow window(String first, String last) {
        return new ResponseWindow(LocalDate.parse(first).atStartOfDay(ClockProducer.LONDON).toInstant(),
                LocalDate.parse(last).plusDays(1).atStartOfDay(ClockProducer.LONDON).toInstant());
    }

    private static Consultation consultation(String slug, ResponseWindow window, Set<ClientGroup> who, Set<Topic> topics, boolean published) {
        var text = new ConsultationText("Title of " + slug, "Summary").withShorterPeriodReason("A short one, for the test");
        var consultation = new Consultation(slug, text, window);
        consultation.replaceTopicsAndGroups(topics, who);
        if (published) {
            consultation.publish(NOW);
        }
        return consultation;
    }

    @Test
    @DisplayName("The same audience: a shared client group; or, where either is for everyone, a shared topic")
    void sameAudience() {
        var olderHousing = new Audience(Set.of(ClientGroup.OLDER_PEOPLE), Set.of(Topic.HOUSING));
        assertThat(olderHousing.sharedWith(new Audience(Set.of(ClientGroup.OLDER_PEOPLE, ClientGroup.CARERS), Set.of(Topic.INVOLVEMENT))))
                .as("older people in both, whatever the topics").isTrue();
        assertThat(olderHousing.sharedWith(new Audience(Set.of(ClientGroup.CARERS), Set.of(Topic.HOUSING))))
                .as("different people on the same topic").isFalse();
        assertThat(olderHousing.sharedWith(new Audience(Set.of(ClientGroup.EVERYONE), Set.of(Topic.HOUSING))))
                .as("everyone, on the same topic").isTrue();
        assertThat(olderHousing.sharedWith(new Audience(Set.of(), Set.of(Topic.HOUSING))))
                .as("no group named is everyone").isTrue();
        assertThat(new Audience(Set.of(ClientGroup.EVERYONE), Set.of(Topic.HOUSING))
                .sharedWith(new Audience(Set.of(ClientGroup.EVERYONE), Set.of(Topic.INVOLVEMENT))))
                .as("everyone, on different topics").isFalse();
    }

    @Test
    @DisplayName("The same weeks: the windows touch a common Monday-to-Sunday week on London time")
    void sameWeeks() {
        // Monday 4 to Tuesday 12 January 2027
        var first = window("2027-01-04", "2027-01-12");
        assertThat(ConsultationOverlap.sameWeeks(first, window("2027-01-14", "2027-02-20"))).as("closes Tuesday, opens Thursday").isTrue();
        assertThat(ConsultationOverlap.sameWeeks(first, window("2027-01-17", "2027-02-20"))).as("opens on that week's Sunday").isTrue();
        assertThat(ConsultationOverlap.sameWeeks(first, window("2027-01-18", "2027-02-20"))).as("opens the Monday after").isFalse();
        assertThat(ConsultationOverlap.sameWeeks(first, window("2026-12-01", "2027-01-03"))).as("closed the Sunday before").isFalse();
        assertThat(ConsultationOverlap.sameWeeks(first, window("2026-12-01", "2027-03-03"))).as("all around it").isTrue();
    }

    @Test
    @DisplayName("Three for the same people in the same weeks warn above a threshold of 2; two do not")
    void warnsAboveTheThreshold() {
        var scheduled = consultation("new-one", window("2027-02-01", "2027-04-30"), Set.of(ClientGroup.CARERS), Set.of(Topic.CARERS_SUPPORT), false);
        var carers = consultation("carers-breaks", window("2027-01-11", "2027-04-04"), Set.of(ClientGroup.CARERS), Set.of(Topic.HOUSING), true);
        var carersToo = consultation("carers-assessments", window("2027-04-26", "2027-07-18"), Set.of(ClientGroup.CARERS, ClientGroup.OLDER_PEOPLE),
                Set.of(Topic.INVOLVEMENT), true);
        var otherPeople = consultation("mental-health", window("2027-02-01", "2027-04-30"), Set.of(ClientGroup.MENTAL_HEALTH), Set.of(Topic.HOUSING), true);
        var later = consultation("carers-later", window("2027-05-10", "2027-08-01"), Set.of(ClientGroup.CARERS), Set.of(Topic.CARERS_SUPPORT), true);
        var draft = consultation("carers-draft", window("2027-02-01", "2027-04-30"), Set.of(ClientGroup.CARERS), Set.of(Topic.CARERS_SUPPORT), false);

        var others = ConsultationOverlap.others(scheduled, scheduled.getWindow(), List.of(scheduled, carers, carersToo, otherPeople, later, draft));
        assertThat(others).extracting(Consultation::getSlug).containsExactly("carers-breaks", "carers-assessments");
        assertThat(ConsultationOverlap.warns(others.size(), 2)).as("3 > 2").isTrue();
        assertThat(ConsultationOverlap.warns(others.size(), 3)).as("3 is not above 3").isFalse();

        var fewer = ConsultationOverlap.others(scheduled, scheduled.getWindow(), List.of(carers, otherPeople, later));
        assertThat(fewer).hasSize(1);
        assertThat(ConsultationOverlap.warns(fewer.size(), 2)).as("2 is not above 2").isFalse();
    }
}
