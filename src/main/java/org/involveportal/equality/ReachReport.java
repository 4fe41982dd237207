package org.involveportal.equality;

import java.util.List;

/**
 * A consultation's equality answers counted together beside the baseline, with small numbers
 * already suppressed ({@link SmallNumbers}): every text here is safe to show or export.
 * It has no link to any response, and the answering-as filter cannot apply to it.
 */
public record ReachReport(String total, boolean anyAnswers, String source, List<Question> questions) {

    /** One equality question. */
    public record Question(String field, String text, List<Row> rows) {
    }

    /** One category: its count or "fewer than 5"/"hidden", percentage of respondents, baseline percentage. */
    public record Row(String category, String label, String count, String percent, String baseline, double barPercent) {
    }
}
