package org.involveportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock every rule asks for "now". Deadlines are reasoned about in {@link #LONDON}; instants
 * are stored in UTC.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(LONDON);
    }
}
