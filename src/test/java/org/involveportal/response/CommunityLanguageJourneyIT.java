package org.involveportal.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * A resident answers in Urdu (right to left) and in Bengali a consultation staff wrote in that
 * language, with JavaScript off: every page, question, option and problem is in their language.
 */
@ExtendWith(PortalExtension.class)
class CommunityLanguageJourneyIT {

    private static final String SHORT_BREAKS = "carers-short-breaks";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ur, rtl, دیکھ بھال کرنے والوں کے لیے مختصر وقفے, آپ مختصر وقفہ کیسے بُک کرنا چاہیں گے؟, فون پر",
            "bn, ltr, কেয়ারারদের জন্য স্বল্প বিরতি, আপনি কীভাবে স্বল্প বিরতি বুক করতে চান?, ফোনে"})
    @DisplayName("Answering a consultation written in the reader's language, with one problem on the way, JavaScript off")
    void answerInYourLanguage(String language, String direction, String title, String firstQuestion, String byPhone,
                              EmbeddedPortal portal) throws Exception {
        var bundle = bundle(language);
        var questions = questionIds(portal);
        try (var browser = Browser.start(false)) {
            browser.reset(portal.baseUrl());

            browser.open("/" + language + "/consultations/" + SHORT_BREAKS);
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo(direction);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
            assertThat(browser.driver().findElements(By.id("content-language-note"))).as("written in it: no note").isEmpty();
            browser.clickAndWait(By.id("answer-link"));
            browser.clickAndWait(By.cssSelector("main form button"));

            browser.driver().findElement(By.cssSelector("label[for='answeringAs-2']")).click();
            continueOn(browser);

            // the required question left out: the problem in the reader's language, in the title and beside it
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(firstQuestion);
            continueOn(browser);
            String error = bundle.getProperty("answer.error.required.choose");
            assertThat(browser.driver().getTitle()).startsWith(bundle.getProperty("form.errorTitle").replace("{title}", "").strip());
            assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText()).contains(error);
            assertThat(browser.driver().findElement(By.id("q" + questions.get(0) + "-1-error")).getText()).contains(error);
            assertThat(browser.driver().findElement(By.cssSelector("label[for='q" + questions.get(0) + "-2']")).getText()).isEqualTo(byPhone);

            browser.driver().findElement(By.cssSelector("label[for='q" + questions.get(0) + "-2']")).click();
            for (int page = 0; page < 5 && !browser.driver().getCurrentUrl().endsWith("/contact"); page++) {
                continueOn(browser);
            }
            assertThat(browser.driver().getCurrentUrl()).endsWith("/contact");
            browser.driver().findElement(By.cssSelector("label[for='way-1']")).click();
            continueOn(browser);

            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(bundle.getProperty("check.heading"));
            assertThat(browser.driver().findElement(By.cssSelector(".summary-list")).getText()).contains(firstQuestion, byPhone);
            browser.clickAndWait(By.cssSelector("main form button"));
            assertThat(browser.driver().findElement(By.cssSelector(".panel__title")).getText()).isEqualTo(bundle.getProperty("aboutYou.sent"));
        }
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement("select count(*) from response r join consultation c on c.id = r.consultation_id"
                     + " where c.slug = ? and r.language = ?")) {
            query.setString(1, SHORT_BREAKS);
            query.setString(2, language);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).as("responses kept as answered in %s", language).isPositive();
            }
        }
    }

    private static void continueOn(Browser browser) {
        browser.clickAndWait(By.cssSelector("button[value='continue']"));
    }

    private static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("translations", "messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static List<Long> questionIds(EmbeddedPortal portal) throws Exception {
        var ids = new ArrayList<Long>();
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement(
                     "select q.id from question q join consultation c on c.id = q.consultation_id where c.slug = ? order by q.position")) {
            query.setString(1, SHORT_BREAKS);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
