package org.involveportal.equality;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.involveportal.platform.Percent;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.response.EqualityQuestion;

/**
 * The reach report: a consultation's equality answers counted in the database, beside the local
 * population baseline that staff enter. Counts go through {@link SmallNumbers} before anyone sees them.
 */
@Stateless
public class ReachService {

    /** The database column of each equality question (fixed names, never from a request). */
    static final Map<EqualityQuestion, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(EqualityQuestion.AGE_GROUP, "age_group");
        COLUMNS.put(EqualityQuestion.SEX, "sex");
        COLUMNS.put(EqualityQuestion.GENDER_AS_AT_BIRTH, "gender_as_at_birth");
        COLUMNS.put(EqualityQuestion.SEXUAL_ORIENTATION, "sexual_orientation");
        COLUMNS.put(EqualityQuestion.ETHNIC_GROUP, "ethnic_group");
        COLUMNS.put(EqualityQuestion.RELIGION, "religion");
        COLUMNS.put(EqualityQuestion.DISABILITY, "disability");
        COLUMNS.put(EqualityQuestion.CARER, "carer");
        COLUMNS.put(EqualityQuestion.WELSH_SPEAKER, "welsh_speaker");
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Baseline baseline() {
        var percents = new HashMap<String, BigDecimal>();
        for (Object[] row : rows(em.createNativeQuery("select question, category, percent from equality_baseline").getResultList())) {
            percents.put(row[0] + "." + row[1], new BigDecimal(row[2].toString()).setScale(1, RoundingMode.HALF_UP));
        }
        List<?> source = em.createNativeQuery("select label from equality_baseline_source where id = 1").getResultList();
        return new Baseline(source.isEmpty() ? "" : (String) source.get(0), percents);
    }

    /** Replaces the whole baseline. Keys "question.CATEGORY" must be real categories (the page checks). */
    public void saveBaseline(String source, Map<String, BigDecimal> percents, String actorEmail) {
        em.createNativeQuery("delete from equality_baseline").executeUpdate();
        for (var entry : percents.entrySet()) {
            String[] parts = entry.getKey().split("\\.", 2);
            em.createNativeQuery("insert into equality_baseline (question, category, percent) values (?, ?, ?)")
                    .setParameter(1, parts[0]).setParameter(2, parts[1]).setParameter(3, entry.getValue())
                    .executeUpdate();
        }
        em.createNativeQuery("delete from equality_baseline_source").executeUpdate();
        em.createNativeQuery("insert into equality_baseline_source (id, label, updated_at) values (1, ?, ?)")
                .setParameter(1, source).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
        audit.record(actorEmail, AuditAction.SETTING_CHANGED, "setting", "equality-baseline", "Population baseline: " + source);
    }

    /** How many filled in "about you" for a consultation, and each category's count, by "question.CATEGORY". */
    public Map<String, Long> counts(long consultationId) {
        // the id is a long, written into the query; column names come from COLUMNS only
        var sql = new StringBuilder("select 'total', 'all', count(*) from equality_answers where consultation_id = " + consultationId);
        for (var column : COLUMNS.entrySet()) {
            sql.append(" union all select '").append(column.getKey().getField()).append("', ").append(column.getValue())
                    .append(", count(*) from equality_answers where consultation_id = ").append(consultationId).append(" and ").append(column.getValue())
                    .append(" is not null group by ").append(column.getValue());
        }
        var counts = new HashMap<String, Long>();
        for (Object[] row : rows(em.createNativeQuery(sql.toString()).getResultList())) {
            counts.put(row[0] + "." + row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    /**
     * The "about you" answers given to the consultations of {@code consultationIds} together, by "question.CATEGORY"
     * with "total.all", as {@link #counts(long)} counts one consultation's (the involvement report's reach).
     */
    public Map<String, Long> counts(java.util.Collection<Long> consultationIds) {
        var counts = new HashMap<String, Long>();
        if (consultationIds.isEmpty()) {
            counts.put("total.all", 0L);
            return counts;
        }
        // the ids are longs, written into the query; column names come from COLUMNS only
        String ids = consultationIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        var sql = new StringBuilder("select 'total', 'all', count(*) from equality_answers where consultation_id in (" + ids + ")");
        for (var column : COLUMNS.entrySet()) {
            sql.append(" union all select '").append(column.getKey().getField()).append("', ").append(column.getValue())
                    .append(", count(*) from equality_answers where consultation_id in (").append(ids).append(") and ")
                    .append(column.getValue()).append(" is not null group by ").append(column.getValue());
        }
        for (Object[] row : rows(em.createNativeQuery(sql.toString()).getResultList())) {
            counts.put(row[0] + "." + row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    /** The report with small numbers suppressed, in words from {@code text} (a bundle lookup). */
    public ReachReport report(long consultationId, Function<String, String> text) {
        return build(counts(consultationId), baseline(), text);
    }

    static ReachReport build(Map<String, Long> counts, Baseline baseline, Function<String, String> text) {
        long total = counts.getOrDefault("total.all", 0L);
        boolean totalSmall = SmallNumbers.total(total) != SmallNumbers.Shown.COUNT;
        var questions = new ArrayList<ReachReport.Question>();
        for (var question : EqualityQuestion.values()) {
            var options = question.getOptions();
            var values = options.stream().map(o -> counts.getOrDefault(question.getField() + "." + o, 0L)).toList();
            var shown = SmallNumbers.categories(values);
            var rows = new ArrayList<ReachReport.Row>();
            for (int i = 0; i < options.size(); i++) {
                String option = options.get(i);
                long count = values.get(i);
                var how = totalSmall && count > 0 ? SmallNumbers.Shown.FEWER_THAN_FIVE : shown.get(i);
                String countText = switch (how) {
                    case COUNT -> String.valueOf(count);
                    case FEWER_THAN_FIVE -> text.apply("reach.fewerThan5");
                    case HIDDEN -> text.apply("reach.hidden");
                };
                boolean visible = how == SmallNumbers.Shown.COUNT;
                String percent = visible ? Percent.of(count, total) : "";
                BigDecimal base = baseline.percent(question, option);
                rows.add(new ReachReport.Row(option, text.apply("equality." + question.getField() + "." + option), countText,
                        percent, base == null ? "" : base.toPlainString() + "%",
                        visible ? Percent.value(count, total) : 0));
            }
            questions.add(new ReachReport.Question(question.getField(),
                    text.apply("equality." + question.getField() + ".question"), rows));
        }
        String totalText = totalSmall ? text.apply("reach.fewerThan5") : String.valueOf(total);
        return new ReachReport(totalText, total > 0, baseline.source(), questions);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
