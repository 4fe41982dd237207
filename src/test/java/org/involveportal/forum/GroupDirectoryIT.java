package org.involveportal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The group directory and group pages on the demo data, and meetings' calendar files. */
@ExtendWith(PortalExtension.class)
class GroupDirectoryIT {

    @Test
    @DisplayName("Filtering by topic, who for, in person or online, and area narrows the directory with a plain form and its own address")
    void filters(Browser browser) {
        browser.open("/groups");
        assertThat(names(browser)).contains("Carers Forum", "Mobility Forum", "Power and Control group", "50+ LGBT Network",
                "Health, Social Care and Wellbeing Programme Group");
        new Select(browser.driver().findElement(By.id("topic"))).selectByValue("TRANSPORT_AND_MOBILITY");
        browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).contains("topic=TRANSPORT_AND_MOBILITY");
        assertThat(names(browser)).containsExactly("Mobility Forum");
        browser.assertNoAxeViolations();

        browser.open("/groups?area=Wrexham");
        assertThat(names(browser)).containsExactly("Health, Social Care and Wellbeing Programme Group");

        browser.open("/groups?who=LEARNING_DISABILITY&area=Islington");
        assertThat(names(browser)).containsExactly("Learning Disability Partnership Board", "Power and Control group");

        // online finds groups that meet online or both ways; a group for everyone suits anyone
        browser.open("/cy/groups?how=ONLINE&who=OLDER_PEOPLE&area=Tower+Hamlets");
        assertThat(names(browser)).containsExactlyInAnyOrder("Grŵp Cyfeirio Pobl Hŷn sy'n Gaeth i'r Tŷ",
                "Grŵp Cyfeirio Taliadau Uniongyrchol");
        assertThat(new Select(browser.driver().findElement(By.id("how"))).getFirstSelectedOption().getText()).isEqualTo("Ar-lein");
        assertThat(browser.driver().findElement(By.id("group-count")).getText()).isEqualTo("Mae 2 grŵp yn cyfateb.");
        browser.assertNoAxeViolations();
    }

    @Test
    @DisplayName("The Mobility Forum's page: who can join, pattern, venue access, support, payment, the next meeting on London time, minutes")
    void groupPage(Browser browser, EmbeddedPortal portal) throws SQLException {
        var next = nextMeeting(portal, "mobility-forum");
        browser.open("/groups/mobility-forum");

        assertThat(browser.driver().getTitle()).isEqualTo("Mobility Forum – Involve");
        String facts = browser.driver().findElement(By.cssSelector(".group-facts")).getText();
        assertThat(facts).contains("Who can join", "Anyone who is disabled or older and lives in Islington",
                "Three times a year: a surgery hour from 11am to 12 noon, lunch, then a themed meeting until 3pm.",
                "Step-free entrance on Richmond Grove.", "Transport there and back", "British Sign Language (BSL) interpreter",
                "Hearing loop", "Your expenses are paid back.", "Anyone who fits can join straight away.");
        var meeting = browser.driver().findElement(By.id("meeting-" + next.id()));
        assertThat(meeting.findElement(By.cssSelector(".meeting__when")).getText())
                .isEqualTo(DateFormatting.date(next.starts(), Language.ENGLISH) + ", 11:00am to 3:00pm");
        assertThat(meeting.findElement(By.cssSelector(".meeting__places")).getText()).isEqualTo("60 places left");
        assertThat(meeting.findElement(By.cssSelector(".meeting__calendar")).getAttribute("href"))
                .endsWith("/calendar/meeting-" + next.id() + ".ics?lang=en");
        assertThat(browser.driver().findElement(By.id("minutes")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.cssSelector(".minutes .prose")).getText())
                .contains("Taxicard trips will not be cut this year.");

        browser.open("/cy/groups/mobility-forum");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Fforwm Symudedd");
        assertThat(browser.driver().findElement(By.cssSelector("#meeting-" + next.id() + " .meeting__when")).getText())
                .isEqualTo(DateFormatting.date(next.starts(), Language.WELSH) + ", 11:00 tan 15:00");
        assertThat(browser.driver().findElement(By.cssSelector(".minutes .prose")).getAttribute("lang")).isEqualTo("cy");
    }

    @Test
    @DisplayName("A nearly full meeting says how many places are left; easy read shows the group's ideas with pictures")
    void nearlyFullAndEasyRead(Browser browser, EmbeddedPortal portal) throws SQLException {
        var carers = nextMeeting(portal, "carers-forum");
        browser.open("/groups/carers-forum?read=standard&print=standard");
        assertThat(browser.driver().findElement(By.cssSelector("#meeting-" + carers.id() + " .meeting__places")).getText())
                .isEqualTo("1 place left");

        browser.open("/cy/groups/power-and-control?read=easy");
        var ideas = browser.driver().findElements(By.cssSelector(".easy-read__item"));
        assertThat(ideas).extracting(WebElement::getText).containsExactly("Rydym yn bobl ag anabledd dysgu.",
                "Rydym yn siarad yn y Bwrdd Partneriaeth.", "Rydym yn cyfarfod bob prynhawn dydd Mercher.",
                "Rydym yn cael ein talu am ein cyfarfodydd.");
        assertThat(browser.driver().findElement(By.cssSelector(".group-facts")).getText()).contains("Bydd staff yn edrych ar eich cais i ymuno.");
        browser.open("/groups/power-and-control?read=standard");
        assertThat(browser.driver().findElements(By.cssSelector(".easy-read__item"))).isEmpty();
    }

    @Test
    @DisplayName("Group pages in English, Welsh and Urdu, standard, easy read and large print, at 320 and 1280 pixels: axe clean, no sideways scrolling")
    void everyLanguageAndMode(Browser browser) {
        for (String language : List.of("", "cy/", "ur/")) {
            for (String mode : List.of("read=standard&print=standard", "read=easy&print=standard", "read=standard&print=large")) {
                for (int width : new int[] {320, 1280}) {
                    browser.resize(width, 900);
                    browser.open("/" + language + "groups/mobility-forum?" + mode);
                    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
                    assertThat(browser.scrollsHorizontally()).as("%s %s at %d px", language, mode, width).isFalse();
                    if (width == 320) {
                        browser.assertNoAxeViolationsOfLayout(); // the same page is scanned whole at 1280 px
                    } else {
                        browser.assertNoAxeViolations();
                    }
                }
            }
        }
        browser.open("/ur/groups?read=standard&print=standard");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        browser.assertNoAxeViolations();
        browser.resize(1280, 1000);
    }

    @Test
    @DisplayName("Without JavaScript the filters and the group page work")
    void withoutJavaScript(EmbeddedPortal portal) {
        try (var browser = Browser.start(false)) {
            browser.reset(portal.baseUrl());
            browser.open("/groups");
            new Select(browser.driver().findElement(By.id("how"))).selectByValue("IN_PERSON");
            new Select(browser.driver().findElement(By.id("area"))).selectByValue("Islington");
            new Select(browser.driver().findElement(By.id("topic"))).selectByValue("TRANSPORT_AND_MOBILITY");
            browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
            assertThat(names(browser)).containsExactly("Mobility Forum");
            browser.clickAndWait(By.linkText("Mobility Forum"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/groups/mobility-forum");
            assertThat(browser.driver().findElements(By.cssSelector(".meeting"))).isNotEmpty();
        }
    }

    @Test
    @DisplayName("A meeting's calendar file is valid iCalendar: UTC times, escaped text, folded CRLF lines, in the chosen language")
    void calendarFile(EmbeddedPortal portal) throws SQLException {
        var next = nextMeeting(portal, "mobility-forum");
        var response = Http.get(portal.baseUrl() + "calendar/meeting-" + next.id() + ".ics?lang=cy");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        String ics = response.body();
        var utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART:" + utc.format(next.starts()) + "\r\n", "UID:meeting-" + next.id() + "@involve\r\n",
                        "LOCATION;LANGUAGE=cy:Islington Town Hall\\, Upper Street\\, N1\r\n");
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY;LANGUAGE=cy:Fforwm Symudedd: Awr gymhorthfa\\, yna cyfarfod thema: palmentydd a chroesfannau\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(Http.get(portal.baseUrl() + "calendar/meeting-999999999.ics").statusCode()).isEqualTo(404);
        assertThat(Http.get(portal.baseUrl() + "calendar/meeting-abc.ics").statusCode()).isEqualTo(404);
    }

    private static List<String> names(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".group-list h2")).stream().map(WebElement::getText).toList();
    }

    record MeetingRow(long id, Instant starts) {
    }

    /** The group's next meeting, from the database. */
    static MeetingRow nextMeeting(EmbeddedPortal portal, String slug) throws SQLException {
        try (var connection = portal.connectToDatabase();
             var statement = connection.prepareStatement("select m.id, m.starts_at from meeting m join involvement_group g on g.id = m.group_id"
                     + " where g.slug = ? and m.starts_at > utc_timestamp(6) order by m.starts_at limit 1")) {
            statement.setString(1, slug);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a meeting of %s to come", slug).isTrue();
                return new MeetingRow(rows.getLong(1), rows.getObject(2, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC));
            }
        }
    }
}
