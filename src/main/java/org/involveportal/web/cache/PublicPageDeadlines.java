package org.involveportal.web.cache;

import java.time.Instant;
import java.util.Optional;

/**
 * An instant after which public pages may show something else though nothing was written: a
 * consultation opening or closing, a meeting starting. Features implement it as CDI beans; the page
 * cache lets no page outlive the earliest of them.
 */
public interface PublicPageDeadlines {

    /** The first such instant strictly after {@code now}, if there is one. */
    Optional<Instant> nextAfter(Instant now);
}
