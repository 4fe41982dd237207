package org.involveportal.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The limits' counts in memory, for testing their rules without a database; one lock for every key. */
final class MemoryLimitStore implements LimitStore {

    private record Event(String tag, Instant at, Instant forgetAt) {
    }

    private final Map<Key, List<Event>> events = new HashMap<>();
    private final Map<Key, Instant> notBefore = new HashMap<>();

    @Override
    public synchronized <T> T locked(List<Key> keys, Function<Counts, T> decision) {
        return decision.apply(new Counts() {
            @Override
            public int count(Key key, Instant after) {
                return (int) events(key).stream().filter(e -> e.at().isAfter(after)).count();
            }

            @Override
            public Optional<Instant> oldest(Key key, Instant after) {
                return events(key).stream().map(Event::at).filter(at -> at.isAfter(after)).min(Instant::compareTo);
            }

            @Override
            public Optional<Instant> notBefore(Key key) {
                return Optional.ofNullable(notBefore.get(key));
            }

            @Override
            public void add(Key key, String tag, Instant at, Instant forgetAt) {
                events.computeIfAbsent(key, k -> new ArrayList<>()).add(new Event(tag, at, forgetAt));
            }

            @Override
            public void setNotBefore(Key key, Instant until) {
                notBefore.put(key, until);
            }

            @Override
            public void clear(Key key) {
                events.remove(key);
                notBefore.remove(key);
            }

            @Override
            public void forgetTagged(Key key, String tag) {
                events(key).removeIf(e -> tag.equals(e.tag()));
            }
        });
    }

    @Override
    public synchronized int forgetExpired(Instant now) {
        int removed = 0;
        for (var list : events.values()) {
            int before = list.size();
            list.removeIf(e -> !e.forgetAt().isAfter(now));
            removed += before - list.size();
        }
        return removed;
    }

    /** Things counted and not yet forgotten, for every key. */
    synchronized int size() {
        return events.values().stream().mapToInt(List::size).sum();
    }

    private List<Event> events(Key key) {
        return events.getOrDefault(key, new ArrayList<>());
    }
}
