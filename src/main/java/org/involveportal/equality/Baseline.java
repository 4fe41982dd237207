package org.involveportal.equality;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The council's local population baseline: for each equality question, the percentage of residents
 * in each category (for example from the census), and where the figures come from.
 * Keys of {@code percents} are "question.CATEGORY", e.g. "ethnicGroup.WHITE".
 */
public record Baseline(String source, Map<String, BigDecimal> percents) {

    public static String key(org.involveportal.response.EqualityQuestion question, String category) {
        return question.getField() + "." + category;
    }

    public BigDecimal percent(org.involveportal.response.EqualityQuestion question, String category) {
        return percents.get(key(question, category));
    }
}
