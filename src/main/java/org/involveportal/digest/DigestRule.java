package org.involveportal.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.involveportal.content.Topic;

/**
 * What goes into a resident's "Keep me informed" digest, and whether it is due. A resident who wants the digest
 * and chose topics gets one when something on those topics opened since their last digest (for the first one:
 * in the week before), and never more than one a week: the next is due a week after the last, whatever opened
 * in between, and then holds all of it.
 */
public final class DigestRule {

    /** At most one digest in this time. */
    public static final Duration EVERY = Duration.ofDays(7);

    private DigestRule() {
    }

    /**
     * The items for the digest, oldest first; empty when none is due (not wanted, no topics, too soon after the
     * last, or nothing new on their topics).
     *
     * @param lastSent when the last digest was made for them, or null when never
     */
    public static List<DigestItem> due(boolean wanted, Set<Topic> topics, Instant lastSent, List<DigestItem> open, Instant now) {
        if (!wanted || topics == null || topics.isEmpty()) {
            return List.of();
        }
        if (lastSent != null && now.isBefore(lastSent.plus(EVERY))) {
            return List.of();
        }
        Instant since = lastSent != null ? lastSent : now.minus(EVERY);
        return open.stream()
                .filter(item -> item.seenAt().isAfter(since) && !item.seenAt().isAfter(now))
                .filter(item -> item.isOn(topics))
                .sorted(Comparator.comparing(DigestItem::seenAt).thenComparing(DigestItem::kind).thenComparingLong(DigestItem::id))
                .toList();
    }
}
