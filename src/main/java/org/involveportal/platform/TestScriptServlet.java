package org.involveportal.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The accessibility checker's script for the browser tests, {@code GET /test-support/axe.min.js}, served from the
 * file named by {@code portal.test-axe-script} (the tests extract it from their own class path; it is not in the
 * WAR). From the portal's own address the pages' content security policy lets it load, and the browser keeps it
 * compiled in its cache, where sending its half a megabyte with every scan cost a third of a second a page.
 * Answers 404 unless {@code portal.test-clock=true}, which only the integration tests set.
 */
@WebServlet("/test-support/axe.min.js")
public class TestScriptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String SETTING = "portal.test-axe-script";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Path> script = TestSupport.enabled()
                ? ConfigProvider.getConfig().getOptionalValue(SETTING, String.class).map(Path::of).filter(Files::isRegularFile)
                : Optional.empty();
        if (script.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/javascript;charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setContentLengthLong(Files.size(script.get()));
        Files.copy(script.get(), response.getOutputStream());
    }
}
