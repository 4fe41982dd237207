package org.involveportal.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where {@link SignInThrottle} and {@link ClientLimit} keep their counts: in the database
 * ({@link DatabaseLimitStore}), so that every instance of the portal sees the same counts and a restart forgets
 * none. A count is kept per {@link Key}: the things counted (each with the time it happened and the time it no
 * longer matters) and a time before which the key must wait.
 *
 * <p>{@link #locked} decides under a lock on its keys that every instance respects, so two requests deciding
 * about one key at the same moment take turns: the second sees what the first counted.
 */
public interface LimitStore {

    /**
     * A kind of count (say "staff:account") and what is counted (a digest of an email, a client's address).
     * At most 40 and 64 characters.
     */
    record Key(String scope, String subject) implements Comparable<Key> {

        public Key {
            if (scope.length() > 40 || subject.length() > 64) {
                throw new IllegalArgumentException("A limit's key is at most 40 and 64 characters");
            }
        }

        @Override
        public int compareTo(Key other) {
            int byScope = scope.compareTo(other.scope);
            return byScope != 0 ? byScope : subject.compareTo(other.subject);
        }
    }

    /** What may be read and changed while the keys are locked. */
    interface Counts {

        /** How many things were counted for the key after this instant. */
        int count(Key key, Instant after);

        /** The oldest thing counted for the key after this instant. */
        Optional<Instant> oldest(Key key, Instant after);

        /** The time before which the key must wait, if one was set. */
        Optional<Instant> notBefore(Key key);

        /**
         * Counts one thing.
         *
         * @param tag what else the thing is about (the account a failure from an address was against), or null
         * @param forgetAt when it no longer matters and may be removed
         */
        void add(Key key, String tag, Instant at, Instant forgetAt);

        void setNotBefore(Key key, Instant notBefore);

        /** Forgets everything about the key: what was counted and the time to wait. */
        void clear(Key key);

        /** Forgets the things counted for the key with this tag, keeping the rest and the time to wait. */
        void forgetTagged(Key key, String tag);
    }

    /** Runs the decision with the keys locked against every other decision about them, on any instance. */
    <T> T locked(List<Key> keys, Function<Counts, T> decision);

    /** Removes what no longer matters at this instant; returns how many things were removed. */
    int forgetExpired(Instant now);
}
