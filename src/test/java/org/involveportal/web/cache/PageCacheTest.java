package org.involveportal.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static final byte[] PAGE = "<!DOCTYPE html><p>Hello</p>".getBytes(StandardCharsets.UTF_8);

    /** A page cache on a clock that tests move, with one deadline source. */
    private static final class TestCache extends PageCache {
        Instant now;
        Optional<Instant> deadline = Optional.empty();

        TestCache(Instant now) {
            this.now = now;
            this.clock = new Clock() {
                @Override
                public Instant instant() {
                    return TestCache.this.now;
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            };
        }

        @Override
        Iterable<? extends PublicPageDeadlines> deadlineSources() {
            return List.of(after -> deadline.filter(instant -> instant.isAfter(after)));
        }
    }

    @Test
    @DisplayName("A page expires at the next London midnight, or at an earlier opening or closing")
    void expiresAtMidnightOrTheNextDeadline() {
        // 23:30 UTC on a summer day is 00:30 in London the next day: midnight in London is 23:00 UTC the day after
        var summerNight = Instant.parse("2026-07-01T23:30:00Z");
        assertThat(PageCache.expiryOf(summerNight, null)).isEqualTo(Instant.parse("2026-07-02T23:00:00Z"));
        var winterMorning = Instant.parse("2026-12-07T09:00:00Z");
        assertThat(PageCache.expiryOf(winterMorning, null)).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
        assertThat(PageCache.expiryOf(winterMorning, Instant.parse("2026-12-07T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
        assertThat(PageCache.expiryOf(winterMorning, Instant.parse("2026-12-09T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }

    @Test
    @DisplayName("A kept page is found until its deadline on the portal's clock, and not after, nor before it was rendered")
    void keptUntilTheDeadline() {
        var start = Instant.parse("2026-12-07T09:00:00Z");
        var cache = new TestCache(start);
        cache.deadline = Optional.of(start.plus(Duration.ofHours(1)));
        cache.store("en standard /", PAGE, "text/html", start, cache.generation());
        assertThat(cache.find("en standard /")).isPresent();

        cache.now = start.plus(Duration.ofMinutes(59));
        assertThat(cache.find("en standard /")).isPresent();
        cache.now = start.plus(Duration.ofHours(1));
        assertThat(cache.find("en standard /")).as("at the opening or closing instant").isEmpty();

        cache.now = start;
        cache.store("en standard /", PAGE, "text/html", start, cache.generation());
        cache.now = start.minus(Duration.ofDays(1));
        assertThat(cache.find("en standard /")).as("the clock moved back before the page was rendered").isEmpty();
    }

    @Test
    @DisplayName("A page whose rendering began before a clear is not kept: it may show data from before the commit")
    void pagesRenderedBeforeAClearAreNotKept() {
        var start = Instant.parse("2026-12-07T09:00:00Z");
        var cache = new TestCache(start);
        long before = cache.generation();
        cache.clear();
        var page = cache.store("en standard /glossary", PAGE, "text/html", start, before);
        assertThat(cache.find("en standard /glossary")).isEmpty();
        assertThat(page.etag()).as("it is still sent, with its validator").isEqualTo(PageCache.etagOf(PAGE));

        cache.store("en standard /glossary", PAGE, "text/html", start, cache.generation());
        assertThat(cache.find("en standard /glossary")).isPresent();
        cache.clear();
        assertThat(cache.find("en standard /glossary")).isEmpty();
    }
}
