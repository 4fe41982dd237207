package org.involveportal.analysis;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.involveportal.response.AnsweringAs;
import org.involveportal.response.Channel;

/**
 * Counting sent responses for analysis. The figures come from the tallies kept as responses are sent,
 * entered and deleted ({@link org.involveportal.response.ResponseTallies}): a few hundred rows summed in
 * the database, whatever the number of answers, each equal to counting the rows. Theme counts are
 * counted from the codings, which are few. Every method that takes an {@link AnsweringAs} counts only
 * responses given as that (null: everyone). Free-text answers are read a page at a time.
 */
@Stateless
public class AnalysisService {

    /** Free-text answers shown on one page. */
    public static final int PAGE_SIZE = 25;

    /** One theme analysts created for a free-text question. */
    public record Theme(long id, long questionId, String name) {
    }

    /** One free-text answer with the ids of the themes it is coded with. */
    public record FreeTextAnswer(long responseId, String text, Set<Long> themeIds) {
    }

    /** One page of free-text answers and how many match in all. */
    public record FreeTextPage(long total, List<FreeTextAnswer> answers) {
    }

    /** One free-text answer for an export: the question, the words, its themes' names. */
    public record ExportedAnswer(long questionId, String text, String themes) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    // ---- for the feedback page: how many took part and how ----

    /** How many responses were sent to a consultation, every channel together. */
    public long sentResponses(long consultationId) {
        return sentResponses(consultationId, null);
    }

    /** Sent responses by channel (online, paper, phone, ...); channels with none are 0. */
    public Map<Channel, Long> sentResponsesByChannel(long consultationId) {
        return sentResponsesByChannel(consultationId, null);
    }

    /** Sent responses by who people answered as; groups with none are 0. */
    public Map<AnsweringAs, Long> sentResponsesByAnsweringAs(long consultationId) {
        return sentResponsesByAnsweringAs(consultationId, null);
    }

    // ---- with the answering-as filter ----

    public long sentResponses(long consultationId, AnsweringAs answeringAs) {
        var query = filtered("select coalesce(sum(t.n), 0) from response_tally t where t.consultation_id = ?1", consultationId,
                answeringAs, "");
        return number(query.getSingleResult());
    }

    public Map<Channel, Long> sentResponsesByChannel(long consultationId, AnsweringAs answeringAs) {
        var counts = new EnumMap<Channel, Long>(Channel.class);
        Arrays.stream(Channel.values()).forEach(channel -> counts.put(channel, 0L));
        for (Object[] row : rows(filtered("select t.channel, sum(t.n) from response_tally t where t.consultation_id = ?1",
                consultationId, answeringAs, " group by t.channel"))) {
            counts.put(Channel.valueOf((String) row[0]), number(row[1]));
        }
        return counts;
    }

    public Map<AnsweringAs, Long> sentResponsesByAnsweringAs(long consultationId, AnsweringAs answeringAs) {
        var counts = new EnumMap<AnsweringAs, Long>(AnsweringAs.class);
        Arrays.stream(AnsweringAs.values()).forEach(group -> counts.put(group, 0L));
        for (Object[] row : rows(filtered("select t.answering_as, sum(t.n) from response_tally t where t.consultation_id = ?1",
                consultationId, answeringAs, " group by t.answering_as"))) {
            counts.put(AnsweringAs.valueOf((String) row[0]), number(row[1]));
        }
        return counts;
    }

    /** Responses sent in each week (weeks start on Monday, by the day in UTC), oldest first; empty weeks left out. */
    public Map<LocalDate, Long> sentResponsesByWeek(long consultationId, AnsweringAs answeringAs) {
        var counts = new LinkedHashMap<LocalDate, Long>();
        for (Object[] row : rows(filtered("select t.week, sum(t.n) from response_tally t where t.consultation_id = ?1",
                consultationId, answeringAs, " group by t.week having sum(t.n) > 0 order by t.week"))) {
            counts.put(LocalDate.parse(row[0].toString()), number(row[1]));
        }
        return counts;
    }

    /** Sent responses of every consultation, by consultation id. */
    public Map<Long, Long> sentResponsesPerConsultation() {
        var counts = new HashMap<Long, Long>();
        for (Object[] row : rows(em.createNativeQuery("select consultation_id, sum(n) from response_tally"
                + " group by consultation_id having sum(n) > 0"))) {
            counts.put(number(row[0]), number(row[1]));
        }
        return counts;
    }

