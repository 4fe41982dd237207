package org.involveportal.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages as the analysis and the reach reports show them: of those who answered, to one decimal place, halves rounded
 * up (2 of 3 is "66.7%", 1 of 8 is "12.5%", 1 of 16 is "6.3%"). Nothing of nothing is "0.0%".
 */
public final class Percent {

    private Percent() {
    }

    public static BigDecimal exact(long count, long of) {
        if (of <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }

    /** "66.7%". */
    public static String of(long count, long of) {
        return exact(count, of).toPlainString() + "%";
    }

    /** The same rounded figure as a number, for bar lengths. */
    public static double value(long count, long of) {
        return exact(count, of).doubleValue();
    }
}
