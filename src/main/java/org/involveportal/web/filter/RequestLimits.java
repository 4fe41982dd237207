package org.involveportal.web.filter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Refuses a request body too big for any of the portal's forms before anything reads it, with 413 and
 * the portal's "too much was sent" page, instead of the server's "post too large" fault (500 and a stack
 * trace in the log). A form post is parsed here, first of all filters, so that neither a body over the
 * server's form limit (sent with a length or in chunks) nor more parameters than any form has can reach
 * a page: the server silently drops parameters beyond its count, so reaching the count is refused too.
 *
 * <p>The limits match {@code src/main/payara/pre-boot-commands.asadmin}: {@value #MAX_BODY_BYTES} bytes
 * ({@code max-form-post-size-bytes}) and {@value #MAX_PARAMETERS} parameters
 * ({@code max-request-parameters}). The largest real form, a consultation written in all nine languages
 * to every field's limit (about 106,000 characters each), is about 8.6 MB once form-encoded in Bengali
 * (nine bytes a character); the form with most fields, a consultation's easy-read ideas (40 rows of three
 * fields in each of nine languages), has about 1,100.
 *
 * <p>Registered by its own listener ahead of every filter of web.xml, so it runs before anything calls
 * {@code getParameter}.
 */
public final class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestLimits.class.getName());

    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;
    public static final int MAX_PARAMETERS = 2000;
    static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

    /** Puts the filter before every filter declared in web.xml. */
    @WebListener
    public static final class Setup implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            var filter = event.getServletContext().addFilter("requestLimits", RequestLimits.class);
            filter.setAsyncSupported(true);
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (hasBody(request) && tooMuch(request)) {
            drain(request);
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Browsers send the whole body before they read the answer: up to {@value #MAX_DRAINED_BYTES} bytes are
     * read and thrown away so the person sees the 413 page rather than a broken connection; beyond that the
     * connection is closed.
     */
    private static void drain(HttpServletRequest request) {
        try (var in = request.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0 && total < MAX_DRAINED_BYTES; n = in.read(buffer)) {
                total += n;
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away, or the body was already read: nothing more to do
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() != 0 && !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod());
    }

    private static boolean tooMuch(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            LOG.info(() -> "A request body of " + request.getContentLengthLong() + " bytes was refused");
            return true;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        int parameters;
        try {
            parameters = request.getParameterMap().values().stream().mapToInt(values -> values.length).sum();
        } catch (IllegalStateException overServerLimit) {
            LOG.info("A form body over the server's limit was refused");
            return true;
        }
        if (parameters >= MAX_PARAMETERS) {
            LOG.info(() -> "A form of " + parameters + " parameters or more was refused");
            return true;
        }
        return false;
    }
}
