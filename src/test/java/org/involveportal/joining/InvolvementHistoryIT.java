package org.involveportal.joining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A resident's involvement history: a consultation answered while signed in is counted (and nothing links the count
 * to the response), an anonymous response counts for nobody, the totals agree with the database, and the pages with
 * the history, and booking a training place, are axe clean in English, Welsh and Urdu in every reading mode at 320 px.
 */
@ExtendWith(PortalExtension.class)
class InvolvementHistoryIT {

    private static final String STRATEGY = "draft-involvement-strategy";
    private static final String PASSWORD = "a long resident password 2026";

    @Test
    @DisplayName("A consultation answered while signed in counts on the history, with nothing linking it to the response; an anonymous one counts for nobody")
    void consultationAnsweredCounts(EmbeddedPortal portal) throws Exception {
        assertThat(columns(portal)).as("nothing to join it to the response or its answers")
                .containsExactlyInAnyOrder("id", "resident_id", "consultation_id", "answered_on");
        int before = portal.count("select count(*) from consultation_answered");
        answer(portal, new StaffSignIns.Client(portal));
        assertThat(portal.count("select count(*) from consultation_answered")).as("an anonymous response counts for nobody").isEqualTo(before);

        String email = "answering-" + System.nanoTime() + "@example.org";
        var resident = ResidentSignIns.signedUpAndVerified(portal, email, PASSWORD);
        String id = portal.queryOne("select id from resident where email = ?", email);
        answer(portal, resident);
        assertThat(portal.count("select count(*) from consultation_answered a join consultation c on c.id = a.consultation_id"
                + " where a.resident_id = ? and c.slug = ?", id, STRATEGY)).isEqualTo(1);

        var page = Jsoup.parse(resident.get("account/involvement").body());
        assertThat(page.getElementById("total-consultations").text())
                .isEqualTo(portal.queryOne("select count(*) from consultation_answered where resident_id = ?", id));
        assertThat(page.getElementById("total-meetings").text()).isEqualTo(portal.queryOne(
                "select count(*) from meeting_registration where resident_id = ? and status = 'ATTENDED'", id));
        assertThat(page.getElementById("total-activities").text()).isEqualTo(portal.queryOne(
                "select count(*) from activity_interest where resident_id = ? and status = 'CHOSEN' and attended = true", id));
        assertThat(page.getElementById("total-training").text()).isEqualTo(portal.queryOne(
                "select count(*) from training_completion where resident_id = ?", id));
        assertThat(page.getElementById("total-hours").text()).as("a consultation has no hours").isEqualTo("0");
        assertThat(page.select("#history-list .history-entry__kind").eachText()).containsExactly("Consultation answered");
        assertThat(Jsoup.parse(resident.get("cy/account/involvement").body()).select("#history-list .history-entry__kind").eachText())
                .containsExactly("Ymgynghoriad wedi'i ateb");

        // "my data" lists it; deleting the account removes it
        assertThat(Jsoup.parse(resident.get("account/my-data").body()).text()).contains("Consultations you answered while signed in");
        resident.post("account/delete", "confirm=yes");
        assertThat(portal.count("select count(*) from consultation_answered where resident_id = ?", id)).isZero();
    }

    @Test
    @DisplayName("My involvement with its history, and booking a training place, are axe clean in English, Welsh and Urdu, every reading mode, at 320 px")
    void axeOnSignedInPages(Browser browser, EmbeddedPortal portal) throws Exception {
        String email = "axe-history-" + System.nanoTime() + "@example.org";
        ResidentSignIns.signedUpAndVerified(portal, email, PASSWORD);
        String session = portal.queryOne("select s.id from training_session s join course c on c.id = s.course_id"
                + " where c.slug = 'chairing-a-meeting' order by s.starts_at desc limit 1");
        browser.resize(320, 900).open("account/sign-in");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.clickAndWait(By.id("sign-in-password"));
        for (String language : List.of("", "cy/", "ur/")) {
            for (String mode : List.of("?read=standard&print=standard", "?read=standard&print=large", "?read=easy&print=standard")) {
                for (String page : List.of("account/involvement", "training/chairing-a-meeting/sessions/" + session)) {
                    browser.open(language + page + mode);
                    assertThat(browser.driver().findElements(By.cssSelector("h1.error-heading"))).as(page).isEmpty();
                    assertThat(browser.scrollsHorizontally()).as(language + page + mode).isFalse();
                    browser.assertNoAxeViolations();
                }
            }
        }
        assertThat(browser.driver().findElement(By.id("book-place")).isDisplayed()).isTrue();
        browser.open("account/involvement?print=standard&read=standard");
        assertThat(browser.driver().findElement(By.id("history-totals")).isDisplayed()).isTrue();
    }

    /** The answering journey of the demo's open consultation, as the client (signed in or not), to "about you". */
    private static void answer(EmbeddedPortal portal, StaffSignIns.Client client) throws Exception {
        var questions = questionIds(portal);
        var start = client.post("consultations/" + STRATEGY + "/respond", "");
        assertThat(start.statusCode()).isEqualTo(302);
        String location = start.headers().firstValue("Location").orElseThrow();
        String draft = location.substring(location.indexOf("respond/"), location.lastIndexOf('/') + 1);
        assertThat(client.post(draft + "answering-as", "answeringAs=CARER&action=continue").statusCode()).isEqualTo(302);
        assertThat(client.post(draft + "questions/1", "q" + questions.get(0) + "=2&q" + questions.get(1) + "=1&q" + questions.get(1)
                + "=3&action=continue").statusCode()).isEqualTo(302);
        assertThat(client.post(draft + "contact", "way=NONE&action=continue").statusCode()).isEqualTo(302);
        var sent = client.post(draft + "check", "");
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/about-you");
    }

    private static List<Long> questionIds(EmbeddedPortal portal) throws Exception {
        var ids = new ArrayList<Long>();
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement(
                     "select q.id from question q join consultation c on c.id = q.consultation_id where c.slug = ? order by q.position")) {
            query.setString(1, STRATEGY);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<String> columns(EmbeddedPortal portal) throws Exception {
        var names = new ArrayList<String>();
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement("select column_name from information_schema.columns"
                     + " where table_schema = database() and table_name = 'consultation_answered'");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
