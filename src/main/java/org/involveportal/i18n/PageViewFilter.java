package org.involveportal.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves a page address from the Facelets view {@link LanguageFilter} named for it
 * ({@code /cy/consultations/x} from {@code /consultations/view.xhtml}), by a forward. Last in the
 * chain of a request, so the filters between the two can answer without rendering (the page cache).
 */
public class PageViewFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String VIEW_ATTRIBUTE = PageViewFilter.class.getName() + ".view";

    /** The view this request is to be served from, once the filters after the language's have run. */
    static void forwardLater(ServletRequest request, String view) {
        request.setAttribute(VIEW_ATTRIBUTE, view);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object view = request.getAttribute(VIEW_ATTRIBUTE);
        if (view == null) {
            chain.doFilter(request, response);
            return;
        }
        request.removeAttribute(VIEW_ATTRIBUTE); // forwarded once: an error page dispatched later is not sent here again
        request.getRequestDispatcher((String) view).forward(request, response);
    }
}
