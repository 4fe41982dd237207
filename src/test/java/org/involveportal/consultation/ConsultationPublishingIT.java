package org.involveportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.involveportal.testsupport.XssCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Staff write a consultation in English and Welsh and publish it within the rules; roles hold on the server. */
@ExtendWith(PortalExtension.class)
class ConsultationPublishingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    @DisplayName("An editor drafts in English and Welsh; a publisher's 8-week window needs a reason; once given, it is public with the reason")
    void draftThenPublish(Browser browser, EmbeddedPortal portal) {
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "editor@example.gov.uk");
        browser.clickAndWait(By.cssSelector("a[href$='/staff/consultations']"));
        browser.clickAndWait(By.id("new-consultation"));
        browser.assertNoAxeViolations();

        // a missing summary is a problem beside its field; nothing typed is lost
        browser.type("title-en", "Changes to home care charges");
        browser.type("title-cy", "Newidiadau i daliadau gofal cartref");
        browser.clickAndWait(By.id("save"));
        assertThat(browser.driver().findElement(By.id("summary-en-error")).getText()).contains("Enter a summary");
        assertThat(browser.driver().findElement(By.id("summary-cy-error")).getText()).contains("Enter a summary");
        assertThat(browser.driver().findElement(By.id("title-cy")).getAttribute("value")).isEqualTo("Newidiadau i daliadau gofal cartref");
        browser.assertNoAxeViolations();

        browser.type("summary-en", "We want to hear what you think about how we charge for care at home.");
        browser.type("summary-cy", "Rydym eisiau clywed eich barn am sut rydym yn codi tâl am ofal yn y cartref.");
        browser.type("canChange-en", "How charges are phased in.");
        // the toolbar wraps selected words in the tags the portal keeps
        browser.type("proposal-en", "What we propose");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('proposal-en').select()");
        browser.driver().findElement(By.xpath("//div[@aria-controls='proposal-en']/button[normalize-space()='Heading']")).click();
        browser.driver().findElement(By.id("proposal-en")).sendKeys(org.openqa.selenium.Keys.END, "<p>A <strong>flat</strong> weekly charge.</p>");
        assertThat(browser.driver().findElement(By.id("proposal-en")).getAttribute("value"))
                .isEqualTo("<h2>What we propose</h2><p>A <strong>flat</strong> weekly charge.</p>");
        browser.driver().findElement(By.cssSelector("label[for='topic-DIRECT_PAYMENTS']")).click();
        // an easy-read idea is checked as it is saved: alt text needed; long sentences, acronyms and jargon flagged
        browser.type("idea-en-0-text", "The ASC team will do an assessment of what you need and then tell you how much"
                + " you will pay each week for your care.");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("idea-en-0-picture"))).selectByValue("people");
        browser.clickAndWait(By.id("save"));
        assertThat(browser.driver().findElement(By.id("idea-en-0-alt-error")).getText()).contains("Say what the picture shows");
        assertThat(browser.driver().findElement(By.id("idea-en-0-advice")).getText())
                .contains("A sentence has 25 words", "\"ASC\" is an acronym", "\"assessment\" is a hard word");
        assertThat(browser.driver().findElement(By.id("idea-en-0-text")).getAttribute("value")).startsWith("The ASC team");
        browser.assertNoAxeViolations();
        browser.type("idea-en-0-text", "We will ask what help you need. Then we tell you what you pay.");
        browser.type("idea-en-0-alt", "Two people talking");
        browser.clickAndWait(By.id("save"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved.");
        assertThat(browser.driver().findElement(By.id("section-en")).getText()).contains("4 of 5 parts written");
        assertThat(browser.driver().findElement(By.id("section-cy")).getText()).contains("2 of 5 parts written");
        String slug = browser.driver().getCurrentUrl().replaceAll(".*[?&]c=([a-z0-9-]+).*", "$1");
        assertThat(slug).isEqualTo("changes-to-home-care-charges");
        browser.assertNoAxeViolations();
        assertThat(org.involveportal.testsupport.Http.get(portal.baseUrl() + "consultations/" + slug).statusCode())
                .as("a draft is not public").isEqualTo(404);
        StaffSignIns.signOut(browser);

        StaffSignIns.signIn(browser, "publisher@example.gov.uk");
        browser.open("/staff/consultations?status=DRAFT");
        browser.clickAndWait(By.cssSelector("a[href$='/staff/consultation-publish?c=" + slug + "']"));
        browser.assertNoAxeViolations();
        LocalDate first = TODAY.plusDays(3);
        LocalDate last = first.plusWeeks(8);
        browser.typeDate("opens", first);
        browser.typeDate("closes", last);
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().findElement(By.id("reason-en-error")).getText())
                .contains("A consultation shorter than 12 weeks needs a reason, which is shown to the public.");
        assertThat(browser.driver().getTitle()).contains("Schedule and publish");
        assertThat(browser.driver().findElement(By.id("closes-day")).getAttribute("value")).isEqualTo(String.valueOf(last.getDayOfMonth()));
        browser.assertNoAxeViolations();

        browser.type("reason-en", "The new charges must be agreed before the budget is set in March.");
        browser.type("reason-cy", "Rhaid cytuno ar y taliadau newydd cyn pennu'r gyllideb ym mis Mawrth.");
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("The consultation is published.");

        browser.open("/consultations");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Changes to home care charges");
        browser.open("/consultations/" + slug);
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("The new charges must be agreed before the budget is set in March.", "A flat weekly charge.");
        browser.open("/consultations/" + slug + "?read=easy");
        assertThat(browser.driver().findElement(By.cssSelector(".easy-read__item img")).getAttribute("alt")).isEqualTo("Two people talking");
        assertThat(browser.driver().findElement(By.cssSelector(".easy-read__item")).getText())
                .isEqualTo("We will ask what help you need. Then we tell you what you pay.");
        browser.open("/cy/consultations/" + slug + "?read=standard");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Newidiadau i daliadau gofal cartref");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Rhaid cytuno ar y taliadau newydd cyn pennu'r gyllideb ym mis Mawrth.");
        browser.assertNoAxeViolations();
    }

    @Test
    @DisplayName("Easy read with advice on it publishes only with the publisher's reason, shown beside its field and kept in"
            + " the audit trail; nothing typed is lost")
    void easyReadAdviceNeedsAReason(Browser browser, EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var created = editor.post("staff/consultation-edit", "title-en=" + encode("Easy read check " + System.nanoTime())
                + "&summary-en=Checking+easy+read&ideas-en=1&idea-en-0-text=" + encode("The ASC team will visit you.")
                + "&idea-en-0-picture=people&idea-en-0-alt=Two+people");
        assertThat(created.statusCode()).isEqualTo(302);
        String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        var page = org.jsoup.Jsoup.parse(publisher.get("staff/consultation-publish?c=" + slug).body());
        assertThat(page.selectFirst("#easy-read-advice-list").text())
                .isEqualTo("Idea 1 in English: \"ASC\" is an acronym. Write it out in full, or explain it in the glossary.");

        LocalDate first = TODAY.minusDays(1);
        LocalDate last = first.plusWeeks(12);
        String window = "opens-day=" + first.getDayOfMonth() + "&opens-month=" + first.getMonthValue() + "&opens-year=" + first.getYear()
                + "&closes-day=" + last.getDayOfMonth() + "&closes-month=" + last.getMonthValue() + "&closes-year=" + last.getYear();
        var refused = publisher.post("staff/consultation-publish?c=" + slug, window + "&easy-read-reason=+");
        assertThat(refused.statusCode()).isEqualTo(200);
        var problem = org.jsoup.Jsoup.parse(refused.body());
        assertThat(problem.selectFirst("#easy-read-reason-error").text()).contains("Change the easy read, or say why it should go out as it is");
        assertThat(problem.selectFirst("#easy-read-reason").attr("aria-describedby")).contains("easy-read-reason-error");
        assertThat(problem.selectFirst("#opens-day").val()).as("the dates as typed").isEqualTo(String.valueOf(first.getDayOfMonth()));
        assertThat(org.involveportal.testsupport.Http.get(portal.baseUrl() + "consultations/" + slug).statusCode()).isEqualTo(404);

        // the advice and its reason field, as a publisher sees them, in English and Welsh
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "publisher@example.gov.uk");
        for (String language : new String[] {"", "/cy"}) {
            browser.open(language + "/staff/consultation-publish?c=" + slug);
            assertThat(browser.driver().findElement(By.id("easy-read-reason")).isDisplayed()).isTrue();
            browser.assertNoAxeViolations();
        }

        var published = publisher.post("staff/consultation-publish?c=" + slug, window + "&easy-read-reason="
                + encode("ASC is written out on the first page of the letter."));
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(org.involveportal.testsupport.Http.get(portal.baseUrl() + "consultations/" + slug).statusCode()).isEqualTo(200);
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement("select detail from audit_event where subject_id = ? and action = 'CONSULTATION_PUBLISHED'")) {
            query.setString(1, slug);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).endsWith("(easy read as it is: ASC is written out on the first page of the letter.)");
            }
        }
    }

    @Test
    @DisplayName("Each role is refused what it may not do, on the server: pages and forged posts")
    void rolesRefusedOnTheServer(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var created = editor.post("staff/consultation-edit", "title-en=Role+test&summary-en=Who+may+do+what");
        assertThat(created.statusCode()).isEqualTo(302);
        String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");

        var forgedPublish = editor.post("staff/consultation-publish?c=" + slug,
                "opens-day=1&opens-month=1&opens-year=2030&closes-day=1&closes-month=6&closes-year=2030");
        assertThat(forgedPublish.statusCode()).isEqualTo(403);

        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        assertThat(analyst.get("staff/consultation-edit?c=" + slug).statusCode()).isEqualTo(403);
        assertThat(analyst.post("staff/consultation-edit?c=" + slug, "title-en=Hijacked&summary-en=x").statusCode()).isEqualTo(403);
        assertThat(analyst.get("staff/consultation-publish?c=" + slug).statusCode()).isEqualTo(403);

        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        assertThat(publisher.post("staff/consultation-edit?c=" + slug, "title-en=Hijacked&summary-en=x").statusCode()).isEqualTo(403);

        assertThat(editor.get("staff/consultation-edit?c=" + slug).body()).contains("Role test").doesNotContain("Hijacked");

        // a published consultation's window is not changed by publishing it again
        var republish = publisher.post("staff/consultation-publish?c=carers-short-breaks",
                "opens-day=1&opens-month=1&opens-year=2030&closes-day=1&closes-month=6&closes-year=2030");
        assertThat(republish.statusCode()).isEqualTo(200);
        assertThat(republish.body()).contains("This consultation is already published.");
        assertThat(org.involveportal.testsupport.Http.get(portal.baseUrl() + "consultations/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("A publisher extends, then closes early; each needs a reason, shown on the public page, and on the Welsh page in"
            + " Welsh where given, else in English")
    void extendThenCloseEarly(Browser browser, EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var created = editor.post("staff/consultation-edit", "title-en=Window+changes&summary-en=Dates+that+move"
                + "&title-cy=Newidiadau+i%27r+cyfnod&summary-cy=Dyddiadau+sy%27n+symud");
        String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        LocalDate first = TODAY.minusDays(2);
        LocalDate last = first.plusWeeks(12);
        assertThat(publisher.post("staff/consultation-publish?c=" + slug, "opens-day=" + first.getDayOfMonth() + "&opens-month="
                + first.getMonthValue() + "&opens-year=" + first.getYear() + "&closes-day=" + last.getDayOfMonth()
                + "&closes-month=" + last.getMonthValue() + "&closes-year=" + last.getYear()).statusCode()).isEqualTo(302);

        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "publisher@example.gov.uk");
        browser.open("/staff/consultations");
        browser.clickAndWait(By.cssSelector("a[href$='/staff/consultation-window?c=" + slug + "']"));
        browser.assertNoAxeViolations();
        LocalDate later = last.plusWeeks(2);
        browser.typeDate("extend", later);
        browser.clickAndWait(By.id("extend"));
        assertThat(browser.driver().findElement(By.id("extend-reason-en-error")).getText()).contains("Give the reason");
        assertThat(browser.driver().findElement(By.id("extend-day")).getAttribute("value")).isEqualTo(String.valueOf(later.getDayOfMonth()));
        browser.assertNoAxeViolations();
        browser.type("extend-reason-en", "Many carers asked for more time over the holidays.");
        browser.clickAndWait(By.id("extend"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).contains("The dates are changed");

        browser.open("/consultations/" + slug);
        assertThat(browser.driver().findElement(By.id("window-change")).getText()).isEqualTo("Why this consultation was extended");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Many carers asked for more time over the holidays.",
                org.involveportal.i18n.DateFormatting.date(later, org.involveportal.i18n.Language.ENGLISH));
        // no Welsh reason given (optional without the Welsh Language Standards): the Welsh page shows the English one, marked English
        browser.open("/cy/consultations/" + slug);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Newidiadau i'r cyfnod");
        var reason = browser.driver().findElement(By.id("window-change-reason"));
        assertThat(reason.getText()).isEqualTo("Many carers asked for more time over the holidays.");
        assertThat(reason.getAttribute("lang")).startsWith("en");
        browser.assertNoAxeViolations();

        browser.open("/staff/consultation-window?c=" + slug);
        browser.clickAndWait(By.id("close-early"));
        assertThat(browser.driver().findElement(By.id("close-reason-en-error")).getText()).contains("Give the reason");
        browser.type("close-reason-en", "The service is being brought back in-house, so the proposal is withdrawn.");
        browser.type("close-reason-cy", "Mae'r gwasanaeth yn dod yn ôl i'r cyngor, felly mae'r cynnig wedi'i dynnu'n ôl.");
        browser.clickAndWait(By.id("close-early"));
        browser.open("/cy/consultations/" + slug);
        assertThat(browser.driver().findElement(By.id("window-change-reason")).getText())
                .isEqualTo("Mae'r gwasanaeth yn dod yn ôl i'r cyngor, felly mae'r cynnig wedi'i dynnu'n ôl.");
        assertThat(browser.driver().findElement(By.id("window-change-reason")).getAttribute("lang")).isEqualTo("cy");

        browser.open("/consultations/" + slug);
        assertThat(browser.driver().findElement(By.id("window-change")).getText()).isEqualTo("Why this consultation closed early");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("This consultation closed at",
                "The service is being brought back in-house, so the proposal is withdrawn.");
        browser.assertNoAxeViolations();
        assertThat(org.involveportal.testsupport.Http.get(portal.baseUrl() + "consultations/" + slug + "/respond").body())
                .contains("This consultation closed at");
    }

    @Test
    @DisplayName("With the Welsh Language Standards on, publishing waits for complete Welsh and says what is missing; the question on"
            + " effects on Welsh reaches residents in Welsh; reasons are needed in Welsh too")
    void welshLanguageStandards(Browser browser, EmbeddedPortal portal) throws Exception {
        var admin = StaffSignIns.signedIn(portal, "admin@example.gov.uk");
        assertThat(admin.post("staff/settings", "welsh=on").statusCode()).isEqualTo(302);
        try {
            var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
            var created = editor.post("staff/consultation-edit", "title-en=Library+hours&summary-en=When+libraries+open"
                    + "&canChange-en=Opening+times");
            String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
            var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
            // open from today, for ten weeks: residents can answer now, and the shorter window needs its reason
            LocalDate first = TODAY;
            LocalDate last = first.plusWeeks(10);
            String window = "opens-day=" + first.getDayOfMonth() + "&opens-month=" + first.getMonthValue() + "&opens-year="
                    + first.getYear() + "&closes-day=" + last.getDayOfMonth() + "&closes-month=" + last.getMonthValue()
                    + "&closes-year=" + last.getYear() + "&reason-en=The+new+hours+start+in+April.";

            var refused = publisher.post("staff/consultation-publish?c=" + slug, window);
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("Write the Welsh version of every part that is written in English before publishing.");

            editor.post("staff/consultation-edit?c=" + slug, "title-en=Library+hours&summary-en=When+libraries+open"
                    + "&canChange-en=Opening+times&title-cy=Oriau+llyfrgelloedd&summary-cy=Pryd+mae+llyfrgelloedd+ar+agor"
                    + "&canChange-cy=Amseroedd+agor");
            String englishQuestion = "type=SINGLE_CHOICE&page=1&required=true&text-en=" + encode("Should libraries open on Sundays?")
                    + "&hint-en=" + encode("Think about when you could go.") + "&options-en=Yes%0ANo";
            assertThat(editor.post("staff/question-edit?c=" + slug, englishQuestion).statusCode()).isEqualTo(302);
            long questionId = questionIds(portal, slug, "is null").get(0);

            // the question written only in English: refused, saying what is missing and where to write it
            browser.reset(portal.baseUrl());
            StaffSignIns.signIn(browser, "publisher@example.gov.uk");
            browser.open("/staff/consultation-publish?c=" + slug);
            browser.typeDate("opens", first);
            browser.typeDate("closes", last);
            browser.type("reason-en", "The new hours start in April.");
            browser.clickAndWait(By.id("publish"));
            assertThat(browser.driver().getTitle()).startsWith("Error: ");
            var summary = browser.driver().findElements(By.cssSelector(".error-summary a"));
            assertThat(summary).extracting(link -> link.getText()).containsExactly(
                    "Write the Welsh version of every part that is written in English before publishing.",
                    "Give the reason for a shorter consultation in Welsh too: the Welsh Language Standards apply.");
            assertThat(summary).extracting(link -> link.getAttribute("href").replaceAll(".*#", "#"))
                    .containsExactly("#welsh-missing", "#reason-cy");
            assertThat(browser.driver().findElement(By.id("welsh-missing")).getText())
                    .contains("3 parts are written in English but not yet in Welsh");
            assertThat(browser.driver().findElements(By.cssSelector("#welsh-missing-list a"))).extracting(link -> link.getText())
                    .containsExactly("Question 1: the question", "Question 1: the hint", "Question 1: the options");
            assertThat(browser.driver().findElement(By.cssSelector("#welsh-missing-list a")).getAttribute("href"))
                    .endsWith("/staff/question-edit?c=" + slug + "&q=" + questionId + "#text-cy");
            assertThat(browser.driver().findElement(By.id("reason-cy-error")).getText()).contains("in Welsh too");
            assertThat(browser.driver().findElement(By.id("reason-en")).getAttribute("value")).isEqualTo("The new hours start in April.");
            browser.assertNoAxeViolations();

            // once the question has its Welsh words, and the reason its Welsh, it publishes
            assertThat(editor.post("staff/question-edit?c=" + slug + "&q=" + questionId, englishQuestion
                    + "&text-cy=" + encode("A ddylai llyfrgelloedd agor ar ddydd Sul?") + "&hint-cy=" + encode("Meddyliwch pryd y gallech fynd.")
                    + "&options-cy=Dylai%0ANa+ddylai").statusCode()).isEqualTo(302);
            browser.open("/staff/consultation-publish?c=" + slug);
            assertThat(browser.driver().findElements(By.id("welsh-missing"))).as("nothing left to write in Welsh").isEmpty();
            browser.typeDate("opens", first);
            browser.typeDate("closes", last);
            browser.type("reason-en", "The new hours start in April.");
            browser.type("reason-cy", "Mae'r oriau newydd yn dechrau ym mis Ebrill.");
            browser.clickAndWait(By.id("publish"));
            assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("The consultation is published.");

            try (var connection = portal.connectToDatabase();
                 var rows = connection.createStatement().executeQuery("select q.page, t.text from question q"
                         + " join consultation c on c.id = q.consultation_id join question_text t on t.question_id = q.id"
                         + " and t.language = 'cy' where c.slug = '" + slug + "' and q.purpose = 'WELSH_LANGUAGE_EFFECTS'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("text")).startsWith("Pa effeithiau fyddai'r cynnig hwn");
            }
            long effectsId = questionIds(portal, slug, "= 'WELSH_LANGUAGE_EFFECTS'").get(0);

            // a resident answering in Welsh meets the question on effects on Welsh, in Welsh, after the others
            browser.reset(portal.baseUrl());
            browser.open("/cy/consultations/" + slug);
            var shorterReason = browser.driver().findElement(By.id("shorter-period-reason"));
            assertThat(shorterReason.getText()).isEqualTo("Mae'r oriau newydd yn dechrau ym mis Ebrill.");
            assertThat(shorterReason.getAttribute("lang")).isEqualTo("cy");
            browser.clickAndWait(By.id("answer-link"));
            browser.clickAndWait(By.cssSelector("main form button"));
            browser.driver().findElement(By.cssSelector("label[for='answeringAs-1']")).click();
            browser.clickAndWait(By.cssSelector("button[value='continue']"));
            assertThat(browser.driver().findElement(By.tagName("legend")).getText()).startsWith("A ddylai llyfrgelloedd agor ar ddydd Sul?");
            browser.driver().findElement(By.cssSelector("label[for='q" + questionId + "-1']")).click();
            browser.clickAndWait(By.cssSelector("button[value='continue']"));
            assertThat(browser.driver().getCurrentUrl()).matches(".*/cy/respond/[A-Za-z0-9_-]{43}/questions/2");
            var effects = browser.driver().findElement(By.cssSelector("label[for='q" + effectsId + "']"));
            assertThat(effects.getText()).startsWith("Pa effeithiau fyddai'r cynnig hwn yn eu cael ar gyfleoedd i bobl ddefnyddio'r Gymraeg");
            assertThat(effects.getAttribute("lang")).isEqualTo("cy");
            assertThat(browser.driver().findElement(By.id("q" + effectsId + "-hint")).getText()).startsWith("Dywedwch wrthym hefyd");
            browser.assertNoAxeViolations();
            browser.open(browser.driver().getCurrentUrl().replaceAll("^.*/cy/respond/", "/respond/"));
            assertThat(browser.driver().findElement(By.cssSelector("label[for='q" + effectsId + "']")).getText())
                    .startsWith("What effects would this proposal have on opportunities for people to use the Welsh language");

            // changing the dates needs the reason in Welsh too; the Welsh page shows it
            LocalDate later = last.plusWeeks(2);
            String extend = "action=extend&extend-day=" + later.getDayOfMonth() + "&extend-month=" + later.getMonthValue()
                    + "&extend-year=" + later.getYear() + "&extend-reason-en=" + encode("Many people asked for more time.");
            var noWelshReason = publisher.post("staff/consultation-window?c=" + slug, extend);
            assertThat(noWelshReason.statusCode()).isEqualTo(200);
            assertThat(noWelshReason.body()).contains("id=\"extend-reason-cy-error\"", "Give the reason in Welsh too",
                    "Many people asked for more time.");
            assertThat(publisher.post("staff/consultation-window?c=" + slug, extend + "&extend-reason-cy="
                    + encode("Gofynnodd llawer o bobl am fwy o amser.")).statusCode()).isEqualTo(302);
            browser.open("/cy/consultations/" + slug);
            var changeReason = browser.driver().findElement(By.id("window-change-reason"));
            assertThat(changeReason.getText()).isEqualTo("Gofynnodd llawer o bobl am fwy o amser.");
            assertThat(changeReason.getAttribute("lang")).isEqualTo("cy");
            browser.assertNoAxeViolations();
        } finally {
            assertThat(admin.post("staff/settings", "").statusCode()).isEqualTo(302);
        }
        assertThat(admin.get("staff/audit").body()).contains("Setting changed");
    }

    /** A consultation's question ids in order, those whose purpose matches (e.g. "is null" for the ones staff wrote). */
    private static List<Long> questionIds(EmbeddedPortal portal, String slug, String purpose) throws Exception {
        var ids = new java.util.ArrayList<Long>();
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement("select q.id from question q join consultation c on c.id = q.consultation_id"
                     + " where c.slug = ? and q.purpose " + purpose + " order by q.position")) {
            query.setString(1, slug);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    @Test
    @DisplayName("No cross-site scripting vector saved through the staff form, in any consultation field, runs or injects an element:"
            + " staff edit and preview pages, previews and public pages in English and Welsh")
    void richTextIsSafe(Browser browser, EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var created = editor.post("staff/consultation-edit", "title-en=Safe+text&summary-en=Checking+rich+text"
                + "&title-cy=Testun+diogel&summary-cy=Gwirio");
        String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        LocalDate first = TODAY.minusDays(1);
        LocalDate last = first.plusWeeks(13);
        assertThat(publisher.post("staff/consultation-publish?c=" + slug, "opens-day=" + first.getDayOfMonth() + "&opens-month="
                + first.getMonthValue() + "&opens-year=" + first.getYear() + "&closes-day=" + last.getDayOfMonth()
                + "&closes-month=" + last.getMonthValue() + "&closes-year=" + last.getYear()).statusCode()).isEqualTo(302);

        String edit = "staff/consultation-edit?c=" + slug;
        int n = 0;
        // every group of vectors (each vector alone is RichTextCorpusTest's) in the fields, and every page showing
        // them as served, read over plain HTTP with jsoup; the markers show they reached the page
        for (String vector : XssCorpus.GROUPED) {
            n++;
            // a visible sentence before each group shows the field really is on the page checked
            var values = new java.util.LinkedHashMap<String, String>(Map.of("proposal-en", "<p>Proposal " + n + ".</p>" + vector,
                    "proposal-cy", "<p>Cynnig " + n + ".</p>" + vector, "canChange-en", vector, "cannotChange-cy", vector));
            // alt text holds 300 characters: half the group in each of two ideas
            var halves = XssCorpus.halves(vector);
            for (int idea = 0; idea < 2; idea++) {
                values.put("idea-en-" + idea + "-text", "Idea " + n + (idea == 0 ? ". " : " more. ") + vector);
                values.put("idea-en-" + idea + "-picture", "people");
                values.put("idea-en-" + idea + "-alt", "Alt " + n + ". " + halves.get(idea));
            }
            String saved = save(editor, edit, values);
            assertSafeAsServed(saved, edit, vector);
            assertThat(org.jsoup.Jsoup.parse(saved).getElementById("proposal-en").val()).as(vector).startsWith("<p>Proposal " + n + ".</p>");

            String previewPath = "staff/consultation-preview?c=" + slug;
            String preview = served(editor, previewPath);
            assertSafeAsServed(preview, previewPath, vector);
            var previews = org.jsoup.Jsoup.parse(preview, portal.baseUrl() + previewPath).select("a[id^='preview-']").stream()
                    .map(link -> link.absUrl("href").substring(portal.baseUrl().length())).toList();
            assertThat(previews).as("every language and reading mode").hasSizeGreaterThanOrEqualTo(8);
            for (String path : previews) {
                String html = served(editor, path);
                assertSafeAsServed(html, path, vector);
                String main = org.jsoup.Jsoup.parse(html).select("main").text();
                boolean welsh = ("/" + path).contains("/cy/");
                if (welsh && path.contains("read=standard")) {
                    assertThat(main).as(path).contains("Cynnig " + n + ".").contains(markers(vector));
                } else if (!welsh && path.contains("read=standard")) {
                    assertThat(main).as(path).contains("Proposal " + n + ".").contains(markers(vector));
                }
            }
            for (String page : List.of("consultations/" + slug + "?read=standard", "cy/consultations/" + slug + "?read=standard",
                    "consultations/" + slug + "?read=easy")) {
                String html = served(editor, page);
                assertSafeAsServed(html, page, vector);
                assertThat(org.jsoup.Jsoup.parse(html).select("main").text()).as(page)
                        .contains(page.contains("read=easy") ? "Idea " + n + "." : page.startsWith("cy/") ? "Cynnig " + n + "." : "Proposal " + n + ".");
            }
        }

        // Then the whole corpus at once, in the browser: the edit page holds all of it; the English and Welsh pages
        // (and their previews) hold it between them, a field each for the vectors that end a text; easy read holds
        // every group in ideas. Nothing may run, open a dialog, be blocked by the content security policy or inject an element.
        var fields = List.of("proposal-en", "canChange-en", "cannotChange-en", "proposal-cy", "canChange-cy", "cannotChange-cy");
        var whole = XssCorpus.packed(fields.size());
        var values = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < fields.size(); i++) {
            values.put(fields.get(i), whole.get(i));
        }
        values.put("ideas-en", String.valueOf(2 * XssCorpus.GROUPED.size()));
        for (int g = 0; g < XssCorpus.GROUPED.size(); g++) {
            var halves = XssCorpus.halves(XssCorpus.GROUPED.get(g));
            for (int half = 0; half < 2; half++) {
                String prefix = "idea-en-" + (2 * g + half) + "-";
                values.put(prefix + "text", "Idea " + (g + 1) + (half == 0 ? ". " : " more. ") + XssCorpus.GROUPED.get(g));
                values.put(prefix + "picture", "people");
                values.put(prefix + "alt", "Alt " + (g + 1) + ". " + halves.get(half));
            }
        }
        assertSafeAsServed(save(editor, edit, values), edit, "the whole corpus");
        var english = new java.util.ArrayList<String>();
        var welsh = new java.util.ArrayList<String>();
        for (int i = 0; i < fields.size(); i++) {
            (fields.get(i).endsWith("-en") ? english : welsh).addAll(markers(whole.get(i)));
        }
        assertThat(english.size() + welsh.size()).as("every vector on the pages").isEqualTo(XssCorpus.VECTORS.size());

        browser.reset(portal.baseUrl());
        try (var probe = XssCorpus.watch(browser)) {
            probe.assertCatchesEveryRawVector();
            StaffSignIns.signIn(browser, "editor@example.gov.uk");
            probe.assertNothingRanOn("/" + edit, "the whole corpus");
            for (int i = 0; i < fields.size(); i++) {
                // kept as sanitised: the markers of every vector in it, and nothing of the corpus as served (read above)
                assertThat(browser.driver().findElement(By.id(fields.get(i))).getAttribute("value")).contains(markers(whole.get(i)));
            }
            probe.assertNothingRanOn("/staff/consultation-preview?c=" + slug, "the whole corpus");
            // large print is the same markup as standard print with a class on <html>: nothing more to run
            var previews = new java.util.LinkedHashMap<String, String>();
            for (String language : List.of("en", "cy")) {
                for (String mode : List.of("standard", "easy")) {
                    String id = "preview-" + language + "-" + mode;
                    previews.put(id, browser.driver().findElement(By.id(id)).getAttribute("href"));
                }
            }
            previews.forEach((id, preview) -> {
                browser.driver().get(preview);
                probe.assertNothingRanHere("the whole corpus");
                if (id.endsWith("-standard")) {
                    assertThat(browser.driver().findElement(By.tagName("main")).getText()).as(preview)
                            .contains(id.contains("-en-") ? english : welsh);
                }
            });
            probe.assertNothingRanOn("/consultations/" + slug + "?read=standard", "the whole corpus");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(english);
            probe.assertNothingRanOn("/cy/consultations/" + slug + "?read=standard", "the whole corpus");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(welsh);
            probe.assertNothingRanOn("/consultations/" + slug + "?read=easy", "the whole corpus");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Idea 1.", "Idea " + XssCorpus.GROUPED.size() + " more.");
        }
    }

    /** Saves the edit form over plain HTTP, as the browser would post it with the values pasted in; returns the page after saving. */
    private static String save(StaffSignIns.Client editor, String edit, Map<String, String> values) throws Exception {
        var response = editor.post(edit, XssCorpus.formBody(served(editor, edit), values, "save"));
        assertThat(response.statusCode()).as("saved: %s", org.jsoup.Jsoup.parse(response.body()).select(".error-summary").text()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        String page = served(editor, location.replaceAll("^(https?://[^/]+)?/", ""));
        assertThat(org.jsoup.Jsoup.parse(page).select(".notice").text()).isEqualTo("Saved.");
        return page;
    }

    private static String served(StaffSignIns.Client client, String path) throws Exception {
        var response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static void assertSafeAsServed(String html, String path, String vector) {
        assertThat(XssCorpus.findingsInMarkup(html)).as("vector %s on %s as served", vector, path).isEmpty();
    }

    /** The visible markers of the vectors in a group, as they read on the page. */
    private static List<String> markers(String group) {
        return java.util.regex.Pattern.compile("\\[v\\d+]").matcher(group).results().map(m -> m.group()).toList();
    }
}
