package org.involveportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuestionFormTest {

    /** A request carrying only the given form fields. */
    private static HttpServletRequest posted(Map<String, String> fields) {
        return (HttpServletRequest) Proxy.newProxyInstance(QuestionFormTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getParameter") ? fields.get((String) args[0]) : null);
    }

    @Test
    @DisplayName("A choice question needs English words and at least two options; Welsh, if started, needs the same number of options")
    void choiceProblems() {
        var form = QuestionForm.from(posted(Map.of("type", "SINGLE_CHOICE", "page", "1", "options-en", "Yes\n",
                "options-cy", "Ie\nNa\nEfallai")));

        assertThat(form.problems()).containsExactly(
                Map.entry("text-en", "question.error.text"),
                Map.entry("options-en", "question.error.options"),
                Map.entry("text-cy", "question.error.textTranslation"),
                Map.entry("options-cy", "question.error.optionsMatch"));
    }

    @Test
    @DisplayName("Page, length and scale must be numbers in range; an untouched Welsh section is simply not translated")
    void numbersInRange() {
        assertThat(QuestionForm.from(posted(Map.of("type", "FREE_TEXT", "page", "0", "max-length", "20000", "text-en", "Tell us"))).problems())
                .containsOnlyKeys("page", "max-length");
        assertThat(QuestionForm.from(posted(Map.of("type", "RATING", "page", "2", "scale-max", "11", "text-en", "Rate"))).problems())
                .containsOnlyKeys("scale-max");
        assertThat(QuestionForm.from(posted(Map.of("type", "NOT_A_TYPE", "page", "2", "text-en", "Rate"))).problems())
                .containsOnlyKeys("type");
        assertThat(QuestionForm.from(posted(Map.of("type", "RATING", "page", "2", "scale-max", "7", "text-en", "Rate"))).problems())
                .isEmpty();
    }

    @Test
    @DisplayName("A question's easy read: a known picture, and what it shows in each language with easy-read wording; kept as"
            + " typed and saved on the question")
    void easyReadWordingAndPicture() {
        var pictures = java.util.List.of("people", "speech");
        var unknown = QuestionForm.from(posted(Map.of("type", "FREE_TEXT", "page", "1", "max-length", "500", "text-en", "What do you think of day centres?",
                "easy-read-picture", "unicorn", "easy-read-en", "Tell us about day centres.")));
        assertThat(unknown.problems(pictures)).containsExactly(
                Map.entry("easy-read-picture", "easyRead.check.picture"),
                Map.entry("easy-read-alt-en", "easyRead.check.alt"));
        assertThat(unknown.problems()).as("the words alone are fine").isEmpty();

        var form = QuestionForm.from(posted(Map.of("type", "FREE_TEXT", "page", "1", "max-length", "500", "text-en", "What do you think of day centres?",
                "easy-read-picture", "people", "easy-read-en", "Tell us about day centres.", "easy-read-alt-en", "Two people",
                "text-cy", "Beth yw eich barn am ganolfannau dydd?", "easy-read-cy", "Dywedwch wrthym am ganolfannau dydd.",
                "easy-read-alt-cy", "Dau berson")));
        assertThat(form.problems(pictures)).isEmpty();

        var question = form.toQuestion();
        form.applyWordsTo(question);
        assertThat(question.getEasyReadPicture()).isEqualTo("people");
        assertThat(question.textIn("cy").getEasyRead()).isEqualTo("Dywedwch wrthym am ganolfannau dydd.");
        assertThat(question.textIn("cy").getEasyReadAlt()).isEqualTo("Dau berson");
        var again = QuestionForm.from(question);
        assertThat(again.getEasyReadPicture()).isEqualTo("people");
        assertThat(again.words("en").getEasyRead()).isEqualTo("Tell us about day centres.");
        assertThat(again.words("en").getEasyReadAlt()).isEqualTo("Two people");
    }

    @Test
    @DisplayName("What is saved comes back the same in the form, in both languages, options one a line")
    void roundTrip() {
        var start = Instant.parse("2027-01-04T00:00:00Z");
        var consultation = new Consultation("c", new ConsultationText("T", "S"), new ResponseWindow(start, start.plus(Duration.ofDays(90))));
        var typed = QuestionForm.from(posted(Map.of("type", "RANKING", "page", "3", "required", "true",
                "text-en", "Put these in order", "hint-en", "1 is most important",
                "options-en", "Transport\n  Respite \nMeals", "text-cy", "Rhowch y rhain mewn trefn",
                "options-cy", "Trafnidiaeth\nSeibiant\nPrydau")));
        assertThat(typed.problems()).isEmpty();

        var question = typed.toQuestion();
        consultation.addQuestion(question);
        question.revise(typed.questionType(), typed.pageNumber(), typed.isRequiredChecked(), typed.maxLengthNumber(), typed.scaleNumber());
        typed.applyWordsTo(question);

        assertThat(question.optionLabels("cy")).containsExactly("Trafnidiaeth", "Seibiant", "Prydau");
        assertThat(question.optionLabels("en")).containsExactly("Transport", "Respite", "Meals");
        assertThat(question.getPage()).isEqualTo(3);
        var shown = QuestionForm.from(question);
        assertThat(shown.words("en").getOptions()).isEqualTo("Transport\nRespite\nMeals");
        assertThat(shown.words("cy").getText()).isEqualTo("Rhowch y rhain mewn trefn");
        assertThat(shown.words("cy").getHint()).isEmpty();
        assertThat(shown.isRequired()).isTrue();
        assertThat(shown.getType()).isEqualTo("RANKING");
    }
}
