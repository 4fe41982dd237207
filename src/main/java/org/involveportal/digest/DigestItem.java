package org.involveportal.digest;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.involveportal.content.Topic;

/**
 * Something open that a digest may tell about: a consultation, a group or an activity, its topics, and when the
 * digest job first saw it open (its "opened" time for digests).
 */
public record DigestItem(Kind kind, long id, Set<Topic> topics, Instant seenAt) {

    /** What it is; stored by name in {@code digest_seen}. */
    public enum Kind { CONSULTATION, GROUP, ACTIVITY }

    public DigestItem {
        topics = topics == null || topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
    }

    public boolean isOn(Set<Topic> wanted) {
        return topics.stream().anyMatch(wanted::contains);
    }
}
