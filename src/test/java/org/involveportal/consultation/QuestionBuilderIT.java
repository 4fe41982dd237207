package org.involveportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The question builder, the preview as a resident and withdrawing: an editor writes questions in
 * English and Welsh and orders them with buttons; staff answer them in a preview that keeps
 * nothing; a publisher withdraws a published consultation with a public reason.
 */
@ExtendWith(PortalExtension.class)
class QuestionBuilderIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    @DisplayName("An editor adds, changes, reorders and removes questions in English and Welsh; problems keep what was typed")
    void buildQuestions(Browser browser, EmbeddedPortal portal) throws Exception {
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "editor@example.gov.uk");
        browser.open("/staff/consultation-edit");
        browser.type("title-en", "Day centre opening hours");
        browser.type("summary-en", "Tell us when the day centres should open.");
        browser.type("title-cy", "Oriau agor canolfannau dydd");
        browser.type("summary-cy", "Dywedwch wrthym pryd y dylai'r canolfannau dydd agor.");
        browser.clickAndWait(By.id("save"));
        String slug = browser.driver().getCurrentUrl().replaceAll(".*[?&]c=([a-z0-9-]+).*", "$1");
        assertThat(browser.driver().findElement(By.id("questions-link")).getText()).isEqualTo("Questions (0)");
        browser.clickAndWait(By.id("questions-link"));
        browser.assertNoAxeViolations();

        // nothing typed: the problems are beside the fields, and Welsh options typed are kept
        browser.clickAndWait(By.id("add-question"));
        browser.assertNoAxeViolations();
        browser.type("options-cy", "Bore\nPrynhawn");
        browser.clickAndWait(By.id("save-question"));
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.driver().findElement(By.id("text-en-error")).getText()).contains("Enter the question in English");
        assertThat(browser.driver().findElement(By.id("options-en-error")).getText()).contains("Enter from 2 to 20 options");
        assertThat(browser.driver().findElement(By.id("options-cy")).getAttribute("value")).isEqualTo("Bore\nPrynhawn");
        browser.assertNoAxeViolations();

        browser.type("text-en", "When should day centres open?");
        browser.type("options-en", "Mornings\nAfternoons");
        browser.type("text-cy", "Pryd dylai canolfannau dydd agor?");
        browser.clickAndWait(By.id("save-question"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("The question is added.");

        addQuestion(browser, "FREE_TEXT", "2", "Anything else?", null);
        addQuestion(browser, "RATING", "2", "How well do the hours suit you now?", "Pa mor dda mae'r oriau'n addas i chi nawr?");
        var ids = questionIds(portal, slug);
        assertThat(listed(browser)).containsExactly("When should day centres open?", "Anything else?", "How well do the hours suit you now?");
        assertThat(browser.driver().findElement(By.id("questions")).getText()).isEqualTo("3 questions, 2 with Welsh words.");
        assertThat(browser.driver().findElement(By.id("question-" + ids.get(1))).getText()).contains("No Welsh yet");
        assertThat(browser.driver().findElements(By.id("up-" + ids.get(0)))).as("the first cannot move up").isEmpty();
        browser.assertNoAxeViolations();

        // reorder with the buttons, from the keyboard
        browser.clickAndWait(By.id("up-" + ids.get(2)));
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .as("the keyboard carries on from the question moved").isEqualTo("up-" + ids.get(2));
        browser.clickAndWait(By.id("up-" + ids.get(2))); // and a second time: onto page 1
        assertThat(listed(browser)).containsExactly("When should day centres open?", "How well do the hours suit you now?", "Anything else?");
        assertThat(browser.driver().findElement(By.id("question-" + ids.get(2))).getText()).contains("Question 2, page 1");
        browser.clickAndWait(By.id("down-" + ids.get(0)));
        assertThat(listed(browser)).containsExactly("How well do the hours suit you now?", "When should day centres open?", "Anything else?");

        // change one: not required any more, a third option in both languages
        browser.clickAndWait(By.id("edit-" + ids.get(0)));
        assertThat(browser.driver().findElement(By.id("options-en")).getAttribute("value")).isEqualTo("Mornings\nAfternoons");
        browser.driver().findElement(By.cssSelector("label[for='required']")).click();
        browser.type("options-en", "Mornings\nAfternoons\nEvenings");
        browser.clickAndWait(By.id("save-question"));
        assertThat(browser.driver().findElement(By.id("options-cy-error")).getText())
                .contains("Enter the same number of options as in English");
        browser.type("options-cy", "Bore\nPrynhawn\nGyda'r nos");
        browser.clickAndWait(By.id("save-question"));
        assertThat(browser.driver().findElement(By.id("question-" + ids.get(0))).getText()).contains("optional");

        browser.clickAndWait(By.id("remove-" + ids.get(1)));
        assertThat(listed(browser)).containsExactly("How well do the hours suit you now?", "When should day centres open?");
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("The question is removed.");

        try (var connection = portal.connectToDatabase();
             var rows = connection.createStatement().executeQuery("select label from question_option where question_id = "
                     + ids.get(0) + " and language = 'cy' order by number")) {
            var labels = new ArrayList<String>();
            while (rows.next()) {
                labels.add(rows.getString(1));
            }
            assertThat(labels).containsExactly("Bore", "Prynhawn", "Gyda'r nos");
        }
        assertThat(count(portal, "select count(*) from audit_event where action = 'CONSULTATION_EDITED' and subject_id = '" + slug
                + "' and detail like 'question %'")).isEqualTo(8);
    }

    @Test
    @DisplayName("Staff preview a draft as residents see it, in Welsh easy read, and answer it to the end; nothing is kept, and nobody else can see it")
    void previewAsResident(Browser browser, EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String slug = createDraft(editor, "Preview test consultation", "Ymgynghoriad prawf rhagolwg");
        assertThat(editor.post("staff/question-edit?c=" + slug, "type=SINGLE_CHOICE&page=1&required=true"
                + "&text-en=Do+you+agree%3F&options-en=Yes%0ANo&text-cy=Ydych+chi%27n+cytuno%3F&options-cy=Ydw%0ANac+ydw"
                + "&easy-read-picture=people&easy-read-en=Is+this+right+for+you%3F&easy-read-alt-en=Two+people"
                + "&easy-read-cy=Ydy+hyn+yn+iawn+i+chi%3F&easy-read-alt-cy=Dau+berson").statusCode()).isEqualTo(302);
        long questionId = questionIds(portal, slug).get(0);

        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "analyst@example.gov.uk"); // any staff role may preview
        browser.open("/staff/consultation-preview?c=" + slug);
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("preview-cy-easy"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Ymgynghoriad prawf rhagolwg");
        assertThat(browser.driver().findElement(By.id("preview-banner")).getText()).isEqualTo("Rhagolwg: ni all preswylwyr weld hwn eto.");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("answer-link"));
        assertThat(browser.driver().findElements(By.id("preview-banner"))).hasSize(1);
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.cssSelector("main form button"));
        String draftUrl = browser.driver().getCurrentUrl();
        assertThat(draftUrl).matches(".*/cy/respond/[A-Za-z0-9_-]{43}/answering-as");
        assertThat(browser.driver().findElement(By.id("preview-banner")).isDisplayed()).isTrue();
        browser.driver().findElement(By.cssSelector("label[for='answeringAs-1']")).click();
        continueOn(browser);
        // in easy read the question is its easy-read wording, with its picture
        assertThat(browser.driver().findElement(By.cssSelector("main legend")).getText()).contains("Ydy hyn yn iawn i chi?");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Nac ydw").doesNotContain("Ydych chi'n cytuno?");
        assertThat(browser.driver().findElement(By.cssSelector("img.question__picture")).getAttribute("alt")).isEqualTo("Dau berson");
        browser.assertNoAxeViolations();
        browser.driver().findElement(By.cssSelector("label[for='q" + questionId + "-1']")).click();
        continueOn(browser);
        browser.driver().findElement(By.cssSelector("label[for='way-1']")).click();
        continueOn(browser);
        browser.clickAndWait(By.cssSelector("main form button[type='submit']"));
        browser.clickAndWait(By.cssSelector("a.skip-questions"));
        assertThat(browser.driver().findElement(By.cssSelector(".panel")).getText())
                .contains("Rhagolwg oedd hwn, felly ni anfonwyd dim.");
        browser.assertNoAxeViolations();

        assertThat(count(portal, "select count(*) from response r join consultation c on c.id = r.consultation_id where c.slug = '" + slug + "'"))
                .as("a preview keeps no response").isZero();
        assertThat(count(portal, "select count(*) from equality_answers e join consultation c on c.id = e.consultation_id where c.slug = '" + slug + "'"))
                .isZero();
        // nobody but staff: not the page, not the start, not the preview draft's address
        assertThat(Http.get(portal.baseUrl() + "cy/consultations/" + slug + "?preview=true").statusCode()).isEqualTo(404);
        assertThat(Http.get(portal.baseUrl() + "consultations/" + slug + "/respond?preview=true").statusCode()).isEqualTo(404);
        assertThat(Http.postForm(portal.baseUrl() + "consultations/" + slug + "/respond", "preview=true").statusCode()).isEqualTo(404);
        assertThat(Http.get(draftUrl.replace("/answering-as", "/check")).statusCode()).isEqualTo(404);
        assertThat(browser.driver().manage().getCookieNamed("INVOLVE_SESSION")).isNotNull();
    }

    @Test
    @DisplayName("A publisher withdraws a published consultation with a reason: it leaves the list, its page says why, answers stop; others may not")
    void withdraw(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String slug = createDraft(editor, "Withdrawal test consultation", "Ymgynghoriad prawf tynnu'n ôl");
        assertThat(editor.post("staff/question-edit?c=" + slug, "type=FREE_TEXT&page=1&max-length=500&text-en=Tell+us").statusCode()).isEqualTo(302);
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        LocalDate first = TODAY.minusDays(1);
        LocalDate last = TODAY.plusWeeks(13);
        assertThat(publisher.post("staff/consultation-publish?c=" + slug, "opens-day=" + first.getDayOfMonth() + "&opens-month=" + first.getMonthValue()
                + "&opens-year=" + first.getYear() + "&closes-day=" + last.getDayOfMonth() + "&closes-month=" + last.getMonthValue()
                + "&closes-year=" + last.getYear()).statusCode()).isEqualTo(302);
        assertThat(Http.get(portal.baseUrl() + "consultations").body()).contains("Withdrawal test consultation");

        // questions are fixed once published, even by a forged post
        var late = editor.post("staff/question-edit?c=" + slug, "type=FREE_TEXT&page=1&max-length=500&text-en=Sneaked+in");
        assertThat(late.body()).contains("Questions cannot change after the consultation is published");
        assertThat(questionIds(portal, slug)).hasSize(1);

        assertThat(editor.post("staff/consultation-window?c=" + slug, "action=withdraw&withdraw-reason-en=Not+mine").statusCode())
                .as("an editor may not withdraw").isEqualTo(403);
        var noReason = publisher.post("staff/consultation-window?c=" + slug, "action=withdraw&withdraw-reason-en=");
        assertThat(noReason.body()).contains("Give the reason, which is shown to the public.");
        var withdrawn = publisher.post("staff/consultation-window?c=" + slug, "action=withdraw"
                + "&withdraw-reason-en=The+day+centres+will+stay+as+they+are.&withdraw-reason-cy=Bydd+y+canolfannau+dydd+yn+aros+fel+y+maent.");
        assertThat(withdrawn.statusCode()).isEqualTo(302);

        assertThat(Http.get(portal.baseUrl() + "consultations").body()).doesNotContain("Withdrawal test consultation");
        var page = Http.get(portal.baseUrl() + "cy/consultations/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nid ydym yn derbyn atebion.", "Bydd y canolfannau dydd yn aros fel y maent.")
                .doesNotContain("id=\"answer-link\"");
        var start = Http.postForm(portal.baseUrl() + "consultations/" + slug + "/respond", "");
        assertThat(start.statusCode()).as("no new answers").isEqualTo(200);
        assertThat(count(portal, "select count(*) from response_draft d join consultation c on c.id = d.consultation_id where c.slug = '" + slug + "'"))
                .isZero();
        assertThat(count(portal, "select count(*) from audit_event where action = 'CONSULTATION_WITHDRAWN' and subject_id = '" + slug + "'"))
                .isEqualTo(1);
    }

    private static String createDraft(StaffSignIns.Client editor, String english, String welsh) throws Exception {
        var created = editor.post("staff/consultation-edit", "title-en=" + StaffSignIns.encode(english)
                + "&summary-en=A+summary&title-cy=" + StaffSignIns.encode(welsh) + "&summary-cy=Crynodeb");
        assertThat(created.statusCode()).isEqualTo(302);
        return created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
    }

    private static void addQuestion(Browser browser, String kind, String page, String english, String welsh) {
        browser.clickAndWait(By.id("add-question"));
        browser.driver().findElement(By.cssSelector("label[for='type-" + kind + "']")).click();
        browser.type("page", page);
        browser.type("text-en", english);
        if (welsh != null) {
            browser.type("text-cy", welsh);
        }
        browser.clickAndWait(By.id("save-question"));
        assertThat(browser.driver().findElements(By.cssSelector(".error-summary"))).as("saved without problems").isEmpty();
    }

    private static List<String> listed(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".question-list__item h2")).stream().map(e -> e.getText()).toList();
    }

    private static void continueOn(Browser browser) {
        browser.clickAndWait(By.cssSelector("button[value='continue']"));
    }


    /** The consultation's question ids in the order they were added. */
    private static List<Long> questionIds(EmbeddedPortal portal, String slug) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement(
                     "select q.id from question q join consultation c on c.id = q.consultation_id where c.slug = ? order by q.id")) {
            query.setString(1, slug);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static int count(EmbeddedPortal portal, String sql) throws SQLException {
        try (var connection = portal.connectToDatabase(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
