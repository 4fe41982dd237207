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

    private static Question question(long id, int page, String text) {
        var question = new Question(QuestionType.FREE_TEXT, page, false, new QuestionText(text, null));
        try {
            var field = Question.class.getDeclaredField("id"); // the database gives ids; here the test does
            field.setAccessible(true);
            field.set(question, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return question;
    }

    private static java.util.List<String> order(Consultation consultation) {
        return consultation.questionsInOrder().stream().map(q -> q.getPage() + ":" + q.textIn("en").getText()).toList();
    }

    @Test
    @DisplayName("Moving a question up or down swaps it with its neighbour, and past the end of its page takes it onto the next")
    void moveQuestions() {
        var consultation = new Consultation("c", new ConsultationText("Title", "Summary"), window);
        consultation.addQuestion(question(1, 1, "A"));
        consultation.addQuestion(question(2, 1, "B"));
        consultation.addQuestion(question(3, 2, "C"));

        consultation.moveQuestion(2, -1);
        assertThat(order(consultation)).containsExactly("1:B", "1:A", "2:C");

        consultation.moveQuestion(1, +1);
        assertThat(order(consultation)).as("A leaves page 1 and goes first on page 2").containsExactly("1:B", "2:A", "2:C");

        consultation.moveQuestion(3, -1);
        assertThat(order(consultation)).containsExactly("1:B", "2:C", "2:A");

        consultation.moveQuestion(3, -1);
        assertThat(order(consultation)).as("C goes up onto page 1, after B").containsExactly("1:B", "1:C", "2:A");

        consultation.moveQuestion(2, -1);
        assertThat(order(consultation)).as("the first cannot go higher").containsExactly("1:B", "1:C", "2:A");
        assertThat(consultation.questionsInOrder()).extracting(Question::getPosition).containsExactly(1, 2, 3);
    }

    @Test
    @DisplayName("Removing a question closes the gap; the Welsh Language Standards question cannot be removed")
    void removeQuestions() {
        var consultation = new Consultation("c", new ConsultationText("Title", "Summary"), window);
        consultation.addQuestion(question(1, 1, "A"));
        consultation.addQuestion(question(2, 1, "B"));
        consultation.addQuestion(question(3, 2, "C").withPurpose(Question.Purpose.WELSH_LANGUAGE_EFFECTS));

        consultation.removeQuestion(1);

        assertThat(order(consultation)).containsExactly("1:B", "2:C");
        assertThat(consultation.questionsInOrder()).extracting(Question::getPosition).containsExactly(1, 2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.removeQuestion(3))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessageContaining("question.rule.portalQuestion");
    }

    @Test
    @DisplayName("Questions cannot change once published: answers are kept by question and option number")
    void questionsFixedOncePublished() {
        var consultation = new Consultation("c", new ConsultationText("Title", "Summary"), window);
        consultation.addQuestion(question(1, 1, "A"));
        consultation.addQuestion(question(2, 1, "B"));
        consultation.publish(OPENS.minus(Duration.ofDays(1)));

        assertThat(consultation.questionsCanChange()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.moveQuestion(2, -1))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessageContaining("question.rule.published");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.removeQuestion(1))
                .isInstanceOf(ConsultationRuleViolation.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.questionsInOrder().get(0)
                        .revise(QuestionType.RATING, 1, true, null, 5))
                .isInstanceOf(ConsultationRuleViolation.class);
        assertThat(order(consultation)).containsExactly("1:A", "1:B");
    }

    @Test
    @DisplayName("Withdrawing stops answers at once and needs a reason; a closed or draft consultation cannot be withdrawn")
    void withdraw() {
        var consultation = new Consultation("c", new ConsultationText("Title", "Summary"), window);
        var during = OPENS.plus(Duration.ofDays(10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.withdraw(during, java.util.Map.of("en", "Dropped")))
                .as("a draft").isInstanceOf(ConsultationRuleViolation.class);
        consultation.publish(OPENS.minus(Duration.ofDays(1)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.withdraw(during, java.util.Map.of("en", " ")))
                .as("no reason").isInstanceOf(ConsultationRuleViolation.class).hasMessageContaining("changeNeedsReason");
        assertThat(consultation.statusAt(during)).isEqualTo(ConsultationStatus.OPEN);

        consultation.withdraw(during, java.util.Map.of("en", "The proposal was dropped.", "cy", "Cafodd y cynnig ei ollwng."));

        assertThat(consultation.statusAt(during)).isEqualTo(ConsultationStatus.WITHDRAWN);
        assertThat(consultation.refusesAnswersAt(during)).isTrue();
        assertThat(consultation.textIn("en").getWindowChangeReason()).isEqualTo("The proposal was dropped.");
        assertThat(consultation.getWindowChange()).isEqualTo(Consultation.WindowChange.WITHDRAWN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.withdraw(during, java.util.Map.of("en", "Again")))
                .isInstanceOf(ConsultationRuleViolation.class);

        var closed = new Consultation("d", new ConsultationText("Title", "Summary"), window);
        closed.publish(OPENS.minus(Duration.ofDays(1)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> closed.withdraw(OPENS.plus(Duration.ofDays(91)), java.util.Map.of("en", "Late")))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessageContaining("withdrawOnlyBeforeClosing");
    }
}
