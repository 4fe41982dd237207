package org.involveportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The browser checks every page relies on must be able to fail: each is shown a page that fails it. */
@ExtendWith(PortalExtension.class)
class BrowserChecksIT {

    private static void show(Browser browser, String body) {
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(
                "<!doctype html><html lang=en><head><title>Check</title></head><body><main><h1>Check</h1>"
                        + body + "</main></body></html>", StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Test
    void axeReportsAProblemAndNamesTheElement(Browser browser) {
        show(browser, "<p>Fine.</p>");
        browser.assertNoAxeViolations();

        show(browser, "<img id=no-alt src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>");
        assertThatThrownBy(browser::assertNoAxeViolations).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("#no-alt");
    }

    @Test
    void axeAtANarrowWidthReportsLayoutProblems(Browser browser) {
        show(browser, "<p style='color:#999;background:#fff'>Pale text.</p>");
        browser.resize(320, 800);
        assertThatThrownBy(browser::assertNoAxeViolationsOfLayout).isInstanceOf(AssertionError.class)
                .hasMessageContaining("color-contrast");
    }

    @Test
    void sidewaysScrollIsFound(Browser browser) {
        browser.resize(320, 800);
        show(browser, "<p>Short words only.</p>");
        assertThat(browser.scrollsHorizontally()).isFalse();

        show(browser, "<div style='width:400px'>Too wide.</div>");
        assertThat(browser.scrollsHorizontally()).isTrue();
    }

    @Test
    void sidewaysScrollIsFoundInTheWidestCommonFontToo(Browser browser) {
        browser.resize(320, 800);
        // twenty "m" in a monospace font take 12 em (240 px) and fit; in DejaVu Sans each "m" is
        // almost 1 em wide, so the same line needs about 390 px and the page scrolls sideways
        show(browser, "<p style='font:20px monospace;white-space:nowrap'>" + "m".repeat(20) + "</p>");
        assertThat(browser.scrollsHorizontally()).isTrue();
        Object inOwnFont = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) inOwnFont).longValue()).as("fits in the page's own font").isLessThanOrEqualTo(0);
    }
}
