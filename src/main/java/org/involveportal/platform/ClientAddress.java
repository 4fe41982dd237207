package org.involveportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the client a request came from, the one place the portal asks for it (the sign-in throttles
 * and the limits per client count by it): the direct peer, or, when that is a trusted proxy
 * ({@code PORTAL_TRUSTED_PROXIES}), the client {@code X-Forwarded-For} names ({@link TrustedProxies}).
 */
@ApplicationScoped
public class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    private TrustedProxies trusted = TrustedProxies.none();
    private final AtomicBoolean warned = new AtomicBoolean();

    @PostConstruct
    void init() {
        trusted = TrustedProxies.parse(ConfigProvider.getConfig().getOptionalValue("portal.trusted-proxies", String.class).orElse(null));
    }

    /** Reads the setting as the application starts, so a wrong one is reported then, naming it. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        trusted();
    }

    /** The client's address (IPv4 dotted, IPv6 in full); never null. */
    public String of(HttpServletRequest request) {
        var headers = request.getHeaders("X-Forwarded-For");
        var forwardedFor = headers == null ? List.<String>of() : Collections.list(headers);
        String peer = request.getRemoteAddr();
        if (!forwardedFor.isEmpty() && !trusted.trusts(peer) && !warned.getAndSet(true)) {
            // once: it may be a proxy the setting forgot, or only a client writing the header itself
            LOG.warning(() -> "A request from " + peer + " carried X-Forwarded-For, which is read only from the proxies in "
                    + TrustedProxies.SETTING + ": if " + peer + " is a proxy of yours, list it there, or every client behind it"
                    + " counts as one for the sign-in throttles and the limits per client");
        }
        return trusted.clientOf(peer, forwardedFor);
    }

    /** Whether this client address is a trusted proxy's own: a request that did not say whom it was for. */
    public boolean isProxy(String address) {
        return trusted.trusts(address);
    }

    public TrustedProxies trusted() {
        return trusted;
    }
}
