package org.involveportal.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Asking for information in another format: errors beside their fields, nothing lost, kept for staff. */
@ExtendWith(PortalExtension.class)
class FormatRequestIT {

    @Test
    @DisplayName("Missing answers are listed in an error summary and beside each field; what was typed stays")
    void errorsShownNothingLost(Browser browser) {
        browser.open("/another-format");
        browser.driver().findElement(By.id("name")).sendKeys("<b>Siân</b> 😀");
        browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));

        assertThat(browser.driver().getTitle()).isEqualTo("Error: Ask for this in another format – Involve");
        var summary = browser.driver().findElement(By.cssSelector(".error-summary"));
        assertThat(summary.findElements(By.cssSelector("a"))).extracting(WebElement::getText)
                .containsExactly("Choose the format you need", "Choose how we should get in touch");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).isEqualTo("error-summary");
        assertThat(browser.driver().findElement(By.id("format-error")).getText().replaceAll("\\s+", " "))
                .isEqualTo("Error: Choose the format you need");
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo("<b>Siân</b> 😀");
        assertThat(browser.driver().findElements(By.cssSelector("main b"))).as("typed HTML stays text").isEmpty();
        browser.assertNoAxeViolations();

        summary.findElement(By.linkText("Choose the format you need")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#format-first");
    }

    @Test
    @DisplayName("A valid request in Welsh is kept for staff with a reference, its text intact")
    void welshRequestKept(Browser browser, EmbeddedPortal portal) throws Exception {
        browser.open("/cy/another-format?about=draft-involvement-strategy");
        browser.driver().findElement(By.cssSelector("label[for='format-ANOTHER_LANGUAGE']")).click();
        browser.driver().findElement(By.id("language")).sendKeys("اردو");
        browser.driver().findElement(By.id("details")).sendKeys("Y strategaeth ddrafft, os gwelwch yn dda ✓");
        browser.driver().findElement(By.id("name")).sendKeys("Siân Ŵyn");
        browser.driver().findElement(By.cssSelector("label[for='contactMethod-first']")).click();
        browser.driver().findElement(By.id("email")).sendKeys("sian@example.org");
        browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));

        var reference = browser.driver().findElement(By.cssSelector(".panel__body")).getText().replace("Eich cyfeirnod yw ", "");
        assertThat(reference).matches("AF-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(browser.driver().getCurrentUrl()).contains("/cy/another-format?sent=" + reference);
        browser.assertNoAxeViolations();

        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement(
                     "select format, language, about, details, name, contact_method, contact, page_language from format_request where reference = ?")) {
            query.setString(1, reference);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("format")).isEqualTo("ANOTHER_LANGUAGE");
                assertThat(row.getString("language")).isEqualTo("اردو");
                assertThat(row.getString("about")).isEqualTo("draft-involvement-strategy");
                assertThat(row.getString("details")).isEqualTo("Y strategaeth ddrafft, os gwelwch yn dda ✓");
                assertThat(row.getString("name")).isEqualTo("Siân Ŵyn");
                assertThat(row.getString("contact_method")).isEqualTo("EMAIL");
                assertThat(row.getString("contact")).isEqualTo("sian@example.org");
                assertThat(row.getString("page_language")).isEqualTo("cy");
            }
        }
    }

    @Test
    @DisplayName("With JavaScript off the form works the same way")
    void withoutJavaScript(EmbeddedPortal portal) {
        try (var browser = Browser.start(false)) {
            browser.reset(portal.baseUrl());
            browser.open("/another-format");
            browser.driver().findElement(By.id("format-first")).click();
            browser.driver().findElement(By.id("name")).sendKeys("Pat");
            browser.driver().findElement(By.id("contactMethod-PHONE")).click();
            browser.driver().findElement(By.id("phone")).sendKeys("abc");
            browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));

            assertThat(browser.driver().findElement(By.id("phone-error")).getText()).contains("Enter a phone number");
            assertThat(browser.driver().findElement(By.id("format-first")).isSelected()).isTrue();
            var phone = browser.driver().findElement(By.id("phone"));
            phone.clear();
            phone.sendKeys("01632 960 001");
            browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));

            assertThat(browser.driver().findElement(By.cssSelector(".panel h1")).getText()).isEqualTo("Request sent");
        }
    }

    @Test
    @DisplayName("A post from another site is refused")
    void crossSitePostRefused(EmbeddedPortal portal) {
        var response = Http.postForm(portal.baseUrl() + "another-format",
                "format=BRAILLE&name=Mallory&contactMethod=EMAIL&email=m%40example.org", "https://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("site-header").doesNotContain("Request sent");
    }
}
