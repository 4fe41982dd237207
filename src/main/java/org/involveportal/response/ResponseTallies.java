package org.involveportal.response;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.involveportal.consultation.QuestionType;

/**
 * The counts analysis reads (tables {@code response_tally}, {@code question_tally} and
 * {@code answer_tally}, migration V34), kept up to date in the transaction that sends, enters or
 * deletes a response. Each figure is what counting the rows of {@code response} and
 * {@code response_answer} gives, as the analysis used to: the response by answering-as, channel and
 * week; each question it answered; each value counted for a question (the option chosen, the rating,
 * the option ranked first; free text has none).
 *
 * <p>One multi-row upsert per table, its rows in primary-key order and the tables always in the same
 * order, so two responses counted at once wait for each other's rows but never deadlock.
 */
public final class ResponseTallies {

    /** One question's value: what {@code answer_tally} counts. Ordered as the table's key. */
    record QuestionValue(long questionId, int value) implements Comparable<QuestionValue> {
        @Override
        public int compareTo(QuestionValue other) {
            int byQuestion = Long.compare(questionId, other.questionId);
            return byQuestion != 0 ? byQuestion : Integer.compare(value, other.value);
        }
    }

    /** What one response adds to the tallies (or takes away, when it is deleted). */
    record Change(long consultationId, AnsweringAs answeringAs, Channel channel, LocalDate week,
                  SortedSet<Long> answered, SortedMap<QuestionValue, Long> values) {
    }

    private ResponseTallies() {
    }

    /** The week a response is counted in: its Monday, by the day in UTC (as {@code submitted_at} is kept). */
    static LocalDate week(Instant submittedAt) {
        return submittedAt.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** What a response with these answers adds, given the type of each question it answered. */
    static Change of(long consultationId, AnsweringAs answeringAs, Channel channel, Instant submittedAt,
                     Collection<ResponseAnswer> answers, Map<Long, QuestionType> types) {
        var answered = new TreeSet<Long>();
        var values = new TreeMap<QuestionValue, Long>();
        for (ResponseAnswer answer : answers) {
            answered.add(answer.getQuestionId());
            QuestionType type = types.get(answer.getQuestionId());
            if (type == null) {
                throw new IllegalArgumentException("An answer to a question of another consultation");
            }
            Integer value = switch (type) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> answer.getOptionNumber();
                case RATING -> answer.getNumberValue();
                // a ranking is counted by the option ranked first
                case RANKING -> Integer.valueOf(1).equals(answer.getNumberValue()) ? answer.getOptionNumber() : null;
                case FREE_TEXT -> null;
            };
            if (value != null) {
                values.merge(new QuestionValue(answer.getQuestionId(), value), 1L, Long::sum);
            }
        }
        return new Change(consultationId, answeringAs, channel, week(submittedAt), answered, values);
    }

    /** Adds a response just written (sign 1) or about to be deleted (sign -1), in the caller's transaction. */
    static void apply(EntityManager em, Change change, int sign) {
        String as = change.answeringAs().name();
        em.createNativeQuery("insert into response_tally (consultation_id, answering_as, channel, week, n)"
                        + " values (?1, ?2, ?3, ?4, ?5) on duplicate key update n = n + values(n)")
                .setParameter(1, change.consultationId()).setParameter(2, as).setParameter(3, change.channel().name())
                .setParameter(4, Date.valueOf(change.week())).setParameter(5, sign)
                .executeUpdate();
        if (!change.answered().isEmpty()) {
            var sql = new StringBuilder("insert into question_tally (question_id, answering_as, n) values ");
            var query = rows(em, sql, change.answered().size(), 3, " on duplicate key update n = n + values(n)");
            int p = 1;
            for (long questionId : change.answered()) {
                query.setParameter(p++, questionId).setParameter(p++, as).setParameter(p++, sign);
            }
            query.executeUpdate();
        }
        if (!change.values().isEmpty()) {
            var sql = new StringBuilder("insert into answer_tally (question_id, answering_as, value, n) values ");
            var query = rows(em, sql, change.values().size(), 4, " on duplicate key update n = n + values(n)");
            int p = 1;
            for (var entry : change.values().entrySet()) {
                query.setParameter(p++, entry.getKey().questionId()).setParameter(p++, as)
                        .setParameter(p++, entry.getKey().value()).setParameter(p++, sign * entry.getValue());
            }
            query.executeUpdate();
        }
    }

    /** A multi-row insert of {@code count} rows of {@code width} numbered parameters each. */
    private static jakarta.persistence.Query rows(EntityManager em, StringBuilder sql, int count, int width, String tail) {
        int p = 1;
        for (int row = 0; row < count; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 0; column < width; column++) {
                sql.append(column == 0 ? "" : ", ").append('?').append(p++);
            }
            sql.append(')');
        }
        return em.createNativeQuery(sql.append(tail).toString());
    }

    /**
     * The statements that count one consultation's responses afresh from the rows, as the migration
     * counted every consultation's: for responses written by SQL (tests, benchmarks) or to repair.
     */
    public static List<String> rebuild(long consultationId) {
        String c = Long.toString(consultationId);
        String questions = "(select q.id from question q where q.consultation_id = " + c + ")";
        String value = "case q.type when 'RATING' then a.number_value else a.option_number end";
        return List.of(
                "delete from response_tally where consultation_id = " + c,
                "delete from question_tally where question_id in " + questions,
                "delete from answer_tally where question_id in " + questions,
                "insert into response_tally (consultation_id, answering_as, channel, week, n)"
                        + " select r.consultation_id, r.answering_as, r.channel,"
                        + " date(r.submitted_at - interval weekday(r.submitted_at) day) as week, count(*)"
                        + " from response r where r.consultation_id = " + c
                        + " group by r.consultation_id, r.answering_as, r.channel, week",
                "insert into question_tally (question_id, answering_as, n)"
                        + " select a.question_id, r.answering_as, count(distinct a.response_id)"
                        + " from response_answer a join response r on r.id = a.response_id"
                        + " where a.question_id in " + questions + " group by a.question_id, r.answering_as",
                "insert into answer_tally (question_id, answering_as, value, n)"
                        + " select a.question_id, r.answering_as, " + value + " as v, count(*)"
                        + " from response_answer a join question q on q.id = a.question_id join response r on r.id = a.response_id"
                        + " where q.consultation_id = " + c + " and q.type <> 'FREE_TEXT' and (q.type <> 'RANKING' or a.number_value = 1)"
                        + " and " + value + " is not null group by a.question_id, r.answering_as, v");
    }
}