    /**
     * For each question, how many responses answered it: the base of its percentages.
     */
    public Map<Long, Long> answeredPerQuestion(long consultationId, AnsweringAs answeringAs) {
        var counts = new HashMap<Long, Long>();
        for (Object[] row : rows(filtered("select t.question_id, sum(t.n) from question_tally t join question q on q.id = t.question_id"
                + " where q.consultation_id = ?1", consultationId, answeringAs, " group by t.question_id having sum(t.n) > 0"))) {
            counts.put(number(row[0]), number(row[1]));
        }
        return counts;
    }

    /**
     * For each question, the count of each value: the option chosen (choices), the rating given
     * (ratings), or the option ranked first (rankings). Free text is not counted here.
     */
    public Map<Long, Map<Integer, Long>> valueCounts(long consultationId, AnsweringAs answeringAs) {
        var counts = new HashMap<Long, Map<Integer, Long>>();
        for (Object[] row : rows(filtered("select t.question_id, t.value, sum(t.n) from answer_tally t join question q on q.id = t.question_id"
                + " where q.consultation_id = ?1", consultationId, answeringAs, " group by t.question_id, t.value having sum(t.n) > 0"))) {
            counts.computeIfAbsent(number(row[0]), id -> new HashMap<>()).put((int) number(row[1]), number(row[2]));
        }
        return counts;
    }

    // ---- themes ----

    public List<Theme> themes(long consultationId) {
        var themes = new ArrayList<Theme>();
        for (Object[] row : rows(em.createNativeQuery("select t.id, t.question_id, t.name from analysis_theme t"
                + " join question q on q.id = t.question_id where q.consultation_id = ?1 order by t.name, t.id")
                .setParameter(1, consultationId))) {
            themes.add(new Theme(number(row[0]), number(row[1]), (String) row[2]));
        }
        return themes;
    }

    /** How many answers are coded with each theme of a consultation, by theme id (only answers the filter lets through). */
    public Map<Long, Long> themeCounts(long consultationId, AnsweringAs answeringAs) {
        String sql = "select t.id, count(r.id) from analysis_theme t join question q on q.id = t.question_id"
                + " left join analysis_coding c on c.theme_id = t.id"
                + " left join response r on r.id = c.response_id" + (answeringAs == null ? "" : " and r.answering_as = ?2")
                + " where q.consultation_id = ?1 group by t.id";
        var counts = new HashMap<Long, Long>();
        for (Object[] row : rows(query(sql, consultationId, answeringAs))) {
            counts.put(number(row[0]), number(row[1]));
        }
        return counts;
    }

    /** Adds a theme to a free-text question; false if the question already has one of that name. */
    public boolean createTheme(long questionId, String name) {
        long same = number(em.createNativeQuery("select count(*) from analysis_theme where question_id = ?1 and name = ?2")
                .setParameter(1, questionId).setParameter(2, name).getSingleResult());
        if (same > 0) {
            return false;
        }
        em.createNativeQuery("insert into analysis_theme (question_id, name, created_at) values (?1, ?2, ?3)")
                .setParameter(1, questionId).setParameter(2, name).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        return true;
    }

    /**
     * Sets the themes of the answers shown on a page: for each response id, exactly the theme ids
     * given. Responses that did not answer this question, and themes of other questions, are ignored.
     */
    public void code(long consultationId, long questionId, Map<Long, Set<Long>> themesByResponse) {
        if (themesByResponse.isEmpty()) {
            return;
        }
        Set<Long> questionThemes = themes(consultationId).stream().filter(t -> t.questionId() == questionId)
                .map(Theme::id).collect(Collectors.toSet());
        String ids = themesByResponse.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        Set<Long> answered = new HashSet<>();
        for (Object id : em.createNativeQuery("select a.response_id from response_answer a join response r on r.id = a.response_id"
                + " where a.question_id = ?1 and r.consultation_id = ?2 and a.response_id in (" + ids + ")")
                .setParameter(1, questionId).setParameter(2, consultationId).getResultList()) {
            answered.add(number(id));
        }
        if (answered.isEmpty() || questionThemes.isEmpty()) {
            return;
        }
        String themeIds = questionThemes.stream().map(String::valueOf).collect(Collectors.joining(","));
        String responseIds = answered.stream().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("delete from analysis_coding where theme_id in (" + themeIds + ") and response_id in ("
                + responseIds + ")").executeUpdate();
        for (long responseId : answered) {
            for (long themeId : themesByResponse.get(responseId)) {
                if (questionThemes.contains(themeId)) {
                    em.createNativeQuery("insert into analysis_coding (theme_id, response_id) values (?1, ?2)")
                            .setParameter(1, themeId).setParameter(2, responseId).executeUpdate();
                }
            }
        }
    }

