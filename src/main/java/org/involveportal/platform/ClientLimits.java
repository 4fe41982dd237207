package org.involveportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits per client address (IP, or IPv6 /64 network), on top of the limits per email address, so one
 * computer cannot use the portal to email many people or to stuff a consultation with responses.
 *
 * <ul>
 * <li><b>Emails asked for</b> (sign-up confirmations and "email me a sign-in link", counted together):
 * {@value #EMAILS_PER_HOUR} an hour from one client. A library's digital-skills class of 15 people
 * signing up together in the same hour gets through; a script trying address after address is stopped
 * at the 21st, and no email is sent for a refused request.</li>
 * <li><b>Responses sent</b> to consultations: {@value #RESPONSES_PER_HOUR} an hour from one client.
 * Answering a consultation takes a person at least five minutes, so even a library with 40 public
 * computers behind one address, each sending a response every five minutes all hour, sends 480 and
 * never meets it; a script sending response after response is stopped within the hour. Staff entering
 * paper responses and staff previews are not counted.</li>
 * </ul>
 *
 * Each can be changed by configuration ({@code PORTAL_LIMITS_EMAILS_PER_CLIENT_HOUR},
 * {@code PORTAL_LIMITS_RESPONSES_PER_CLIENT_HOUR}); {@code PORTAL_LIMITS_EXEMPT_CLIENTS} lists addresses
 * (comma-separated) never limited per client, for a test stack whose every test comes from the
 * loopback address. Production leaves it empty.
 *
 * <p>Both count in the database, shared by every instance ({@link DatabaseLimitStore}), by the client's real
 * address ({@link ClientAddress}).
 */
@ApplicationScoped
public class ClientLimits {

    public static final int EMAILS_PER_HOUR = 20;
    public static final int RESPONSES_PER_HOUR = 500;

    @Inject
    private Clock clock;

    @Inject
    private LimitStore store;

    private ClientLimit emails;
    private ClientLimit responses;

    @PostConstruct
    void init() {
        var config = ConfigProvider.getConfig();
        Set<String> exempt = config.getOptionalValue("portal.limits.exempt-clients", String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
        emails = new ClientLimit(clock, config.getOptionalValue("portal.limits.emails-per-client-hour", Integer.class)
                .orElse(EMAILS_PER_HOUR), Duration.ofHours(1), exempt, store, "client-emails");
        responses = new ClientLimit(clock, config.getOptionalValue("portal.limits.responses-per-client-hour", Integer.class)
                .orElse(RESPONSES_PER_HOUR), Duration.ofHours(1), exempt, store, "client-responses");
    }

    /** Sign-up confirmations and sign-in links asked for. */
    public ClientLimit emails() {
        return emails;
    }

    /** Responses sent to consultations by residents. */
    public ClientLimit responses() {
        return responses;
    }
}
