package org.involveportal.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.involveportal.platform.SignInThrottle;

/**
 * The {@link SignInThrottle} rules staff sign-in uses, in residents' own instances: residents' failures never
 * count against staff sign-ins from the same address (a library's public computers, say), and the other way
 * round. One instance slows password guessing; the other limits emails sent on request (sign-up and
 * sign-in links), which are never "successful", so no mailbox can be flooded and no address can send
 * more than a hundred an hour.
 */
@ApplicationScoped
public class ResidentThrottles {

    @Inject
    private Clock clock;

    private SignInThrottle passwords;
    private SignInThrottle emails;

    @PostConstruct
    void init() {
        passwords = new SignInThrottle(clock);
        emails = new SignInThrottle(clock);
    }

    public SignInThrottle passwords() {
        return passwords;
    }

    public SignInThrottle emails() {
        return emails;
    }
}
