package org.involveportal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock plus an offset that tests set; used only when {@code portal.test-clock} is on. */
public final class AdjustableClock extends Clock {

    static final AdjustableClock INSTANCE = new AdjustableClock();

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private AdjustableClock() {
    }

    public void setOffset(Duration newOffset) {
        offset.set(newOffset);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ClockProducer.LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }
}
