package org.involveportal.web.page;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.involveportal.i18n.RequestLocale;
import org.involveportal.platform.RequestPaths;

/**
 * What every page bean does with a request, in this order:
 * <ol>
 * <li>the view's {@code <f:viewAction action="#{bean.open}"/>} calls {@link #open()} once, before
 * anything is rendered (a {@code @PostConstruct} would run wherever an expression first names the bean);</li>
 * <li>{@link #load()} reads the parameters and finds the page's subject, or ends with {@link #notFound()};</li>
 * <li>on a POST only, {@link #post()} checks the role with {@link #allowed(String...)}, collects each
 * problem beside its field with {@code problem(field, key)}, acts, and after success redirects with
 * {@link #redirectTo(String)}, or to a page in the reader's language with {@link #redirectToPage(String)}
 * (post, redirect, get);</li>
 * <li>the page renders, with the problems and the values as typed; a request ended in 2 or 3 (404,
 * 403 or a redirect) renders nothing.</li>
 * </ol>
 */
public abstract class PageBean extends FormProblems {

    @Inject
    private HttpServletRequest request;

    @Inject
    private SecurityContext security;

    @Inject
    private PageLinks links;

    /** Called by the view's {@code f:viewAction}: the one way into a page bean. */
    public final void open() {
        load();
        if (isPost() && Navigation.isRendering()) {
            post();
        }
    }

    /** Reads the parameters and loads the page's subject; ends with {@link #notFound()} when there is none. */
    protected abstract void load();

    /** Handles the page's form; a page without one renders a POST as it renders a GET. */
    protected void post() {
    }

    protected final boolean isPost() {
        return "POST".equals(request.getMethod());
    }

    /** A request parameter as sent, or null. */
    protected final String parameter(String name) {
        return request.getParameter(name);
    }

    /**
     * A list filter's value, one of {@code choices} by name; empty when not given, or given but not one
     * of them (the page then shows everything, and is not kept by the page cache or a proxy, so made-up
     * addresses cannot fill the cache).
     */
    protected final <T> Optional<T> filter(String name, Collection<T> choices, Function<T, String> nameOf) {
        String wanted = request.getParameter(name);
        if (wanted == null) {
            return Optional.empty();
        }
        var chosen = choices.stream().filter(choice -> nameOf.apply(choice).equals(wanted)).findFirst();
        if (chosen.isEmpty()) {
            notKept();
        }
        return chosen;
    }

    /** A list filter naming a constant of {@code type}; see {@link #filter(String, Collection, Function)}. */
    protected final <E extends Enum<E>> Optional<E> filter(String name, Class<E> type) {
        return filter(name, List.of(type.getEnumConstants()), Enum::name);
    }

    /** This answer is for this request only: neither the page cache nor a browser or proxy keeps it. */
    protected final void notKept() {
        Navigation.doNotKeep();
    }

    /** A request parameter as sent, or empty: what a form shows again after a problem. */
    protected final String typed(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /** The page has no subject (404): it shows the portal's not-found page. */
    protected final void notFound() {
        Navigation.sendError(404);
    }

    /**
     * True when the person signed in holds one of the roles; otherwise the request ends with 403, which
     * shows as not found. The staff area filter has already refused anyone without the page's roles.
     */
    protected final boolean allowed(String... roles) {
        for (String role : roles) {
            if (security.isCallerInRole(role)) {
                return true;
            }
        }
        refuse();
        return false;
    }

    /** What was asked is not this person's to see or do (403): it shows as not found. */
    protected final void refuse() {
        Navigation.sendError(403);
    }

    /** A request no form of the portal sends, such as an unknown action (400). */
    protected final void badRequest() {
        Navigation.sendError(400);
    }

    /**
     * Redirects to a path of this portal, given without the context path; a staff page stays in the
     * back office's language it was reached in ({@code /cy/staff/...}).
     */
    protected final void redirectTo(String path) {
        var language = RequestLocale.of(request).language();
        boolean staysInLanguage = RequestPaths.isBackOfficePath(path) && language.hasBackOffice();
        Navigation.redirect(request.getContextPath() + (staysInLanguage ? language.pathPrefix() : "") + path);
    }

    /**
     * Redirects to a page of this portal in the reader's language ({@code /cy/account} for a Welsh reader),
     * given without the context path or the language: where a resident goes next stays in their language.
     */
    protected final void redirectToPage(String pagePath) {
        Navigation.redirect(links.href(pagePath));
    }

    /** The email of the staff member signed in, or null (residents sign in apart, see SignedInResident). */
    protected final String staffMember() {
        var principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }
}
