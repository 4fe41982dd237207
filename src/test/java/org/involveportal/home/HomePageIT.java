package org.involveportal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@ExtendWith(PortalExtension.class)
class HomePageIT {

    @Test
    @DisplayName("The home page lists the demo data's open consultations and groups, read from the database")
    void showsOpenConsultationsAndGroups(Browser browser) {
        browser.open("/");

        assertThat(browser.driver().getTitle()).isEqualTo("Have your say – Involve");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Have your say about adult social care");
        assertThat(headingsOfCards(browser))
                .contains("Our draft involvement strategy", "Short breaks for carers",
                        "Carers Forum", "Mobility Forum", "Power and Control group")
                // forthcoming and closed consultations are not "open now"
                .doesNotContain("Getting around: accessible transport", "Day opportunities for older people");
    }

    @Test
    @DisplayName("A consultation added to the database appears on the home page only while it is open, closing soonest first")
    void consultationFromDatabaseAppearsWhileOpen(Browser browser, EmbeddedPortal portal) throws Exception {
        Instant now = Instant.now();
        insertConsultation(portal, "it-closing-tomorrow", now.minus(Duration.ofDays(90)), now.plus(Duration.ofDays(1)),
                "Prawf: Ymgynghoriad ✓ اردو");
        insertConsultation(portal, "it-closed-yesterday", now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(1)),
                "A consultation that closed yesterday");

        browser.open("/");

        var headings = headingsOfCards(browser);
        assertThat(headings).contains("Prawf: Ymgynghoriad ✓ اردو")
                .doesNotContain("A consultation that closed yesterday");
        assertThat(headings.indexOf("Prawf: Ymgynghoriad ✓ اردو"))
                .as("closing tomorrow comes before the demo consultations closing in weeks")
                .isLessThan(headings.indexOf("Our draft involvement strategy"));
    }

    @Test
    @DisplayName("The home page has no WCAG 2.2 A or AA violations under axe")
    void homePageIsAccessible(Browser browser) {
        browser.open("/");
        browser.assertNoAxeViolations();
        browser.screenshot("home-en-standard");
    }

    @Test
    @DisplayName("The skip link is the first thing the keyboard reaches and leads to the main content")
    void skipLinkFirst(Browser browser) {
        browser.open("/");
        var body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        assertThat(focused.getAttribute("href")).endsWith("#main-content");
        assertThat(browser.driver().findElements(By.tagName("main"))).hasSize(1);
        assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
    }

    private static java.util.List<String> headingsOfCards(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".card h3")).stream().map(WebElement::getText).toList();
    }

    private static void insertConsultation(EmbeddedPortal portal, String slug, Instant opens, Instant closes,
                                           String title) throws Exception {
        try (var connection = portal.connectToDatabase();
             var insert = connection.prepareStatement(
                     "insert into consultation (slug, opens_at, closes_at, published_at) values (?, ?, ?, ?)",
                     java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, slug);
            insert.setObject(2, LocalDateTime.ofInstant(opens, ZoneOffset.UTC));
            insert.setObject(3, LocalDateTime.ofInstant(closes, ZoneOffset.UTC));
            insert.setObject(4, LocalDateTime.ofInstant(opens, ZoneOffset.UTC)); // published
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys();
                 var text = connection.prepareStatement(
                         "insert into consultation_text (consultation_id, language, title, summary) values (?, 'en', ?, ?)")) {
                keys.next();
                text.setLong(1, keys.getLong(1));
                text.setString(2, title);
                text.setString(3, "Added by a test.");
                text.executeUpdate();
            }
        }
    }
}
