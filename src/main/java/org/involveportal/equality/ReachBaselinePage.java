package org.involveportal.equality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.response.EqualityQuestion;
import org.involveportal.web.page.PageBean;

/**
 * The local population baseline (analysts and admins): for each equality category the percentage of
 * residents, e.g. from the 2021 census, and where the figures come from. Blank means not known.
 */
@Named
@RequestScoped
public class ReachBaselinePage extends PageBean {

    @Inject
    private ReachService reach;


    private final Map<String, String> typed = new HashMap<>();

    @Override
    protected void load() {
        if (!allowed("ANALYST", "ADMIN")) {
            return;
        }
        var baseline = reach.baseline();
        typed.put("source", baseline.source());
        baseline.percents().forEach((key, percent) -> typed.put(key, percent.toPlainString()));
    }

    @Override
    protected void post() {
        typed.clear();
        String source = typed("source").trim();
        typed.put("source", source);
        var percents = new LinkedHashMap<String, BigDecimal>();
        for (var question : EqualityQuestion.values()) {
            for (String option : question.getOptions()) {
                String key = Baseline.key(question, option);
                String value = typed(fieldId(key)).trim();
                typed.put(key, value);
                if (value.isEmpty()) {
                    continue;
                }
                var percent = parse(value);
                if (percent == null) {
                    problem(fieldId(key), "reach.baseline.error.percent");
                } else {
                    percents.put(key, percent);
                }
            }
        }
        if (source.isEmpty()) {
            problem("source", "reach.baseline.error.source");
        } else if (source.length() > 200) {
            problem("source", "reach.baseline.error.sourceTooLong");
        }
        if (hasErrors()) {
            return;
        }
        reach.saveBaseline(source, percents, staffMember());
        redirectTo("/staff/reach-baseline?saved=1");
    }

    /** 0 to 100 with at most one decimal place ("12", "12.5"); else null. */
    static BigDecimal parse(String value) {
        String plain = value.endsWith("%") ? value.substring(0, value.length() - 1).trim() : value;
        if (!plain.matches("\\d{1,3}(\\.\\d)?")) {
            return null;
        }
        var percent = new BigDecimal(plain);
        return percent.compareTo(BigDecimal.valueOf(100)) > 0 ? null : percent.setScale(1);
    }

    /** "ethnicGroup.WHITE" is field "b-ethnicGroup-WHITE". */
    public static String fieldId(String key) {
        return "b-" + key.replace('.', '-');
    }

    public String field(EqualityQuestion question, String option) {
        return fieldId(Baseline.key(question, option));
    }

    public String typed(EqualityQuestion question, String option) {
        return typed.getOrDefault(Baseline.key(question, option), "");
    }

    public String getSource() {
        return typed.getOrDefault("source", "");
    }

    public List<EqualityQuestion> getQuestions() {
        return List.of(EqualityQuestion.values());
    }
}
