package org.involveportal.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A consultation's decision trail: the equality impact assessment a proposal that changes a service needs before it
 * is published, the analysis and the decision recorded after it closes, each step shown on the public page with who
 * and when, and "not yet" where a step is still to come. Roles hold against forged posts.
 */
@ExtendWith(PortalExtension.class)
class DecisionTrailIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String EDITOR = "editor@example.gov.uk";
    private static final String PUBLISHER = "publisher@example.gov.uk";
    private static final String ANALYST = "analyst@example.gov.uk";
    private static final String DOCUMENT = "https://www.example.gov.uk/eia/respite.pdf";

    @Test
    @DisplayName("Publishing a proposal that changes a service is refused until its assessment is recorded, with what was typed"
            + " kept; forged posts by roles without the page are refused and change nothing; no decision before closing")
    void publishRefusalAndForgedPosts(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, EDITOR);
        var publisher = StaffSignIns.signedIn(portal, PUBLISHER);
        var analyst = StaffSignIns.signedIn(portal, ANALYST);
        String slug = draft(portal, "Respite changes " + UUID.randomUUID());
        assertThat(editor.post("staff/consultation-eia?c=" + slug, "changes-service=yes&proposed-by=Cabinet&eia-by=&eia-summary-en="
                + "&eia-summary-cy=&eia-document=").statusCode()).isEqualTo(302);
        assertThat(value(portal, "select changes_service from consultation where slug = '" + slug + "'")).isEqualTo("1");

        // refused beside the assessment's place on the page, the dates and reason as typed
        LocalDate opens = TODAY.minusDays(1);
        String publish = dates(opens, opens.plusWeeks(13)) + "&reason-en=" + encode("Typed before the refusal");
        var refused = publisher.post("staff/consultation-publish?c=" + slug, publish);
        assertThat(refused.statusCode()).isEqualTo(200);
        var page = org.jsoup.Jsoup.parse(refused.body());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".error-summary a[href='#eia']").text()).startsWith("This proposal changes a service");
        assertThat(page.select("#eia .error-message").text()).contains("record its equality impact assessment");
        assertThat(page.select("#eia-link").attr("href")).endsWith("/staff/consultation-eia?c=" + slug);
        assertThat(page.select("#opens-day").val()).isEqualTo(String.valueOf(opens.getDayOfMonth()));
        assertThat(page.select("#reason-en").text()).isEqualTo("Typed before the refusal");
        assertThat(value(portal, "select published_at from consultation where slug = '" + slug + "'")).isNull();

        // an analyst has neither page; an editor may not record decisions: 403, and nothing changes
        String assessment = "changes-service=yes&proposed-by=Cabinet&eia-by=Equality+Team&eia-summary-en=Carers+over+65+most+affected"
                + "&eia-summary-cy=&eia-document=" + encode(DOCUMENT);
        for (String address : List.of("staff/consultation-eia?c=" + slug, "staff/consultation-eia.xhtml?c=" + slug)) {
            assertThat(analyst.post(address, assessment).statusCode()).as(address).isEqualTo(403);
        }
        assertThat(value(portal, "select eia_document from consultation where slug = '" + slug + "'")).isNull();
        assertThat(editor.post("staff/consultation-eia?c=" + slug, assessment).statusCode()).as("the editor's control post").isEqualTo(302);
        assertThat(value(portal, "select eia_document from consultation where slug = '" + slug + "'")).isEqualTo(DOCUMENT);
        assertThat(publisher.post("staff/consultation-publish?c=" + slug, publish).statusCode()).isEqualTo(302);

        String decision = "action=decision&decided-by=Cabinet&decided-day=" + TODAY.getDayOfMonth() + "&decided-month=" + TODAY.getMonthValue()
                + "&decided-year=" + TODAY.getYear() + "&meeting=Cabinet&minutes-link=" + encode("https://www.example.gov.uk/minutes.pdf")
                + "&decision-en=Agreed&decision-cy=";
        assertThat(editor.post("staff/consultation-decision?c=" + slug, decision).statusCode()).isEqualTo(403);
        assertThat(analyst.post("staff/consultation-decision?c=" + slug, decision).statusCode()).isEqualTo(403);
        var early = publisher.post("staff/consultation-decision?c=" + slug, decision);
        assertThat(early.statusCode()).as("the publisher, while it is open").isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(early.body()).select("#closed .error-message").text())
                .contains("only after the consultation has closed");
        assertThat(value(portal, "select count(*) from consultation_decision d join consultation c on c.id = d.consultation_id"
                + " where c.slug = '" + slug + "'")).isEqualTo("0");
        assertThat(value(portal, "select count(*) from audit_event where action = 'IMPACT_ASSESSMENT_RECORDED' and subject_id = '"
                + slug + "'")).isEqualTo("2");
    }

    @Test
    @DisplayName("Staff record each step, in English with JavaScript, and a resident reads the trail from proposal to \"we did\";"
            + " in Welsh without JavaScript too")
    void trailFromProposalToWeDid(Browser browser, EmbeddedPortal portal) throws Exception {
        String slug = draft(portal, "Short breaks booking " + UUID.randomUUID());
        var editor = StaffSignIns.signedIn(portal, EDITOR);
        assertThat(editor.post("staff/consultation-eia?c=" + slug, "changes-service=yes&proposed-by=&eia-by=&eia-summary-en="
                + "&eia-summary-cy=&eia-document=").statusCode()).isEqualTo(302);

        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, PUBLISHER);
        browser.open("/staff/consultation-publish?c=" + slug);
        LocalDate first = TODAY.minusWeeks(14);
        LocalDate last = TODAY.minusDays(1);
        browser.typeDate("opens", first);
        browser.typeDate("closes", last);
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().findElement(By.id("eia")).getText()).contains("This proposal changes a service");
        browser.assertNoAxeViolations();

        browser.clickAndWait(By.id("eia-link"));
        browser.type("proposed-by", "Director of Adult Social Care");
        browser.type("eia-by", "Equality and Diversity Team");
        browser.type("eia-summary-en", "Carers over 65 book most short breaks; phone booking stays for them.");
        browser.type("eia-summary-cy", "Gofalwyr dros 65 sy'n trefnu'r rhan fwyaf o seibiannau byr.");
        browser.type("eia-document", DOCUMENT);
        browser.clickAndWait(By.id("save-eia"));
        assertThat(browser.driver().findElement(By.id("saved")).getText()).contains("are saved");
        assertThat(browser.driver().findElements(By.id("eia-needed"))).isEmpty();
        browser.assertNoAxeViolations();

        browser.open("/staff/consultation-publish?c=" + slug);
        browser.typeDate("opens", first);
        browser.typeDate("closes", last);
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().getCurrentUrl()).contains("/staff/consultations?published=");

        // closed now: the trail so far, analysis and decision not yet
        browser.open("/consultations/" + slug);
        assertThat(steps(browser)).containsExactly(
                "Proposal Done Proposed by Director of Adult Social Care",
                "Equality impact assessment Done Assessed by Equality and Diversity Team",
                "Consultation opened Done", "Consultation closed Done", "Analysis of the responses published Not yet",
                "Decision Not yet", "You said, we did Not yet", "Action plan Not yet");
        assertThat(browser.driver().findElement(By.id("trail-impact-assessment")).getText())
                .contains("Carers over 65 book most short breaks", "Read the equality impact assessment");

        browser.open("/staff/consultation-decision?c=" + slug);
        browser.typeDate("analysis", TODAY);
        browser.type("analysis-link", "https://www.example.gov.uk/analysis/short-breaks.pdf");
        browser.type("analysis-by", "Adult Social Care Engagement Team");
        browser.clickAndWait(By.id("save-analysis"));
        assertThat(browser.driver().findElement(By.id("saved")).getText()).isEqualTo("The analysis is recorded.");
        browser.type("decided-by", "Cabinet");
        browser.typeDate("decided", TODAY.plusDays(1));
        browser.type("meeting", "Cabinet meeting");
        browser.type("minutes-link", "https://www.example.gov.uk/cabinet/minutes.pdf");
        browser.type("decision-en", "Carers can book short breaks three months ahead, by phone, on paper or online.");
        browser.type("decision-cy", "Gall gofalwyr drefnu seibiannau byr dri mis ymlaen llaw.");
        browser.clickAndWait(By.id("save-decision"));
        assertThat(browser.driver().findElement(By.id("decided-day-error")).getText()).contains("not after today");
        assertThat(browser.driver().findElement(By.id("decision-cy")).getAttribute("value")).as("nothing typed is lost")
                .isEqualTo("Gall gofalwyr drefnu seibiannau byr dri mis ymlaen llaw.");
        browser.assertNoAxeViolations();
        browser.typeDate("decided", TODAY);
        browser.clickAndWait(By.id("save-decision"));
        assertThat(browser.driver().findElement(By.id("saved")).getText()).isEqualTo("The decision is recorded.");

        browser.open("/staff/feedback-edit?c=" + slug);
        browser.type("tookPart-en", "40 people took part.");
        browser.type("peopleSaid-en", "<p>You said booking was too hard.</p>");
        browser.type("decided-en", "<p>We will open bookings three months ahead.</p>");
        browser.type("nextSteps-en", "<p>The new booking line opens in April.</p>");
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().findElement(By.id("told")).getText()).contains("emailed");

        // the resident's view: every step done but the action plan, which no plan has yet
        browser.open("/consultations/" + slug);
        assertThat(steps(browser)).containsExactly(
                "Proposal Done Proposed by Director of Adult Social Care",
                "Equality impact assessment Done Assessed by Equality and Diversity Team",
                "Consultation opened Done", "Consultation closed Done",
                "Analysis of the responses published Done Published by Adult Social Care Engagement Team",
                "Decision Done Decided by Cabinet",
                "You said, we did Done Published by Director of Adult Social Care", "Action plan Not yet");
        assertThat(browser.driver().findElement(By.id("trail-decision")).getText()).contains("Meeting\nCabinet meeting",
                "Carers can book short breaks three months ahead", "Read the minutes of the meeting");
        assertThat(browser.driver().findElement(By.cssSelector("#trail-decision a")).getAttribute("href"))
                .isEqualTo("https://www.example.gov.uk/cabinet/minutes.pdf");
        browser.assertNoAxeViolations();

        try (var noScript = Browser.start(false)) {
            noScript.reset(portal.baseUrl());
            noScript.open("/cy/consultations/" + slug);
            var trail = noScript.driver().findElement(By.id("trail"));
            assertThat(trail.getText()).contains("Llwybr y penderfyniad", "Penderfynwyd gan", "Cabinet",
                    "Gall gofalwyr drefnu seibiannau byr dri mis ymlaen llaw.", "Gofalwyr dros 65", "Cynllun gweithredu\nDdim eto");
            assertThat(noScript.driver().findElement(By.cssSelector("#trail-decision .trail__words")).getAttribute("lang")).isEqualTo("cy");
            assertThat(noScript.driver().findElement(By.cssSelector("#trail-analysis .trail__fact dd[lang=en]")).getText())
                    .isEqualTo("Adult Social Care Engagement Team");
            assertThat(noScript.driver().findElements(By.cssSelector("#trail-feedback a[href='#feedback']"))).hasSize(1);
            assertThat(noScript.driver().findElement(By.id("feedback")).getText()).contains("Dywedoch chi, gwnaethom ni");
            // axe needs scripts; ShellIT scans the demo's trails in Welsh in every reading mode
        }
    }

    /** Each step of the trail: its heading, state and who, on one line. */
    private static List<String> steps(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#trail .trail__step")).stream().map(step -> {
            var words = new StringBuilder(step.findElement(By.cssSelector(".trail__heading")).getText()).append(' ')
                    .append(step.findElement(By.cssSelector(".trail__state")).getText());
            step.findElements(By.cssSelector(".trail__fact")).stream().filter(fact -> !fact.getText().startsWith("When")
                    && !fact.getText().startsWith("Meeting")).forEach(fact -> words.append(' ').append(fact.getText().replace('\n', ' ')));
            return words.toString();
        }).toList();
    }

    /** A draft in English and Welsh with one question, as an editor writes it. */
    private static String draft(EmbeddedPortal portal, String title) throws Exception {
        var editor = StaffSignIns.signedIn(portal, EDITOR);
        var created = editor.post("staff/consultation-edit", "title-en=" + encode(title) + "&summary-en=A+summary&title-cy="
                + encode("Cy " + title) + "&summary-cy=Crynodeb&topic=CARERS_SUPPORT");
        String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
        assertThat(editor.post("staff/question-edit?c=" + slug, "type=SINGLE_CHOICE&page=1&required=true&text-en=Do+you+agree%3F"
                + "&options-en=Yes%0ANo&text-cy=Ydych+chi%27n+cytuno%3F&options-cy=Ydw%0ANac+ydw").statusCode()).isEqualTo(302);
        return slug;
    }

    private static String dates(LocalDate first, LocalDate last) {
        return "opens-day=" + first.getDayOfMonth() + "&opens-month=" + first.getMonthValue() + "&opens-year=" + first.getYear()
                + "&closes-day=" + last.getDayOfMonth() + "&closes-month=" + last.getMonthValue() + "&closes-year=" + last.getYear();
    }

    private static String value(EmbeddedPortal portal, String sql) throws SQLException {
        try (var connection = portal.connectToDatabase(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
