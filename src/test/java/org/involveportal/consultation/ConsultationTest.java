package org.involveportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsultationTest {

    private static final Instant OPENS = Instant.parse("2027-01-04T00:00:00Z");
    private final ResponseWindow window = new ResponseWindow(OPENS, OPENS.plus(Duration.ofDays(90)));

    @Test
    @DisplayName("Welsh is complete when every part written in English is written in Welsh")
    void welshComplete() {
        var consultation = new Consultation("c", new ConsultationText("Title", "Summary").withWhatCanChange("Dates", null), window);
        assertThat(consultation.isWelshComplete()).as("no Welsh at all").isFalse();

        consultation.putText("cy", new ConsultationText("Teitl", "Crynodeb"));
        assertThat(consultation.isWelshComplete()).as("what can change missing in Welsh").isFalse();

        consultation.putText("cy", new ConsultationText("Teitl", "Crynodeb").withWhatCanChange("Dyddiadau", null));
        assertThat(consultation.isWelshComplete()).isTrue();
    }

    @Test
    @DisplayName("The question on effects on the Welsh language is added once, on a page after the others, in both languages")
    void welshLanguageQuestion() {
        var consultation = new Consultation("c", new ConsultationText("Title", "Summary"), window);
        consultation.addQuestion(new Question(QuestionType.SINGLE_CHOICE, 2, true, new QuestionText("Agree?", null)).withOption("Yes"));

        consultation.addWelshLanguageEffectsQuestion();
        consultation.addWelshLanguageEffectsQuestion();

        var added = consultation.getQuestions().stream()
                .filter(q -> q.getPurpose() == Question.Purpose.WELSH_LANGUAGE_EFFECTS).toList();
        assertThat(added).hasSize(1);
        assertThat(added.get(0).getPage()).isEqualTo(3);
        assertThat(added.get(0).isRequired()).isFalse();
        assertThat(added.get(0).textIn("cy").getText()).startsWith("Pa effeithiau");
        assertThat(added.get(0).textIn("en").getText()).contains("Welsh language");
    }
}
