package org.involveportal.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.Language;

/**
 * A resident's involvement history: every entry, newest first, and its totals by kind with the hours where known.
 * Built from what each {@link InvolvementHistorySource} gives.
 */
public record InvolvementHistory(List<Entry> entries, Map<Kind, Integer> counts, Duration hours) {

    /** What kind of involvement an entry is. */
    public enum Kind {
        MEETING,
        CONSULTATION,
        ACTIVITY,
        TRAINING
    }

    /**
     * One thing taken part in: when, its kind, what it was (in {@code language}, the reader's or English) and how
     * long, where known (null otherwise: a consultation answered has no hours).
     */
    public record Entry(Instant at, Kind kind, String what, Language language, Duration length) {
    }

    /** The entries newest first, with a count per kind (every kind present, zero where none) and the hours known. */
    public static InvolvementHistory of(List<Entry> entries) {
        var sorted = entries.stream().sorted(Comparator.comparing(Entry::at).reversed().thenComparing(Entry::kind)
                .thenComparing(Entry::what)).toList();
        var counts = new EnumMap<Kind, Integer>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, 0);
        }
        Duration hours = Duration.ZERO;
        for (Entry entry : sorted) {
            counts.merge(entry.kind(), 1, Integer::sum);
            if (entry.length() != null && !entry.length().isNegative()) {
                hours = hours.plus(entry.length());
            }
        }
        return new InvolvementHistory(sorted, Map.copyOf(counts), hours);
    }

    public int count(Kind kind) {
        return counts.get(kind);
    }

    /** The hours known, to the nearest half hour below: "2.5" (shown with the reader's digits by the bundle). */
    public double wholeAndHalfHours() {
        return Math.floor(hours.toMinutes() / 30.0) / 2.0;
    }
}
