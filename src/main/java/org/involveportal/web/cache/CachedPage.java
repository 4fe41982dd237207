package org.involveportal.web.cache;

import java.time.Instant;

/**
 * A rendered page as bytes ready to send.
 *
 * @param renderedAt   when it was rendered, on the portal's clock
 * @param expiresAt    when it stops being valid, on the portal's clock
 * @param lastModified when it was rendered, on the wall clock, in whole seconds (the HTTP header's precision)
 */
record CachedPage(byte[] body, String contentType, String etag, Instant renderedAt, Instant expiresAt, long lastModified) {

    /** Valid now: rendered no later than now (a clock moved back makes it invalid) and not yet expired. */
    boolean validAt(Instant now) {
        return !now.isBefore(renderedAt) && now.isBefore(expiresAt);
    }

    /** What it costs to keep, roughly, in bytes. */
    int weight() {
        return body.length + contentType.length() * 2 + etag.length() * 2 + 128;
    }
}
