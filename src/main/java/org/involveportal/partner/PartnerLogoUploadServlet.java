package org.involveportal.partner;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A partner's logo sent by an admin ({@code POST /staff/partner-logo}, a plain multipart form on the partner's page;
 * the staff area filter lets only admins reach it): checked by size and first bytes, kept by {@link PartnerLogoStore},
 * then back to the partner's page with what happened.
 */
@WebServlet("/staff/partner-logo")
@MultipartConfig(fileSizeThreshold = 256 * 1024, maxFileSize = 2L * 1024 * 1024, maxRequestSize = 3L * 1024 * 1024)
public class PartnerLogoUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerService partners;

    @Inject
    private PartnerLogoStore store;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        if (!request.isUserInRole(StaffPartnersPage.ROLE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String slug = String.valueOf(request.getParameter("p"));
        var partner = partners.findBySlug(slug).orElse(null);
        if (partner == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // the form says which language of the back office to go back to
        String prefix = "cy".equals(request.getParameter("language")) ? "/cy" : "";
        Part file = request.getPart("logo");
        String outcome;
        if (file == null || file.getSize() == 0) {
            outcome = "partners.error.logoNone";
        } else if (file.getSize() > LogoType.MOST_BYTES) {
            outcome = "partners.error.logoTooLarge";
        } else {
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readNBytes((int) LogoType.MOST_BYTES + 1);
            }
            var problem = LogoType.problemWith(content.length, content);
            if (problem.isPresent()) {
                outcome = problem.get();
            } else {
                String storedName = UUID.randomUUID().toString();
                store.save(storedName, content);
                partners.replaceLogo(slug, storedName, LogoType.ofContent(content).orElseThrow(),
                        request.getUserPrincipal().getName());
                outcome = "partners.logo.saved";
            }
        }
        if (file != null) {
            file.delete();
        }
        response.sendRedirect(request.getContextPath() + prefix + "/staff/partners?p="
                + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&logo=" + outcome + "#logo");
    }
}
