package org.involveportal.platform;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the HTTP sessions the portal has made. Anonymous visitors to public pages must never get one
 * (each costs memory and stops caches keeping the page); the tests read the count from
 * {@code /test-support/status}.
 */
@WebListener
public class SessionCount implements HttpSessionListener {

    private static final AtomicLong CREATED = new AtomicLong();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        CREATED.incrementAndGet();
    }

    public static long created() {
        return CREATED.get();
    }
}
