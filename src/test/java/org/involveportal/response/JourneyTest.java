package org.involveportal.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationText;
import org.involveportal.consultation.Question;
import org.involveportal.consultation.QuestionText;
import org.involveportal.consultation.QuestionType;
import org.involveportal.consultation.ResponseWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JourneyTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

    private final Question agree = question(11, QuestionType.SINGLE_CHOICE, 1, true).withOption("Yes").withOption("No");
    private final Question ways = question(12, QuestionType.MULTIPLE_CHOICE, 1, false).withOption("A").withOption("B");
    private final Question order = question(13, QuestionType.RANKING, 3, false).withOption("A").withOption("B").withOption("C");
    private final Question rating = question(14, QuestionType.RATING, 3, false);
    private final Question words = question(15, QuestionType.FREE_TEXT, 3, false).withMaxLength(10);
    private final Consultation consultation = consultation(agree, ways, order, rating, words);
    private final Journey journey = new Journey(consultation);

    @Test
    @DisplayName("Steps run answering as, each question page in order (gaps allowed), contact, check")
    void steps() {
        assertThat(journey.steps()).containsExactly("answering-as", "questions/1", "questions/3", "contact", "check");
        assertThat(journey.next("answering-as")).isEqualTo("questions/1");
        assertThat(journey.next("questions/1")).isEqualTo("questions/3");
        assertThat(journey.next("questions/3")).isEqualTo("contact");
        assertThat(journey.next("check")).isEqualTo("check");
        assertThat(journey.previous("answering-as")).isEmpty();
        assertThat(journey.previous("questions/3")).contains("questions/1");
        assertThat(journey.previous("check")).contains("contact");
        assertThat(journey.questionsOn(3)).containsExactly(order, rating, words);
    }

    @Test
    @DisplayName("Coming back carries on at the first step not done")
    void firstUnfinished() {
        var draft = new ResponseDraft(consultation, "en", NOW);
        assertThat(journey.firstUnfinished(draft)).isEqualTo("answering-as");

        draft.setAnsweringAs(AnsweringAs.CARER);
        assertThat(journey.firstUnfinished(draft)).as("a required question unanswered").isEqualTo("questions/1");

        draft.putAnswers(Map.of(11L, List.of("1")));
        assertThat(journey.firstUnfinished(draft)).as("a page with nothing on it yet").isEqualTo("questions/3");

        draft.putAnswers(Map.of(15L, List.of("Hello")));
        assertThat(journey.firstUnfinished(draft)).isEqualTo("contact");

        draft.setContact(ContactDetails.anonymous());
        assertThat(journey.firstUnfinished(draft)).isEqualTo("check");
        assertThat(journey.isComplete(draft)).isTrue();

        draft.putAnswers(Map.of(15L, List.of("Far too long for ten")));
        assertThat(journey.firstUnfinished(draft)).as("an answer with a problem").isEqualTo("questions/3");
        assertThat(journey.isComplete(draft)).isFalse();
        assertThat(journey.problems(draft)).containsOnly(Map.entry(words, "answer.error.tooLong"));
    }

    @Test
    @DisplayName("A draft keeps values as typed and in order; blank ones are dropped; replacing a question's answer replaces all its values")
    void draftAnswers() {
        var draft = new ResponseDraft(consultation, "en", NOW);
        draft.putAnswers(Map.of(12L, List.of("2", "1"), 13L, List.of("3", "", "1")));
        assertThat(draft.answerTo(12)).containsExactly("2", "1");
        assertThat(draft.answerTo(13)).containsExactly("3", "1");

        draft.putAnswers(Map.of(12L, List.of("1")));
        assertThat(draft.answerTo(12)).containsExactly("1");
        assertThat(draft.answerTo(13)).containsExactly("3", "1");
        assertThat(draft.getToken()).matches("[A-Za-z0-9_-]{43}")
                .isNotEqualTo(new ResponseDraft(consultation, "en", NOW).getToken());
    }

    @Test
    @DisplayName("Once sent, a draft keeps only its reference: no answers, no contact details")
    void sentDraftForgetsAnswers() {
        var draft = new ResponseDraft(consultation, "en", NOW);
        draft.setAnsweringAs(AnsweringAs.CARER);
        draft.putAnswers(Map.of(11L, List.of("1")));
        draft.setContact(new ContactDetails(ContactDetails.Way.EMAIL, "Siân", "sian@example.org", null, null));
        draft.markSent("RS-ABCD-EFGH", NOW);

        assertThat(draft.isSent()).isTrue();
        assertThat(draft.answerTo(11)).isEmpty();
        assertThat(draft.getContact().getWay()).isNull();
        assertThat(draft.getAnsweringAs()).isNull();
        assertThat(draft.getSentReference()).isEqualTo("RS-ABCD-EFGH");
    }

    @Test
    @DisplayName("Sent answers become rows for counting: options, ratings, ranks by option, text as typed")
    void answerRows() {
        assertThat(ResponseAnswer.of(ways, List.of("2", "1"))).extracting(ResponseAnswer::getOptionNumber).containsExactly(2, 1);
        var ranks = ResponseAnswer.of(order, List.of("2", "3", "1"));
        assertThat(ranks).extracting(ResponseAnswer::getOptionNumber).containsExactly(1, 2, 3);
        assertThat(ranks).extracting(ResponseAnswer::getNumberValue).containsExactly(2, 3, 1);
        assertThat(ResponseAnswer.of(rating, List.of("4"))).extracting(ResponseAnswer::getNumberValue).containsExactly(4);
        assertThat(ResponseAnswer.of(words, List.of("<b>😀</b>"))).extracting(ResponseAnswer::getTextValue).containsExactly("<b>😀</b>");
    }

    @Test
    @DisplayName("The start page's estimate: a minute a choice, three a free-text question, at least five, in fives")
    void minutesToAnswer() {
        assertThat(journey.minutesToAnswer()).isEqualTo(10); // 4 choices + 3 for text + 2 = 9, rounded up
        assertThat(new Journey(consultation(question(1, QuestionType.SINGLE_CHOICE, 1, true).withOption("Yes")))
                .minutesToAnswer()).isEqualTo(5);
    }

    @Test
    @DisplayName("About-you answers keep only real categories; anything else counts as skipped")
    void equalityCategories() {
        assertThat(EqualityQuestion.ETHNIC_GROUP.getOptions()).endsWith(EqualityQuestion.PREFER_NOT_TO_SAY);
        assertThat(EqualityQuestion.AGE_GROUP.accept("35_44")).isEqualTo("35_44");
        assertThat(EqualityQuestion.AGE_GROUP.accept("FEMALE")).isNull();
        assertThat(EqualityQuestion.SEX.accept("PREFER_NOT_TO_SAY")).isEqualTo("PREFER_NOT_TO_SAY");
        assertThat(new EqualityAnswers(1, Map.of(EqualityQuestion.SEX, "<script>")).isEmpty()).isTrue();
        assertThat(new EqualityAnswers(1, Map.of(EqualityQuestion.SEX, "MALE")).isEmpty()).isFalse();
    }

    private static Question question(long id, QuestionType type, int page, boolean required) {
        var question = new Question(type, page, required, new QuestionText("Question " + id, null));
        try {
            var field = Question.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(question, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return question;
    }

    private static Consultation consultation(Question... questions) {
        var consultation = new Consultation("test", new ConsultationText("Test", "Summary"),
                new ResponseWindow(NOW.minus(1, ChronoUnit.DAYS), NOW.plus(90, ChronoUnit.DAYS)));
        for (Question question : questions) {
            consultation.addQuestion(question);
        }
        return consultation;
    }
}
