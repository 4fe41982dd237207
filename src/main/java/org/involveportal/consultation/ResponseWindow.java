package org.involveportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.involveportal.platform.ClockProducer;

/**
 * When answers are accepted: from {@code opensAt} (inclusive) to {@code closesAt} (exclusive), both
 * exact instants. Reasoned about in Europe/London, where the twelve-week rule and "days left" are
 * counted in calendar time, so a window across a clock change is neither an hour short nor long.
 */
@Embeddable
public class ResponseWindow {

    /** The usual minimum: the Code of Practice on Consultation, criterion 2. */
    public static final int STANDARD_WEEKS = 12;
    private static final ZoneId LONDON = ClockProducer.LONDON;

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

    /**
     * True when the window is shorter than twelve weeks of London calendar time: it must close no
     * earlier than the same wall-clock time twelve weeks after it opens.
     */
    public boolean isShorterThanStandard() {
        var opens = opensAt.atZone(LONDON).toLocalDateTime();
        var closes = closesAt.atZone(LONDON).toLocalDateTime();
        return closes.isBefore(opens.plusWeeks(STANDARD_WEEKS));
    }

    /**
     * Whole days from today (in London) to the closing day: 0 on the closing day itself. Negative
     * once closed.
     */
    public long daysLeftAt(Instant now) {
        LocalDate today = now.atZone(LONDON).toLocalDate();
        return ChronoUnit.DAYS.between(today, closingDay());
    }

    /** The London date on which answers stop, taking a midnight close as the end of the day before. */
    public LocalDate closingDay() {
        var closes = closesAt.atZone(LONDON);
        return closes.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? closes.toLocalDate().minusDays(1) : closes.toLocalDate();
    }

    /** The closing as people say it: a window ending at midnight closes "at 11:59pm" the day before. */
    public Instant closingAsSaid() {
        boolean atMidnight = closesAt.atZone(LONDON).toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        return atMidnight ? closesAt.minusSeconds(60) : closesAt;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }
}
