package org.involveportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every rule asks for "now". Deadlines are reasoned about in {@link #LONDON}; instants
 * are stored in UTC. With {@code portal.test-clock=true} (tests only, never production) the clock can
 * be moved forward, so tests can cross a closing instant between two pages.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    @ConfigProperty(name = "portal.test-clock", defaultValue = "false")
    boolean testClock;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return testClock ? AdjustableClock.INSTANCE : Clock.system(LONDON);
    }
}
