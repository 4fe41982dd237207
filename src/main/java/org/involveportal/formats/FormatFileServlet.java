package org.involveportal.formats;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
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
import java.util.Optional;
import org.involveportal.i18n.Language;
import org.involveportal.people.SignedInResident;

/**
 * The file produced for a request. Staff (editors) attach it ({@code POST /staff/format-request-file}, a plain
 * multipart form) and check it ({@code GET /staff/format-request-file?r=reference}); the person who asked fetches it
 * once it is sent: from their account when they asked signed in ({@code /account/format-file?r=reference}), or by the
 * unguessable link in their email ({@code /format-file?t=token}, for a few weeks and a few fetches). Anyone else gets
 * "not found". Always a download, never kept by a browser or proxy, and sandboxed.
 */
@WebServlet({"/staff/format-request-file", "/account/format-file", "/format-file"})
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class FormatFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private FormatRequestService requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<FormatRequest> found;
        String path = request.getServletPath();
        if (path.startsWith("/staff/")) {
            if (!security.isCallerInRole(StaffFormatRequestsPage.ROLE)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            found = requests.find(request.getParameter("r")).filter(r -> r.getFileStoredName() != null);
        } else if (path.startsWith("/account/")) {
            var resident = signedIn.id();
            if (resident.isEmpty()) {
                var language = Language.fromTag(String.valueOf(request.getParameter("language"))).orElse(Language.DEFAULT);
                response.sendRedirect(request.getContextPath() + language.pathPrefix() + "/account/sign-in");
                return;
            }
            found = requests.ownFile(request.getParameter("r"), resident.get());
        } else {
            found = requests.byLink(request.getParameter("t"));
        }
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var file = found.get();
        byte[] content = requests.content(file);
        response.setContentType(file.getFileType().contentType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        if (!request.getServletPath().startsWith("/staff/")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!security.isCallerInRole(StaffFormatRequestsPage.ROLE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var language = Language.fromTag(String.valueOf(request.getParameter("language")))
                .filter(Language::hasBackOffice).orElse(Language.DEFAULT);
        String reference = String.valueOf(request.getParameter("r"));
        if (requests.find(reference).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String page = request.getContextPath() + language.pathPrefix() + "/staff/format-request?r=" + reference;
        Part file = request.getPart("file");
        String outcome;
        if (file == null || file.getSize() == 0) {
            outcome = "&fileError=formatQueue.error.fileNone";
        } else if (file.getSize() > FormatFileType.MOST_BYTES) {
            outcome = "&fileError=formatQueue.error.fileTooLarge";
        } else {
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readNBytes((int) FormatFileType.MOST_BYTES + 1);
            }
            try {
                requests.attach(reference, file.getSubmittedFileName(), content.length, content,
                        security.getCallerPrincipal().getName());
                outcome = "&done=file";
            } catch (FormatRuleViolation problem) {
                outcome = "&fileError=" + problem.messageKey();
            }
        }
        if (file != null) {
            file.delete();
        }
        response.sendRedirect(page + outcome + "#file-heading");
    }
}
