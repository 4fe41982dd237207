package org.involveportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuestionTest {

    private static Question choice(QuestionType type, boolean required) {
        return new Question(type, 1, required, new QuestionText("Which?", null))
                .withOption("Yes").withOption("No").withOption("Not sure");
    }

    private static List<String> answer(String... values) {
        return Arrays.asList(values);
    }

    @Test
    @DisplayName("A required question needs an answer; an optional one may be left blank")
    void requiredOrOptional() {
        assertThat(choice(QuestionType.SINGLE_CHOICE, true).problemWith(answer())).contains("answer.error.required.choose");
        assertThat(choice(QuestionType.SINGLE_CHOICE, true).problemWith(answer("  "))).contains("answer.error.required.choose");
        assertThat(choice(QuestionType.MULTIPLE_CHOICE, true).problemWith(null)).contains("answer.error.required.chooseAny");
        assertThat(choice(QuestionType.SINGLE_CHOICE, false).problemWith(answer())).isEmpty();
    }

    @Test
    @DisplayName("Choices must be options of the question, once each")
    void choices() {
        var single = choice(QuestionType.SINGLE_CHOICE, true);
        assertThat(single.problemWith(answer("2"))).isEmpty();
        assertThat(single.problemWith(answer("4"))).contains("answer.error.chooseOne");
        assertThat(single.problemWith(answer("1", "2"))).contains("answer.error.chooseOne");
        assertThat(single.problemWith(answer("<script>"))).contains("answer.error.chooseOne");

        var multiple = choice(QuestionType.MULTIPLE_CHOICE, false);
        assertThat(multiple.problemWith(answer("1", "3"))).isEmpty();
        assertThat(multiple.problemWith(answer("1", "1"))).contains("answer.error.chooseFromList");
        assertThat(multiple.problemWith(answer("0"))).contains("answer.error.chooseFromList");
    }

    @Test
    @DisplayName("Free text is limited in characters as people count them: emoji and Welsh letters count as one")
    void freeTextLength() {
        var text = new Question(QuestionType.FREE_TEXT, 1, true, new QuestionText("Tell us", null)).withMaxLength(5);
        assertThat(text.problemWith(answer("ŵ😀ŷ✓a"))).isEmpty();
        assertThat(text.problemWith(answer("ŵ😀ŷ✓ab"))).contains("answer.error.tooLong");
        assertThat(text.problemWith(answer())).contains("answer.error.required.text");
        assertThat(new Question(QuestionType.FREE_TEXT, 1, false, new QuestionText("T", null)).getMaxLength())
                .isEqualTo(Question.DEFAULT_MAX_LENGTH);
    }

    @Test
    @DisplayName("A rating is a whole number on its scale")
    void rating() {
        var rating = new Question(QuestionType.RATING, 1, true, new QuestionText("How good?", null)).withScale(5);
        assertThat(rating.problemWith(answer("1"))).isEmpty();
        assertThat(rating.problemWith(answer("5"))).isEmpty();
        assertThat(rating.problemWith(answer("6"))).contains("answer.error.rating");
        assertThat(rating.problemWith(answer("2.5"))).contains("answer.error.rating");
    }

    @Test
    @DisplayName("A ranking gives every option a different rank")
    void ranking() {
        var ranking = choice(QuestionType.RANKING, true);
        assertThat(ranking.problemWith(answer("2", "1", "3"))).isEmpty();
        assertThat(ranking.problemWith(answer("1", "1", "3"))).contains("answer.error.ranking");
        assertThat(ranking.problemWith(answer("1", "2"))).contains("answer.error.ranking");
        assertThat(ranking.problemWith(answer("1", "2", "4"))).contains("answer.error.ranking");
    }

    @Test
    @DisplayName("Options keep their numbers across languages, falling back to English labels")
    void optionLabels() {
        var question = choice(QuestionType.SINGLE_CHOICE, true);
        question.putOptionLabel(1, "cy", "Ydw");
        question.putOptionLabel(2, "cy", "Nac ydw");

        assertThat(question.optionLabels("cy")).containsExactly("Ydw", "Nac ydw", "Not sure");
        assertThat(question.optionLabels("en")).containsExactly("Yes", "No", "Not sure");
        assertThat(question.optionCount()).isEqualTo(3);
    }
}
