package org.involveportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImpactAssessmentTest {

    private static final Instant OPENS = Instant.parse("2027-01-04T00:00:00Z");
    private static final Instant BEFORE = OPENS.minus(Duration.ofDays(7));
    private static final String DOCUMENT = "https://council.example.gov.uk/eia/day-centres.pdf";

    private final Consultation consultation = new Consultation("day-centres", new ConsultationText("Day centres", "Summary"),
            new ResponseWindow(OPENS, OPENS.plus(Duration.ofDays(90))));

    @Test
    @DisplayName("A proposal that changes a service is not published without its equality impact assessment; with it, it is")
    void changesAServiceNeedsAnAssessment() {
        consultation.recordImpactAssessment(true, "Director of Adult Social Care", null, Map.of(), null, BEFORE);
        assertThat(consultation.needsImpactAssessment()).isTrue();
        assertThatThrownBy(() -> consultation.publish(BEFORE)).isInstanceOf(ConsultationRuleViolation.class)
                .hasMessage(Consultation.IMPACT_ASSESSMENT_NEEDED);
        assertThat(consultation.isPublished()).isFalse();

        consultation.recordImpactAssessment(true, "Director of Adult Social Care", "Equality and Diversity Team",
                Map.of("en", "Older and disabled people use day centres most; transport is kept.", "cy", " "), DOCUMENT, BEFORE);
        assertThat(consultation.hasImpactAssessment()).isTrue();
        assertThat(consultation.impactAssessmentSummaryIn("cy")).as("a blank Welsh summary is none").isNull();
        assertThat(consultation.impactAssessmentSummaryLanguage("cy")).isEqualTo("en");
        assertThat(consultation.getImpactAssessmentRecordedAt()).isEqualTo(BEFORE);
        consultation.publish(BEFORE);
        assertThat(consultation.isPublished()).isTrue();

        assertThatThrownBy(() -> consultation.recordImpactAssessment(true, null, null, Map.of(), null, OPENS))
                .as("a published proposal that changes a service keeps its assessment")
                .isInstanceOf(ConsultationRuleViolation.class).hasMessage(Consultation.IMPACT_ASSESSMENT_NEEDED);
        assertThat(consultation.getImpactAssessmentDocument()).isEqualTo(DOCUMENT);
    }

    @Test
    @DisplayName("A proposal that changes no service is published without an assessment")
    void noServiceChangeNeedsNone() {
        consultation.recordImpactAssessment(false, "Cabinet", null, Map.of("en", "", "cy", ""), " ", BEFORE);
        assertThat(consultation.needsImpactAssessment()).isFalse();
        assertThat(consultation.getImpactAssessmentRecordedAt()).isNull();
        consultation.publish(BEFORE);
        assertThat(consultation.isPublished()).isTrue();
        assertThat(consultation.getProposedBy()).isEqualTo("Cabinet");
    }

    @Test
    @DisplayName("An assessment needs its English summary and an https link to its document; nothing changes when refused")
    void assessmentNeedsEnglishAndADocument() {
        assertThatThrownBy(() -> consultation.recordImpactAssessment(true, null, null, Map.of("cy", "Crynodeb"), DOCUMENT, BEFORE))
                .hasMessage("consultation.rule.impactAssessmentEnglish");
        assertThatThrownBy(() -> consultation.recordImpactAssessment(true, null, null, Map.of("en", "Summary"), null, BEFORE))
                .hasMessage("consultation.rule.impactAssessmentDocument");
        for (String bad : new String[] {"http://council.example/eia.pdf", "javascript:alert(1)", "https://", "https://a b"}) {
            assertThatThrownBy(() -> consultation.recordImpactAssessment(true, null, null, Map.of("en", "Summary"), bad, BEFORE))
                    .as(bad).hasMessage("consultation.rule.impactAssessmentLink");
        }
        assertThat(consultation.isChangesService()).isFalse();
        assertThat(consultation.hasImpactAssessment()).isFalse();
    }

    @Test
    @DisplayName("The assessment is dated when first complete and again only when it changes")
    void datedWhenItChanges() {
        consultation.recordImpactAssessment(true, null, null, Map.of("en", "Summary"), DOCUMENT, BEFORE);
        Instant later = BEFORE.plus(Duration.ofDays(1));
        consultation.recordImpactAssessment(true, "Cabinet", null, Map.of("en", "Summary"), DOCUMENT, later);
        assertThat(consultation.getImpactAssessmentRecordedAt()).as("only who proposes changed").isEqualTo(BEFORE);
        consultation.recordImpactAssessment(true, "Cabinet", null, Map.of("en", "Summary, revised"), DOCUMENT, later);
        assertThat(consultation.getImpactAssessmentRecordedAt()).isEqualTo(later);
    }
}
