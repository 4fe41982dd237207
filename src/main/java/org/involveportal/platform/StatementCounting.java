package org.involveportal.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Test support: counts the SQL statements one request runs, so a test can see that a list costs the
 * same whatever its length. A request that sends {@value #HEADER} has its statements counted under
 * that name, and {@code GET /test-support/statements?request=NAME} reads the count. Off (no filter
 * work, no listener) unless {@link TestSupport#enabled()}. First of the filters in web.xml, as a later
 * one forwards to the page instead of passing the request on.
 */
public class StatementCounting implements Filter {

    static final String HEADER = "X-Count-Statements";

    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

    /** The latest counts by request name; a few hundred at most. */
    private static final Map<String, Integer> COUNTS = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 200;
        }
    });

    /** Counts every statement the session (and the client sessions made from it) sends to the database. */
    static void listenTo(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                var count = CURRENT.get();
                if (count != null) {
                    count[0]++;
                }
            }
        });
    }

    /**
     * The count of a named request, waiting up to a few seconds for it: the client may have read the
     * whole page, and asked, before the request's thread has left this filter.
     */
    static Integer countOf(String request) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        synchronized (COUNTS) {
            while (!COUNTS.containsKey(request) && System.nanoTime() < deadline) {
                TimeUnit.NANOSECONDS.timedWait(COUNTS, deadline - System.nanoTime());
            }
            return COUNTS.get(request);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        if (name == null || !TestSupport.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        var count = new int[1];
        CURRENT.set(count);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
            synchronized (COUNTS) {
                COUNTS.put(name, count[0]);
                COUNTS.notifyAll();
            }
        }
    }
}
