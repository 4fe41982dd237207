package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser tests load axe from the test portal, cached (testsupport.Browser); were it not served, every scan would
 * quietly fall back to sending the script through the driver, a third of a second slower a page.
 */
@ExtendWith(PortalExtension.class)
class AxeScriptIT {

    @Test
    @DisplayName("The test portal serves axe as a cacheable script from its own address")
    void axeIsServedForTheBrowserTests(EmbeddedPortal portal) throws Exception {
        var script = Http.get(portal.baseUrl() + "test-support/axe.min.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("private, max-age=86400");
        assertThat(script.body()).isEqualTo(Files.readString(Path.of("target", "axe.min.js")));
    }
}
