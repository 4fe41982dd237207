package org.involveportal.partner;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * A partner's logo at {@code /partner-logos/SLUG}: sent with the type its first bytes showed when it was kept, never
 * sniffed again by the browser, and cached for a day (a new logo gets a new address through its stored name).
 */
@WebServlet("/partner-logos/*")
public class PartnerLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z0-9][a-z0-9-]{0,119})");

    @Inject
    private PartnerService partners;

    @Inject
    private PartnerLogoStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var matcher = PATH.matcher(String.valueOf(request.getPathInfo()));
        var partner = matcher.matches() ? partners.findBySlug(matcher.group(1)).orElse(null) : null;
        if (partner == null || !partner.hasLogo() || !partner.getLogoFile().equals(request.getParameter("v"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = store.read(partner.getLogoFile());
        response.setContentType(partner.getLogoType());
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
