package org.involveportal.equality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The one rule for showing counts of equality answers, used by the pages and the exports alike.
 *
 * <ul>
 *   <li>0 is shown as 0: that nobody in a category answered identifies nobody.</li>
 *   <li>1 to 4 is shown as "fewer than 5", without a percentage.</li>
 *   <li>When exactly one count of a question is hidden that way, the smallest other count above 0 is
 *       hidden too (shown as "hidden"), so the total minus the shown counts cannot reveal it.</li>
 *   <li>A total under 5 is itself "fewer than 5", and then every count of the report is hidden.</li>
 * </ul>
 */
public final class SmallNumbers {

    /** Counts below this (and above 0) are never shown. */
    public static final int THRESHOLD = 5;

    /** How one count is shown. */
    public enum Shown {
        /** The number itself. */
        COUNT,
        /** 1 to 4: "fewer than 5". */
        FEWER_THAN_FIVE,
        /** Hidden to protect a small count beside it. */
        HIDDEN
    }

    private SmallNumbers() {
    }

    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** How to show a total on its own. */
    public static Shown total(long count) {
        return isSmall(count) ? Shown.FEWER_THAN_FIVE : Shown.COUNT;
    }

    /** How to show each of the counts of one question's categories, in the same order. */
    public static List<Shown> categories(List<Long> counts) {
        var shown = new ArrayList<Shown>();
        for (long count : counts) {
            shown.add(isSmall(count) ? Shown.FEWER_THAN_FIVE : Shown.COUNT);
        }
        long small = shown.stream().filter(s -> s == Shown.FEWER_THAN_FIVE).count();
        if (small == 1) {
            IntStream.range(0, counts.size())
                    .filter(i -> shown.get(i) == Shown.COUNT && counts.get(i) > 0)
                    .boxed()
                    .min(Comparator.comparingLong(counts::get))
                    .ifPresent(i -> shown.set(i, Shown.HIDDEN));
        }
        return shown;
    }
}
