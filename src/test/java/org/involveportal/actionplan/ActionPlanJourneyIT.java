package org.involveportal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The action plan journey in browsers: an editor writes a plan and an action and a publisher makes it public (in
 * English, with JavaScript); a resident follows it in Welsh without JavaScript, signing in on the way; the publisher
 * publishes an update; the follower is emailed once, in Welsh, and sees the update on the page. Axe on each staff page,
 * and on the signed-in follow page in English, Welsh and Urdu in each reading mode (with JavaScript, which axe needs).
 */
@ExtendWith(PortalExtension.class)
class ActionPlanJourneyIT {

    private static final String PASSWORD = "a long resident password 2026";

    @Test
    @DisplayName("A plan written and published, followed in Welsh without JavaScript, an update published, the follower emailed once")
    void writeFollowUpdate(Browser browser, EmbeddedPortal portal) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String title = "Journey plan " + run;
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "editor@example.gov.uk");
        browser.open("/staff/action-plans");
        browser.assertNoAxeViolations();
        browser.type("title-en", title);
        browser.type("summary-en", "What we will do for carers, and how it is going.");
        browser.type("title-cy", "Cynllun taith " + run);
        browser.type("summary-cy", "Beth fyddwn ni’n ei wneud i ofalwyr, a sut mae’n mynd.");
        browser.clickAndWait(By.id("create-plan"));
        assertThat(browser.driver().findElement(By.id("saved")).getText()).contains("Plan created");
        String slug = browser.driver().getCurrentUrl().replaceAll(".*p=([a-z0-9-]+).*", "$1");

        // a problem comes back beside its field, with what was typed kept
        browser.type("theme", "Carers’ rights and support");
        browser.type("what", "Offer short breaks in the evenings and at weekends");
        browser.type("timescale", "next spring");
        new Select(browser.driver().findElement(By.id("rag"))).selectByValue("AMBER");
        browser.clickAndWait(By.id("add-action"));
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText()).contains("Enter the role that leads it",
                "Enter a date such as 2027-03-31 or a quarter such as 2027 Q1");
        assertThat(browser.driver().findElement(By.id("what")).getAttribute("value")).isEqualTo("Offer short breaks in the evenings and at weekends");
        browser.assertNoAxeViolations();
        browser.type("lead", "Carers Lead");
        browser.type("timescale", "2027 Q2");
        browser.clickAndWait(By.id("add-action"));
        assertThat(browser.driver().findElement(By.id("saved")).getText()).contains("Action added");
        String actionId = portal.queryOne("select a.id from plan_action a join action_plan p on p.id = a.plan_id where p.slug = ?", slug);

        StaffSignIns.signOut(browser);
        StaffSignIns.signIn(browser, "publisher@example.gov.uk");
        browser.open("/staff/action-plan?p=" + slug);
        browser.clickAndWait(By.id("publish-plan"));
        assertThat(browser.driver().findElement(By.id("saved")).getText()).contains("The plan is public");
        browser.assertNoAxeViolations();

        // a Welsh reader without JavaScript follows it, signing in on the way
        String email = "journey-" + run + "@example.org";
        var account = ResidentSignIns.signedUpAndVerified(portal, email, PASSWORD);
        assertThat(account.post("account/profile", "involvement=KEEP_INFORMED&topic=CARERS_SUPPORT&contactWay=EMAIL&welsh=yes&keepInformed=yes").statusCode())
                .isEqualTo(302);
        try (var noScript = Browser.start(false)) {
            noScript.reset(portal.baseUrl());
            noScript.open("/cy/action-plans/" + slug);
            assertThat(noScript.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Cynllun taith " + run);
            assertThat(noScript.driver().findElement(By.cssSelector("#action-" + actionId + " .action-status")).getText())
                    .contains("Ambr: mewn perygl");
            noScript.clickAndWait(By.id("follow"));
            assertThat(noScript.driver().getCurrentUrl()).contains("/cy/account/sign-in");
            noScript.type("email", email);
            noScript.type("password", PASSWORD);
            noScript.clickAndWait(By.id("sign-in-password"));
            assertThat(noScript.driver().getCurrentUrl()).endsWith("/cy/action-plans/" + slug + "/follow");
            noScript.clickAndWait(By.id("follow"));
            assertThat(noScript.driver().findElement(By.id("status")).getText()).contains("Rydych chi bellach yn dilyn y cynllun hwn");
            assertThat(noScript.driver().findElements(By.id("unfollow"))).hasSize(1);

            // the publisher publishes an update
            browser.open("/staff/action-plan?p=" + slug);
            browser.clickAndWait(By.cssSelector("#action-" + actionId + " a"));
            browser.type("words", "Evening breaks are now offered at two centres.");
            new Select(browser.driver().findElement(By.id("rag"))).selectByValue("GREEN");
            browser.clickAndWait(By.id("publish-update"));
            assertThat(browser.driver().findElement(By.id("saved")).getText()).contains("Update published");
            assertThat(browser.driver().findElement(By.id("update-list")).getText()).contains("Evening breaks are now offered");
            browser.assertNoAxeViolations();

            var mail = Mailbox.awaitSubjectStartingWith(portal, email, "Cynnydd ar Cynllun taith " + run);
            assertThat(String.valueOf(mail.getContent())).contains("Gwyrdd: ar y trywydd", "Evening breaks are now offered at two centres.");
            assertThat(Mailbox.to(portal, email).stream().filter(m -> Mailbox.subject(m).contains(run))).as("emailed once").hasSize(1);

            noScript.open("/cy/action-plans/" + slug);
            assertThat(noScript.driver().findElement(By.cssSelector("#action-" + actionId + " .action-status")).getText())
                    .contains("Gwyrdd: ar y trywydd");
            assertThat(noScript.driver().findElement(By.cssSelector("#action-" + actionId + " .latest-progress")).getText())
                    .contains("Evening breaks are now offered at two centres.");
        }

        // the follow page needs a signed-in resident, so the shell checks cannot reach it: axe here, in each language and mode
        browser.reset(portal.baseUrl());
        browser.open("/account/sign-in");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.clickAndWait(By.id("sign-in-password"));
        for (String language : new String[] {"", "/cy", "/ur"}) {
            for (String mode : new String[] {"read=standard&print=standard", "read=standard&print=large", "read=easy&print=standard"}) {
                browser.open(language + "/action-plans/" + slug + "/follow?" + mode);
                assertThat(browser.driver().findElements(By.id("unfollow"))).as(language + " " + mode).hasSize(1);
                browser.assertNoAxeViolations();
            }
        }
    }
}
