package org.involveportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

/** Finding and reading consultations, on the demo data. */
@ExtendWith(PortalExtension.class)
class ConsultationPagesIT {

    @Test
    @DisplayName("The list shows open ones closing soonest first, then coming soon, then closed")
    void listOrder(Browser browser) {
        browser.open("/consultations");

        var sections = browser.driver().findElements(By.cssSelector("main h2.heading-l"));
        assertThat(sections).extracting(WebElement::getText).containsSubsequence("Open now", "Coming soon", "Closed");
        assertThat(titles(browser)).containsSubsequence("Short breaks for carers", "Our draft involvement strategy",
                "Getting around: accessible transport", "Day opportunities for older people");
    }

    @Test
    @DisplayName("Filtering by topic and by who it is for narrows the list, with a plain form and its own address")
    void filters(Browser browser) {
        browser.open("/consultations");
        new Select(browser.driver().findElement(By.id("topic"))).selectByValue("CARERS_SUPPORT");
        browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));

        assertThat(browser.driver().getCurrentUrl()).contains("topic=CARERS_SUPPORT");
        // Other tests add consultations of their own, so check the demo ones: in the topic, and out of it.
        assertThat(titles(browser)).contains("Short breaks for carers")
                .doesNotContain("Our draft involvement strategy", "Getting around: accessible transport",
                        "Day opportunities for older people");

        browser.open("/cy/consultations?who=OLDER_PEOPLE");
        // the demo's report quarter adds a closed consultation for older people too, so the open ones are checked in order
        assertThat(titles(browser)).containsSubsequence("Mynd o gwmpas: trafnidiaeth hygyrch", "Cyfleoedd dydd i bobl hŷn")
                .doesNotContain("Seibiannau byr i ofalwyr");
        assertThat(new Select(browser.driver().findElement(By.id("who"))).getFirstSelectedOption().getText())
                .isEqualTo("Pobl hŷn");
        browser.assertNoAxeViolations();
    }

    @Test
    @DisplayName("A consultation page says when it closes in words, in the reader's language and on London time")
    void closesInWords(Browser browser, EmbeddedPortal portal) throws Exception {
        Instant closes = closingInstant(portal, "draft-involvement-strategy");

        browser.open("/consultations/draft-involvement-strategy");
        assertThat(browser.driver().findElement(By.cssSelector(".notice__main")).getText())
                .isEqualTo("This consultation closes at " + DateFormatting.time(closes, Language.ENGLISH) + " on "
                        + DateFormatting.date(closes, Language.ENGLISH) + ".")
                .contains("11:59pm");
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).containsPattern("There are \\d+ days left to answer.");
        assertThat(browser.driver().getTitle()).isEqualTo("Our draft involvement strategy – Involve");

        browser.open("/cy/consultations/draft-involvement-strategy");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Ein strategaeth cynnwys ddrafft");
        assertThat(browser.driver().findElement(By.cssSelector(".notice__main")).getText())
                .isEqualTo("Mae'r ymgynghoriad hwn yn cau am 23:59 ar " + DateFormatting.date(closes, Language.WELSH) + ".");
    }

    @Test
    @DisplayName("The easy-read version has a picture with alt text beside each idea, in the reader's language")
    void easyReadVersion(Browser browser) {
        browser.open("/cy/consultations/draft-involvement-strategy");

        var ideas = browser.driver().findElements(By.cssSelector(".easy-read__item"));
        assertThat(ideas).hasSize(4);
        assertThat(ideas.get(0).findElement(By.tagName("img")).getAttribute("alt")).isEqualTo("Dau berson");
        assertThat(ideas.get(0).getText()).isEqualTo("Rydym eisiau clywed gan bobl sy'n defnyddio gwasanaethau gofal.");
    }

    @Test
    @DisplayName("In easy read a consultation leads with its easy-read ideas and keeps the full text behind a disclosure;"
            + " the standard page shows the full text first, in English and in Welsh")
    void easyReadLeads(EmbeddedPortal portal) {
        for (String language : new String[] {"", "cy/"}) {
            String address = portal.baseUrl() + language + "consultations/draft-involvement-strategy";
            var easy = org.jsoup.Jsoup.parse(Http.get(address + "?read=easy").body());
            var main = easy.selectFirst("main");
            assertThat(main.selectFirst("h2").id()).as("%s the first heading in easy read", language).isEqualTo("easy-read");
            assertThat(main.select(".easy-read__item")).hasSize(4);
            assertThat(main.select(".easy-read__item").first().elementSiblingIndex()).isZero();
            var full = main.selectFirst("details#full-text");
            assertThat(full).as("%s the full text, one step away", language).isNotNull();
            assertThat(full.selectFirst("summary").text()).isEqualTo(language.isEmpty() ? "Read all the information" : "Darllen yr holl wybodaeth");
            assertThat(full.select("p.lead")).as("the summary is in the full text").hasSize(1);
            assertThat(main.select("p.lead")).as("and nowhere else").hasSize(1);
            assertThat(full.select("#easy-read")).isEmpty();
            assertThat(main.selectFirst("#easy-read").parents()).doesNotContain(full);

            var standard = org.jsoup.Jsoup.parse(Http.get(address + "?read=standard").body()).selectFirst("main");
            assertThat(standard.select("details#full-text")).as("%s the standard page hides nothing", language).isEmpty();
            assertThat(standard.select("p.lead")).hasSize(1);
            assertThat(standard.selectFirst("h2").id()).isNotEqualTo("easy-read");
            assertThat(standard.select(".easy-read__item")).hasSize(4);

            // lists and the home page lead with the first easy-read idea in easy read, the summary otherwise
            String idea = language.isEmpty() ? "We want to hear from people who use care services."
                    : "Rydym eisiau clywed gan bobl sy'n defnyddio gwasanaethau gofal.";
            for (String list : new String[] {"consultations", ""}) {
                String listAddress = portal.baseUrl() + language + list;
                assertThat(org.jsoup.Jsoup.parse(Http.get(listAddress + "?read=easy").body()).selectFirst("main").text())
                        .as("%s%s in easy read", language, list).contains(idea);
                assertThat(org.jsoup.Jsoup.parse(Http.get(listAddress + "?read=standard").body()).selectFirst("main").text())
                        .as("%s%s standard", language, list).doesNotContain(idea);
            }
        }
    }

    @Test
    @DisplayName("A window shorter than 12 weeks shows its reason publicly")
    void shorterPeriodReasonShown(Browser browser) {
        browser.open("/consultations/carers-short-breaks");

        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Why this consultation is shorter than 12 weeks")
                .contains("The new booking system must be chosen by the end of March");

        browser.open("/consultations/draft-involvement-strategy");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("shorter than 12 weeks");
    }

    @Test
    @DisplayName("Status follows the clock: moved past the closing instant, the consultation shows as closed")
    void statusFollowsTheClock(Browser browser, EmbeddedPortal portal) throws Exception {
        Instant closes = closingInstant(portal, "carers-short-breaks");
        try {
            portal.moveClock(java.time.Duration.between(Instant.now(), closes).plusMinutes(1));
            browser.open("/consultations/carers-short-breaks");

            assertThat(browser.driver().findElement(By.cssSelector(".notice__main")).getText())
                    .startsWith("This consultation closed at 11:59pm on");
            browser.open("/consultations");
            assertThat(browser.driver().findElement(By.xpath("//h2[.='Closed']/following-sibling::ul")).getText())
                    .contains("Short breaks for carers");
        } finally {
            portal.moveClock(java.time.Duration.ZERO);
        }
        browser.open("/consultations/carers-short-breaks");
        assertThat(browser.driver().findElement(By.cssSelector(".notice__main")).getText()).startsWith("This consultation closes at");
    }

    @Test
    @DisplayName("An unknown consultation gets the 404 page")
    void unknownConsultation(EmbeddedPortal portal) {
        var response = Http.get(portal.baseUrl() + "cy/consultations/no-such-consultation");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(org.jsoup.Jsoup.parse(response.body()).selectFirst("html").attr("lang")).isEqualTo("cy");
    }

    @Test
    @DisplayName("The demo questions are stored in pages, with their Welsh words and options")
    void demoQuestionsStored(EmbeddedPortal portal) throws Exception {
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement("""
                     select q.position, q.page, q.type, q.required, t.text,
                            (select count(*) from question_option o where o.question_id = q.id and o.language = 'en') as options
                     from question q join consultation c on c.id = q.consultation_id
                     join question_text t on t.question_id = q.id and t.language = 'cy'
                     where c.slug = 'draft-involvement-strategy' order by q.position""");
             var rows = query.executeQuery()) {
            var found = new java.util.ArrayList<String>();
            while (rows.next()) {
                found.add(rows.getInt("position") + "/" + rows.getInt("page") + " " + rows.getString("type") + " "
                        + rows.getBoolean("required") + " " + rows.getInt("options") + " " + rows.getString("text"));
            }
            assertThat(found).containsExactly(
                    "1/1 SINGLE_CHOICE true 4 Ydych chi'n cytuno â'n pum safon cynnwys?",
                    "2/1 MULTIPLE_CHOICE false 4 Sut hoffech chi gymryd rhan?",
                    "3/2 RANKING false 3 Rhowch y rhain yn nhrefn pwysigrwydd i chi",
                    "4/2 RATING false 0 Pa mor dda rydym yn dweud wrthych beth newidiodd ar ôl i chi ddweud eich dweud?",
                    "5/2 FREE_TEXT false 0 Oes unrhyw beth arall rydych chi eisiau ei ddweud wrthym?");
        }
    }

    private static java.util.List<String> titles(Browser browser) {
        return browser.driver().findElements(By.cssSelector("main .card h3")).stream().map(WebElement::getText).toList();
    }

    private static Instant closingInstant(EmbeddedPortal portal, String slug) throws Exception {
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement("select closes_at from consultation where slug = ?")) {
            query.setString(1, slug);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            }
        }
    }
}
