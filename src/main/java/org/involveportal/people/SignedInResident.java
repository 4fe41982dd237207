package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.involveportal.i18n.RequestLocale;

/**
 * Who is signed in as a resident in this request: only an account id kept in the HTTP session, put there
 * after a new session id ({@code changeSessionId}) by {@link #signIn}. Residents never go through Jakarta
 * Security, so they have no container principal and no role: every {@code /staff/*} constraint still
 * sends them to the staff sign-in. A signed-in session ends after 30 idle minutes (web.xml) or eight hours
 * whatever the activity. Reads only the session, never the database, so the header can use it on every
 * page (error pages included).
 */
@Named("signedInResident")
@RequestScoped
public class SignedInResident {

    static final String RESIDENT_ID = "resident.id";
    static final String SIGNED_IN_AT = "resident.signedInAt";
    /** Where to go after signing in with a link asked for in this session. */
    static final String NEXT = "resident.next";
    static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(8);
    /** A page of the portal: a path of letters, digits, dashes and slashes, nothing that leaves the site. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?:[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*)?");

    @Inject
    private HttpServletRequest request;

    @Inject
    private Clock clock;

    /** The signed-in resident's account id; empty for anyone else. */
    public Optional<Long> id() {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(RESIDENT_ID) instanceof Long id)) {
            return Optional.empty();
        }
        var since = session.getAttribute(SIGNED_IN_AT);
        if (!(since instanceof Instant at) || at.plus(ABSOLUTE_TIMEOUT).isBefore(clock.instant())) {
            session.removeAttribute(RESIDENT_ID);
            session.removeAttribute(SIGNED_IN_AT);
            return Optional.empty();
        }
        return Optional.of(id);
    }

    public boolean isSignedIn() {
        return id().isPresent();
    }

    /** A new session id first, so an id fixed by someone else before sign-in is worth nothing. */
    void signIn(long residentId) {
        request.getSession(true);
        request.changeSessionId();
        var session = request.getSession();
        session.removeAttribute(NEXT);
        session.setAttribute(RESIDENT_ID, residentId);
        session.setAttribute(SIGNED_IN_AT, clock.instant());
    }

    /** Ends the whole session: nothing of it is left to reuse. */
    void signOut() {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The sign-in page's address that comes back to this page (in the same language) afterwards. */
    public String signInAddressBackHere() {
        var locale = RequestLocale.of(request);
        return request.getContextPath() + locale.language().pathPrefix() + "/account/sign-in?next="
                + URLEncoder.encode(locale.pagePath(), StandardCharsets.UTF_8);
    }

    /** A page to go back to after signing in: a local path only, never another site; null otherwise. */
    static String safeNext(String next) {
        if (next == null || next.length() > 200 || !LOCAL_PATH.matcher(next).matches()) {
            return null;
        }
        return next;
    }
}
