package org.involveportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * When answers are accepted: from {@code opensAt} (inclusive) to {@code closesAt} (exclusive), both
 * exact instants. Shown to people in Europe/London time.
 */
@Embeddable
public class ResponseWindow {

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    protected ResponseWindow() {
        // for JPA
    }

    public ResponseWindow(Instant opensAt, Instant closesAt) {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A response window must close after it opens");
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean hasClosedAt(Instant now) {
        return !now.isBefore(closesAt);
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }
}
