package org.involveportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the client a request came from, the one place the portal asks for it (the sign-in throttles
 * and the limits per client count by it): the direct peer, or, when that is a trusted proxy
 * ({@code PORTAL_TRUSTED_PROXIES}), the client {@code X-Forwarded-For} names ({@link TrustedProxies}).
 */
@ApplicationScoped
public class ClientAddress {

    private TrustedProxies trusted = TrustedProxies.none();

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
        return trusted.clientOf(request.getRemoteAddr(), headers == null ? null : Collections.list(headers));
    }

    public TrustedProxies trusted() {
        return trusted;
    }
}
