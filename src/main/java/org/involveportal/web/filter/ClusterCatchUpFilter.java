package org.involveportal.web.filter;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.involveportal.platform.ClusterChanges;

/**
 * Before anything answers a request in a cluster (the page cache first of all), this instance catches up with
 * changes committed on the others ({@link ClusterChanges}). Alone, it does nothing.
 */
public class ClusterCatchUpFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ClusterChanges changes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        changes.catchUp();
        chain.doFilter(request, response);
    }
}
