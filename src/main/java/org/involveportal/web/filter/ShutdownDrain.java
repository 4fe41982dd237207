package org.involveportal.web.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.involveportal.platform.DatabaseOutageLog;

/**
 * A stop (SIGTERM, Ctrl-C) drains the portal: from the signal on, any new request is answered 503 with
 * {@code Connection: close}, so a load balancer sends it to another instance, while requests already being answered
 * finish (Payara Micro waits {@code --shutdowngrace} milliseconds before it stops); when the server undeploys the
 * portal, it waits for any still being answered, for up to 25 seconds.
 */
@WebListener
public class ShutdownDrain extends HttpFilter implements ServletContextListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class.getName());
    /** Within the 30 seconds a container manager gives before it kills. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(25);

    private static final Object LOCK = new Object();
    private static int inFlight;
    private static volatile boolean draining;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        synchronized (LOCK) {
            if (!draining) {
                inFlight++;
            }
        }
        if (draining) {
            response.setHeader("Connection", "close");
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            synchronized (LOCK) {
                inFlight--;
                LOCK.notifyAll();
            }
        }
    }

    private static Thread onSignal;

    /**
     * At SIGTERM the JVM runs its shutdown hooks together: this one stops taking requests at once, while Payara
     * Micro's waits {@code --shutdowngrace} milliseconds (in-flight requests finish meanwhile) before it undeploys.
     */
    @Override
    public void contextInitialized(ServletContextEvent event) {
        draining = false;
        // again now that the server has set up its logging for good (it replaces the handlers it had at deployment)
        DatabaseOutageLog.reinstall();
        onSignal = new Thread(() -> {
            draining = true;
            LOG.info("Stopping: new requests are answered 503 while those being answered finish");
        }, "involve-drain");
        Runtime.getRuntime().addShutdownHook(onSignal);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        int left;
        synchronized (LOCK) {
            draining = true;
            left = inFlight;
            try {
                while (inFlight > 0 && System.nanoTime() < deadline) {
                    LOCK.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int unfinished;
        synchronized (LOCK) {
            unfinished = inFlight;
        }
        int waitedFor = left;
        LOG.info(() -> "Stopping: " + waitedFor + " requests were being answered; " + (waitedFor - unfinished)
                + " finished" + (unfinished > 0 ? ", " + unfinished + " cut off after " + LONGEST_WAIT.toSeconds() + " s" : ""));
        DatabaseOutageLog.uninstall();
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook has run or is running
        }
    }
}