    // ---- free text ----

    /** One page (from 1) of a free-text question's answers, oldest first, optionally only those containing some words. */
    public FreeTextPage freeText(long consultationId, long questionId, AnsweringAs answeringAs, String search, int page) {
        String like = search == null || search.isBlank() ? null : "%" + escapeLike(search.trim()) + "%";
        // responses first, in the order of ix_response_consultation (consultation_id, submitted_at, and the id
        // InnoDB adds), each answer found by its primary key: a page stops after its 25, where joining from
        // the answers sorted every answer to the question in a temporary table first
        String from = " from response r straight_join response_answer a on a.response_id = r.id"
                + " where a.question_id = ?1 and r.consultation_id = ?2"
                + (answeringAs == null ? "" : " and r.answering_as = ?3")
                + (like == null ? "" : " and a.text_value like ?4 escape '!'");
        var count = em.createNativeQuery("select count(*)" + from);
        int first = Math.max(0, page - 1) * PAGE_SIZE;
        var list = em.createNativeQuery("select a.response_id, a.text_value" + from + " order by r.submitted_at, r.id"
                + " limit " + PAGE_SIZE + " offset " + first);
        for (Query query : List.of(count, list)) {
            query.setParameter(1, questionId).setParameter(2, consultationId);
            if (answeringAs != null) {
                query.setParameter(3, answeringAs.name());
            }
            if (like != null) {
                query.setParameter(4, like);
            }
        }
        long total = number(count.getSingleResult());
        var answers = new ArrayList<FreeTextAnswer>();
        var byResponse = new LinkedHashMap<Long, Set<Long>>();
        List<Object[]> found = rows(list);
        for (Object[] row : found) {
            byResponse.put(number(row[0]), new HashSet<>());
        }
        if (!byResponse.isEmpty()) {
            String ids = byResponse.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
            for (Object[] row : rows(em.createNativeQuery("select c.response_id, c.theme_id from analysis_coding c"
                    + " join analysis_theme t on t.id = c.theme_id where t.question_id = ?1 and c.response_id in (" + ids + ")")
                    .setParameter(1, questionId))) {
                byResponse.get(number(row[0])).add(number(row[1]));
            }
        }
        for (Object[] row : found) {
            answers.add(new FreeTextAnswer(number(row[0]), (String) row[1], byResponse.get(number(row[0]))));
        }
        return new FreeTextPage(total, answers);
    }

    /** Every free-text answer of a consultation with its themes, for an export (no reference, no contact details). */
    public List<ExportedAnswer> freeTextForExport(long consultationId, AnsweringAs answeringAs) {
        String sql = "select a.question_id, a.text_value,"
                + " (select group_concat(t.name order by t.name separator '; ') from analysis_coding c"
                + " join analysis_theme t on t.id = c.theme_id where c.response_id = a.response_id and t.question_id = a.question_id)"
                + " from response_answer a join response r on r.id = a.response_id"
                + " where r.consultation_id = ?1 and a.text_value is not null"
                + (answeringAs == null ? "" : " and r.answering_as = ?2")
                + " order by a.question_id, r.submitted_at, r.id";
        var answers = new ArrayList<ExportedAnswer>();
        for (Object[] row : rows(query(sql, consultationId, answeringAs))) {
            answers.add(new ExportedAnswer(number(row[0]), (String) row[1], row[2] == null ? "" : row[2].toString()));
        }
        return answers;
    }

    static String escapeLike(String words) {
        return words.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    // ---- plumbing ----

    /** A statement over a tally ({@code t}), for everyone or only those who answered as one group. */
    private Query filtered(String sql, long consultationId, AnsweringAs answeringAs, String tail) {
        return query(sql + (answeringAs == null ? "" : " and t.answering_as = ?2") + tail, consultationId, answeringAs);
    }

    private Query query(String sql, long consultationId, AnsweringAs answeringAs) {
        var query = em.createNativeQuery(sql).setParameter(1, consultationId);
        if (answeringAs != null) {
            query.setParameter(2, answeringAs.name());
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
