package org.involveportal.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.involveportal.consultation.Question;
import org.involveportal.consultation.QuestionText;
import org.involveportal.consultation.QuestionType;
import org.involveportal.response.ResponseTallies.QuestionValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What one response adds to the tallies: the same as counting its rows the way the analysis counts them. */
class ResponseTalliesTest {

    private final Question agree = question(11, QuestionType.SINGLE_CHOICE);
    private final Question ways = question(12, QuestionType.MULTIPLE_CHOICE);
    private final Question order = question(13, QuestionType.RANKING);
    private final Question rating = question(14, QuestionType.RATING);
    private final Question words = question(15, QuestionType.FREE_TEXT);

    private final Map<Long, QuestionType> types = Map.of(11L, QuestionType.SINGLE_CHOICE, 12L, QuestionType.MULTIPLE_CHOICE,
            13L, QuestionType.RANKING, 14L, QuestionType.RATING, 15L, QuestionType.FREE_TEXT, 16L, QuestionType.SINGLE_CHOICE);

    @Test
    @DisplayName("Each question answered counts once; each option chosen, the rating and the option ranked first count as values; free text has none")
    void countsAsTheAnalysisCounts() {
        var answers = new ArrayList<ResponseAnswer>();
        answers.addAll(ResponseAnswer.of(agree, List.of("2")));
        answers.addAll(ResponseAnswer.of(ways, List.of("3", "1")));
        // ranks given to options 1, 2, 3: option 3 is ranked first
        answers.addAll(ResponseAnswer.of(order, List.of("2", "3", "1")));
        answers.addAll(ResponseAnswer.of(rating, List.of("4")));
        answers.addAll(ResponseAnswer.of(words, List.of("More respite")));

        var change = ResponseTallies.of(7, AnsweringAs.CARER, Channel.PAPER, Instant.parse("2027-01-07T10:00:00Z"), answers, types);

        assertThat(change.consultationId()).isEqualTo(7);
        assertThat(change.answeringAs()).isEqualTo(AnsweringAs.CARER);
        assertThat(change.channel()).isEqualTo(Channel.PAPER);
        assertThat(change.answered()).containsExactly(11L, 12L, 13L, 14L, 15L);
        assertThat(change.values()).containsExactly(
                Map.entry(new QuestionValue(11, 2), 1L),
                Map.entry(new QuestionValue(12, 1), 1L),
                Map.entry(new QuestionValue(12, 3), 1L),
                Map.entry(new QuestionValue(13, 3), 1L),
                Map.entry(new QuestionValue(14, 4), 1L));
    }

    @Test
    @DisplayName("Rows come in key order whatever order the answers were given in, so concurrent upserts lock in one order")
    void rowsInKeyOrder() {
        var answers = new ArrayList<ResponseAnswer>();
        answers.addAll(ResponseAnswer.of(rating, List.of("5")));
        answers.addAll(ResponseAnswer.of(ways, List.of("4", "2", "3")));
        answers.addAll(ResponseAnswer.of(agree, List.of("1")));

        var change = ResponseTallies.of(7, AnsweringAs.OTHER, Channel.ONLINE, Instant.parse("2027-01-07T10:00:00Z"), answers, types);

        assertThat(change.answered()).containsExactly(11L, 12L, 14L);
        assertThat(change.values().keySet()).containsExactly(new QuestionValue(11, 1), new QuestionValue(12, 2),
                new QuestionValue(12, 3), new QuestionValue(12, 4), new QuestionValue(14, 5));
    }

    @Test
    @DisplayName("A response with no answers counts as a response and nothing else")
    void noAnswers() {
        var change = ResponseTallies.of(7, AnsweringAs.OTHER, Channel.ONLINE, Instant.parse("2027-01-07T10:00:00Z"), List.of(), types);

        assertThat(change.answered()).isEmpty();
        assertThat(change.values()).isEmpty();
        assertThat(change.week()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    @DisplayName("An answer to a question the consultation does not have is refused, not counted nowhere")
    void unknownQuestion() {
        var answers = ResponseAnswer.of(question(99, QuestionType.SINGLE_CHOICE), List.of("1"));

        assertThatThrownBy(() -> ResponseTallies.of(7, AnsweringAs.OTHER, Channel.ONLINE, Instant.now(), answers, types))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("The week is the Monday on or before the UTC day, as date(submitted_at - interval weekday(submitted_at) day)")
    void weekStartsOnMondayInUtc() {
        assertThat(ResponseTallies.week(Instant.parse("2027-01-04T00:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(ResponseTallies.week(Instant.parse("2027-01-10T23:59:59.999999Z"))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(ResponseTallies.week(Instant.parse("2027-01-11T00:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 11));
        // late on a Sunday in London summer time is already Monday in London, still Sunday in UTC
        assertThat(ResponseTallies.week(Instant.parse("2027-06-13T23:30:00Z"))).isEqualTo(LocalDate.of(2027, 6, 7));
        // across a year's end
        assertThat(ResponseTallies.week(Instant.parse("2027-01-01T12:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    @DisplayName("Rebuilding one consultation's tallies touches only that consultation")
    void rebuildIsForOneConsultation() {
        var statements = ResponseTallies.rebuild(42);

        assertThat(statements).hasSize(6);
        assertThat(statements).allMatch(sql -> sql.contains("= 42"));
    }

    private static Question question(long id, QuestionType type) {
        var question = new Question(type, 1, false, new QuestionText("Question " + id, null));
        try {
            var field = Question.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(question, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return question;
    }
}
