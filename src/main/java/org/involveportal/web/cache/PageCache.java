package org.involveportal.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.involveportal.platform.ClockMoved;
import org.involveportal.platform.ClockProducer;
import org.involveportal.platform.PublicContentChanged;

/**
 * The rendered public pages, by everything that changes their bytes (see {@link CacheablePages#key}),
 * at most {@value #MAX_WEIGHT_MB} MB.
 *
 * <p>When an entry stops being valid:
 * <ul>
 *   <li>At once, when a commit changes what public pages show ({@link PublicContentChanged}), or the
 *       test clock moves ({@link ClockMoved}): the whole cache is cleared. A page whose rendering began
 *       before a clear is not kept, as it may have read the data from before the commit.</li>
 *   <li>By time, on the portal's clock, at the next London midnight or the next instant a feature names
 *       ({@link PublicPageDeadlines}: a consultation opening or closing, a meeting starting or ending),
 *       whichever is sooner. Between two such instants nothing a page shows can change without a write:
 *       statuses change only at opening and closing instants, and "days left", dates relative to today
 *       and the home page's counts only when the London date changes. One rule for every entry, rather
 *       than each page's own, so a page can never outlive a change of anything it shows.</li>
 * </ul>
 */
@ApplicationScoped
public class PageCache {

    static final long MAX_WEIGHT_MB = 32;

    private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<PublicPageDeadlines> deadlines;

    private final AtomicLong generation = new AtomicLong();

    /** The earliest deadline after the time it was worked out at, for the generation it was worked out in. */
    private volatile Horizon horizon;

    private record Horizon(long generation, Instant from, Instant until) {
    }

    private final Cache<String, CachedPage> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_WEIGHT_MB * 1024 * 1024)
            .weigher((String key, CachedPage page) -> page.weight() + key.length() * 2)
            .expireAfter(new Expiry<String, CachedPage>() {
                @Override
                public long expireAfterCreate(String key, CachedPage page, long currentTime) {
                    return Math.max(0, Duration.between(page.renderedAt(), page.expiresAt()).toNanos());
                }

                @Override
                public long expireAfterUpdate(String key, CachedPage page, long currentTime, long currentDuration) {
                    return expireAfterCreate(key, page, currentTime);
                }

                @Override
                public long expireAfterRead(String key, CachedPage page, long currentTime, long currentDuration) {
                    return currentDuration;
                }
            })
            .executor(Runnable::run) // upkeep on the request's thread: no threads the server does not manage
            .build();

    /** The page under this key, if it is valid now on the portal's clock. */
    Optional<CachedPage> find(String key) {
        var page = pages.getIfPresent(key);
        if (page == null) {
            return Optional.empty();
        }
        if (!page.validAt(clock.instant())) {
            pages.asMap().remove(key, page);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** To be read before rendering a page that may be stored: see {@link #store}. */
    long generation() {
        return generation.get();
    }

    /**
     * Keeps a page rendered from {@code renderedAt}, unless the cache was cleared since {@code
     * generationBefore} was read (the page may show data from before that commit). Returns the page as
     * kept, or as it would have been, so its headers are the same either way.
     */
    CachedPage store(String key, byte[] body, String contentType, Instant renderedAt, long generationBefore) {
        Instant expiresAt;
        try {
            expiresAt = expiryAfter(renderedAt, generationBefore);
        } catch (RuntimeException e) {
            // without its deadlines the page cannot know how long it is right: sent, not kept
            LOG.log(Level.WARNING, "Could not work out how long a page may be kept", e);
            expiresAt = renderedAt;
        }
        var page = new CachedPage(body, contentType, etagOf(body), renderedAt, expiresAt, System.currentTimeMillis() / 1000 * 1000);
        if (generationBefore != generation.get() || !page.validAt(clock.instant())) {
            return page;
        }
        pages.put(key, page);
        if (generationBefore != generation.get()) {
            pages.asMap().remove(key, page); // a clear came between the check and the put
        }
        return page;
    }

    /** Forgets every page. */
    public void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    void publicContentChanged(@Observes PublicContentChanged event) {
        clear();
    }

    void clockMoved(@Observes ClockMoved event) {
        horizon = null;
        clear();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    private Instant expiryAfter(Instant renderedAt, long generationBefore) {
        return expiryOf(renderedAt, nextDeadline(renderedAt, generationBefore));
    }

    /** The next London midnight after {@code renderedAt}, or the next feature deadline (may be null) if sooner. */
    static Instant expiryOf(Instant renderedAt, Instant deadline) {
        Instant midnight = renderedAt.atZone(ClockProducer.LONDON).toLocalDate().plusDays(1)
                .atStartOfDay(ClockProducer.LONDON).toInstant();
        return deadline != null && deadline.isBefore(midnight) ? deadline : midnight;
    }

    /**
     * The earliest feature deadline after {@code now}. Worked out once per generation (any write that
     * could move a deadline clears the cache and starts a new one) and again once it has passed.
     */
    private Instant nextDeadline(Instant now, long generationBefore) {
        var known = horizon;
        if (known != null && known.generation() == generationBefore && !now.isBefore(known.from())
                && (known.until() == null || now.isBefore(known.until()))) {
            return known.until();
        }
        Instant earliest = null;
        for (var source : deadlineSources()) {
            var next = source.nextAfter(now).orElse(null);
            if (next != null && (earliest == null || next.isBefore(earliest))) {
                earliest = next;
            }
        }
        horizon = new Horizon(generationBefore, now, earliest);
        return earliest;
    }

    /** The features' deadlines (a test gives its own). */
    Iterable<? extends PublicPageDeadlines> deadlineSources() {
        return deadlines;
    }

    /** A strong validator: the bytes' SHA-256, shortened. */
    static String etagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
