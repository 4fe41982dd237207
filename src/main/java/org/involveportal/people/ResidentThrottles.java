package org.involveportal.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.involveportal.platform.ClientAddress;
import org.involveportal.platform.LimitStore;
import org.involveportal.platform.SignInThrottle;

/**
 * The {@link SignInThrottle} rules staff sign-in uses, in residents' own instances: residents' failures never
 * count against staff sign-ins from the same address (a library's public computers, say), and the other way
 * round. One instance slows password guessing; the other limits emails sent on request (sign-up and
 * sign-in links), which are never "successful", so no mailbox can be flooded and no address can send
 * more than a hundred an hour. Both count in the database, shared by every instance.
 */
@ApplicationScoped
public class ResidentThrottles {

    @Inject
    private Clock clock;

    @Inject
    private LimitStore store;

    @Inject
    private ClientAddress clientAddress;

    private SignInThrottle passwords;
    private SignInThrottle emails;

    @PostConstruct
    void init() {
        passwords = new SignInThrottle(clock, store, "resident-password", clientAddress::isProxy);
        emails = new SignInThrottle(clock, store, "resident-email", clientAddress::isProxy);
    }

    public SignInThrottle passwords() {
        return passwords;
    }

    public SignInThrottle emails() {
        return emails;
    }
}
