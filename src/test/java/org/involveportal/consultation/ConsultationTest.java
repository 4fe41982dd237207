package org.involveportal.consultation;

import java.time.Duration;
import java.time.Instant;
import org.involveportal.content.EasyReadIdea;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class ConsultationTest {

    private static final Instant OPENS = Instant.parse("2027-01-04T00:00:00Z");
    private final ResponseWindow window = new ResponseWindow(OPENS, OPENS.plus(Duration.ofDays(90)));

    @Test
    @DisplayName("Welsh is complete when every part written in English is written in Welsh")
    void welshComplete() {
        var consultation = new Consultation("c", new ConsultationText("Title", "Summary").withWhatCanChange("Dates", null), window);
        assertThat(consultation.isWelshComplete()).as("no Welsh at all").isFalse();
        assertThat(parts(consultation)).containsExactly(WelshGap.Part.TITLE, WelshGap.Part.SUMMARY, WelshGap.Part.WHAT_CAN_CHANGE);

        consultation.putText("cy", new ConsultationText("Teitl", "Crynodeb"));
        assertThat(consultation.isWelshComplete()).as("what can change missing in Welsh").isFalse();
        assertThat(parts(consultation)).containsExactly(WelshGap.Part.WHAT_CAN_CHANGE);

        consultation.putText("cy", new ConsultationText("Teitl", "Crynodeb").withWhatCanChange("Dyddiadau", null));
        assertThat(consultation.isWelshComplete()).isTrue();
        assertThat(consultation.missingWelsh()).isEmpty();
    }

    @Test
    @DisplayName("Easy read with advice on it (long sentences, acronyms, jargon) publishes only with a reason to publish it as it is")
    void easyReadAdviceNeedsAReasonToPublish() {
        var consultation = new Consultation("c", new ConsultationText("Title", "Summary"), window);
        consultation.addEasyReadIdea(new EasyReadIdea("en", "We want your views.", "speech", "A person talking"));
        consultation.addEasyReadIdea(new EasyReadIdea("cy", "Rydym eisiau eich barn.", "speech", "Person yn siarad"));
        consultation.addEasyReadIdea(new EasyReadIdea("en", "The ASC team will do an assessment.", "people", "Two people"));
        assertThat(consultation.easyReadAdvice()).singleElement().satisfies(advice -> {
            assertThat(advice.language()).isEqualTo("en");
            assertThat(advice.number()).as("the second English idea").isEqualTo(2);
            assertThat(advice.findings()).extracting(f -> f.key() + " " + f.about())
                    .containsExactly("easyRead.check.acronym ASC", "easyRead.check.jargon assessment");
        });

        for (String noReason : new String[] {null, " "}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.publish(OPENS.minus(Duration.ofDays(1)), false, noReason))
                    .isInstanceOf(ConsultationRuleViolation.class).hasMessageContaining(Consultation.EASY_READ_UNCHECKED);
            assertThat(consultation.isPublished()).isFalse();
        }
        consultation.publish(OPENS.minus(Duration.ofDays(1)), false, "ASC is explained on the next page we send.");
        assertThat(consultation.isPublished()).isTrue();

        var plain = new Consultation("p", new ConsultationText("Title", "Summary"), window);
        plain.addEasyReadIdea(new EasyReadIdea("en", "We want your views.", "speech", "A person talking"));
        plain.publish(OPENS.minus(Duration.ofDays(1)), false, null);
        assertThat(plain.isPublished()).as("easy read without advice needs no reason").isTrue();
    }

    /** A consultation complete in Welsh, with a question of every part: words, hint and options. */
    private Consultation completeInWelsh() {
        var consultation = new Consultation("c", new ConsultationText("Title", "Summary")
                .withShorterPeriodReason("The budget is set in March."), window);
        consultation.putText("cy", new ConsultationText("Teitl", "Crynodeb").withShorterPeriodReason("Pennir y gyllideb ym mis Mawrth."));
        consultation.addEasyReadIdea(new EasyReadIdea("en", "We want your views.", "speech", "A person talking"));
        consultation.addEasyReadIdea(new EasyReadIdea("cy", "Rydym eisiau eich barn.", "speech", "Person yn siarad"));
        consultation.addQuestion(new Question(QuestionType.FREE_TEXT, 1, false, new QuestionText("Anything else?", null)));
        var choice = new Question(QuestionType.SINGLE_CHOICE, 1, true, new QuestionText("Do you agree?", "Choose one."))
                .withOption("Yes").withOption("No");
        choice.putText("cy", new QuestionText("Ydych chi'n cytuno?", "Dewiswch un."));
        choice.putOptionLabel(1, "cy", "Ydw");
        choice.putOptionLabel(2, "cy", "Nac ydw");
        consultation.addQuestion(choice);
        consultation.getQuestions().get(0).putText("cy", new QuestionText("Unrhyw beth arall?", null));
        return consultation;
    }

    private static java.util.List<WelshGap.Part> parts(Consultation consultation) {
        return consultation.missingWelsh().stream().map(WelshGap::part).toList();
    }

    @Test
    @DisplayName("Each part without its Welsh blocks publishing under the Welsh Language Standards: questions, hints, options,"
            + " a question's easy-read wording, easy read, the public reason")
    void eachMissingWelshPartBlocksPublishing() {
        assertThat(completeInWelsh().missingWelsh()).as("the complete one").isEmpty();
        var publishedAt = OPENS.minus(Duration.ofDays(1));
        var shortWindow = new ResponseWindow(OPENS, OPENS.plus(Duration.ofDays(56)));

        var noQuestionWords = completeInWelsh();
        noQuestionWords.getQuestions().get(0).replaceText("cy", null);
        var noHint = completeInWelsh();
        noHint.getQuestions().get(1).putText("cy", new QuestionText("Ydych chi'n cytuno?", " "));
        var oneOptionMissing = completeInWelsh();
        oneOptionMissing.getQuestions().get(1).replaceOptions("cy", java.util.List.of("Ydw"));
        var noEasyRead = completeInWelsh();
        noEasyRead.replaceEasyRead("cy", java.util.List.of());
        var noReason = completeInWelsh();
        noReason.putText("cy", new ConsultationText("Teitl", "Crynodeb"));
        var noQuestionEasyRead = completeInWelsh();
        noQuestionEasyRead.getQuestions().get(0).putText("en",
                new QuestionText("Anything else?", null).withEasyRead("Tell us more.", "A person talking"));

        var cases = java.util.Map.of(
                noQuestionWords, new WelshGap(WelshGap.Part.QUESTION_TEXT, 1, null),
                noHint, new WelshGap(WelshGap.Part.QUESTION_HINT, 2, null),
                oneOptionMissing, new WelshGap(WelshGap.Part.QUESTION_OPTIONS, 2, null),
                noEasyRead, new WelshGap(WelshGap.Part.EASY_READ, 0, null),
                noReason, new WelshGap(WelshGap.Part.SHORTER_PERIOD_REASON, 0, null),
                noQuestionEasyRead, new WelshGap(WelshGap.Part.QUESTION_EASY_READ, 1, null));
        cases.forEach((consultation, gap) -> {
            consultation.schedule(shortWindow);
            assertThat(consultation.missingWelsh()).as(gap.toString()).containsExactly(gap);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.publish(publishedAt, true))
                    .as(gap.toString()).isInstanceOfSatisfying(WelshIncomplete.class,
                            refused -> assertThat(refused.gaps()).containsExactly(gap))
                    .hasMessage("consultation.rule.welshIncomplete");
            assertThat(consultation.isPublished()).isFalse();
            assertThat(consultation.getQuestions()).noneMatch(q -> q.getPurpose() == Question.Purpose.WELSH_LANGUAGE_EFFECTS);

            consultation.publish(publishedAt);
            assertThat(consultation.isPublished()).as("without the Welsh Language Standards it publishes").isTrue();
        });

        var complete = completeInWelsh();
        complete.schedule(shortWindow);
        complete.publish(publishedAt, true);
        assertThat(complete.isPublished()).isTrue();
        assertThat(complete.getQuestions()).anyMatch(q -> q.getPurpose() == Question.Purpose.WELSH_LANGUAGE_EFFECTS);
    }

    @Test
    @DisplayName("A question is complete in Welsh without a hint when its English has none")
    void welshHintOnlyWhenEnglishHasOne() {
        var question = new Question(QuestionType.RANKING, 1, true, new QuestionText("Put these in order", null))
                .withOption("Cost").withOption("Time");
        question.putText("cy", new QuestionText("Rhowch y rhain mewn trefn", null));
        assertThat(question.partsNotWrittenIn("cy")).containsExactly(WelshGap.Part.QUESTION_OPTIONS);
        question.replaceOptions("cy", java.util.List.of("Cost", "Amser"));
        assertThat(question.partsNotWrittenIn("cy")).isEmpty();
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
    @DisplayName("Under the Welsh Language Standards a consultation written in Welsh needs its public reasons in Welsh too")
    void welshReasonsForWindowChanges() {
        var during = OPENS.plus(Duration.ofDays(10));
        var englishOnly = new Consultation("e", new ConsultationText("Title", "Summary"), window);
        englishOnly.publish(OPENS.minus(Duration.ofDays(1)));
        assertThat(englishOnly.reasonLanguages(true)).as("no Welsh page to show it on").containsExactly("en");
        englishOnly.closeEarly(during, java.util.Map.of("en", "The service closed."), true);

        var consultation = new Consultation("c", new ConsultationText("Title", "Summary"), window);
        consultation.putText("cy", new ConsultationText("Teitl", "Crynodeb"));
        consultation.publish(OPENS.minus(Duration.ofDays(1)));
        assertThat(consultation.reasonLanguages(false)).containsExactly("en");
        assertThat(consultation.reasonLanguages(true)).containsExactly("en", "cy");
        var later = window.closesAt().plus(Duration.ofDays(7));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.extend(later, java.util.Map.of("en", "More time", "cy", " "), true, during))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessage("consultation.rule.changeNeedsWelshReason");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.closeEarly(during, java.util.Map.of("en", "Stopped"), true))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessage("consultation.rule.changeNeedsWelshReason");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> consultation.withdraw(during, java.util.Map.of("en", "Dropped"), true))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessage("consultation.rule.changeNeedsWelshReason");
        assertThat(consultation.getWindowChange()).as("nothing changed").isNull();

        consultation.extend(later, java.util.Map.of("en", "More time", "cy", "Mwy o amser"), true, during);
        assertThat(consultation.textIn("cy").getWindowChangeReason()).isEqualTo("Mwy o amser");
    }

    @Test
    @DisplayName("A reader is shown the public reason in their language where written, else the English one: it is never lost")
    void reasonShownInEnglishWhereNotTranslated() {
        var during = OPENS.plus(Duration.ofDays(10));
        var consultation = new Consultation("c", new ConsultationText("Title", "Summary"), window);
        consultation.putText("cy", new ConsultationText("Teitl", "Crynodeb"));
        consultation.publish(OPENS.minus(Duration.ofDays(1)));

        consultation.extend(window.closesAt().plus(Duration.ofDays(7)), java.util.Map.of("en", "More time", "cy", "Mwy o amser"), during);
        assertThat(consultation.windowChangeReasonLanguage("cy")).isEqualTo("cy");

        consultation.closeEarly(during, java.util.Map.of("en", "The service closed.", "cy", ""));
        assertThat(consultation.windowChangeReasonLanguage("cy")).as("not the Welsh reason for extending").isEqualTo("en");
        assertThat(consultation.textIn(consultation.windowChangeReasonLanguage("cy")).getWindowChangeReason())
                .isEqualTo("The service closed.");
        assertThat(consultation.windowChangeReasonLanguage("ur")).isEqualTo("en");

        var shorter = new Consultation("s", new ConsultationText("Title", "Summary").withShorterPeriodReason("Budget."),
                new ResponseWindow(OPENS, OPENS.plus(Duration.ofDays(56))));
        shorter.putText("cy", new ConsultationText("Teitl", "Crynodeb"));
        assertThat(shorter.shorterPeriodReasonLanguage("cy")).isEqualTo("en");
        shorter.putText("cy", new ConsultationText("Teitl", "Crynodeb").withShorterPeriodReason("Cyllideb."));
        assertThat(shorter.shorterPeriodReasonLanguage("cy")).isEqualTo("cy");
        assertThat(shorter.shorterPeriodReasonLanguage("en")).isEqualTo("en");
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
