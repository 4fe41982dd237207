package org.involveportal.platform;

import java.time.Duration;

/** CDI event, tests only: the portal's clock was moved ({@code PUT /test-support/clock}). */
public record ClockMoved(Duration offset) {
}
