package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.involveportal.demo.DemoStaff;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Welsh-speaking staff run the back office in Welsh, from /cy/staff/, under the same sign-in and roles. */
@ExtendWith(PortalExtension.class)
class WelshBackOfficeIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    @DisplayName("From /cy/staff/: sign in with password and app code, write a consultation and publish it, every page in Welsh and"
            + " passing axe, every link and redirect staying in Welsh")
    void signInWriteAndPublishInWelsh(Browser browser, EmbeddedPortal portal) throws Exception {
        String email = "cymraeg-" + System.nanoTime() + "@example.gov.uk";
        StaffSignIns.createAccount(portal, email, StaffRole.EDITOR, StaffRole.PUBLISHER);
        browser.reset(portal.baseUrl());

        browser.open("/cy/staff/consultations");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cy/staff/sign-in");
        assertWelsh(browser, "Mewngofnodi i staff Involve");
        assertThat(browser.driver().getTitle()).isEqualTo("Mewngofnodi – staff Involve");
        browser.driver().findElement(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("password")).sendKeys(DemoStaff.PASSWORD);
        browser.clickAndWait(By.cssSelector("main form button"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cy/staff/sign-in-code");
        assertWelsh(browser, null);
        browser.driver().findElement(By.id("code")).sendKeys(StaffSignIns.nextCode(email, DemoStaff.APP_SECRET));
        browser.clickAndWait(By.cssSelector("main form button"));
        assertThat(browser.driver().getCurrentUrl()).as("on to the page first asked for").endsWith("/cy/staff/consultations");
        assertWelsh(browser, null);
        assertThat(browser.driver().findElement(By.cssSelector(".site-header__service")).getText()).isEqualTo("Staff Involve");
        assertThat(browser.driver().findElement(By.cssSelector(".language-switch a:not(.is-current)")).getAttribute("href"))
                .as("the switch to English").endsWith("/staff/consultations").doesNotContain("/cy/");

        browser.clickAndWait(By.id("new-consultation"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cy/staff/consultation-edit");
        browser.type("title-cy", "Newidiadau i wasanaethau dydd");
        browser.clickAndWait(By.id("save"));
        assertThat(browser.driver().findElement(By.id("title-en-error")).getText()).as("the problem, in Welsh").isNotBlank()
                .doesNotContain("Enter");
        assertThat(browser.driver().findElement(By.id("title-cy")).getAttribute("value")).isEqualTo("Newidiadau i wasanaethau dydd");
        assertThat(browser.driver().getTitle()).startsWith("Gwall");
        assertWelsh(browser, null);

        browser.type("title-en", "Changes to day services");
        browser.type("summary-en", "Tell us what you think about the changes to day services.");
        browser.type("summary-cy", "Dywedwch wrthym beth yw eich barn am y newidiadau i wasanaethau dydd.");
        browser.driver().findElement(By.cssSelector("label[for='topic-DAY_SERVICES'], label[for^='topic-']")).click();
        browser.clickAndWait(By.id("save"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Wedi'i gadw.");
        assertThat(browser.driver().getCurrentUrl()).contains("/cy/staff/consultation-edit?c=changes-to-day-services");
        assertWelsh(browser, null);

        browser.open("/cy/staff/consultations?status=DRAFT");
        browser.clickAndWait(By.cssSelector("a[href$='/cy/staff/consultation-publish?c=changes-to-day-services']"));
        assertWelsh(browser, null);
        browser.typeDate("opens", TODAY);
        browser.typeDate("closes", TODAY.plusWeeks(12));
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Mae'r ymgynghoriad wedi'i gyhoeddi.");
        assertThat(browser.driver().getCurrentUrl()).contains("/cy/staff/consultations?published=changes-to-day-services");
        assertWelsh(browser, null);

        var page = Http.get(portal.baseUrl() + "cy/consultations/changes-to-day-services");
        assertThat(page.statusCode()).as("published, in Welsh").isEqualTo(200);
        assertThat(page.body()).contains("Newidiadau i wasanaethau dydd");

        browser.clickAndWait(By.cssSelector(".site-header__account button"));
        assertThat(browser.driver().getCurrentUrl()).contains("/cy/staff/sign-in");
        assertWelsh(browser, "Mewngofnodi i staff Involve");
    }

    @Test
    @DisplayName("A Welsh staff address keeps the roles: an editor is refused the audit trail at /cy/staff/audit as at /staff/audit")
    void rolesHoldInWelsh(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        assertThat(editor.get("cy/staff/consultations").statusCode()).isEqualTo(200);
        int refused = editor.get("staff/audit").statusCode();
        assertThat(refused).isIn(403, 404);
        assertThat(editor.get("cy/staff/audit").statusCode()).isEqualTo(refused);
        assertThat(editor.get("cy/staff/audit.xhtml").statusCode()).isIn(403, 404);
        assertThat(editor.get("ar/staff/consultations").statusCode()).as("no back office in Arabic").isEqualTo(404);
        var welshHome = editor.get("cy/staff/");
        assertThat(welshHome.statusCode()).isEqualTo(200);
        assertThat(welshHome.body()).contains(" lang=\"cy\"", "<title>Hafan y staff – staff Involve</title>", "href=\"/cy/staff/consultations\"");
    }

    /** The page is in Welsh (its html lang and, when given, its heading) and passes axe. */
    private static void assertWelsh(Browser browser, String heading) {
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
        if (heading != null) {
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        }
        browser.assertNoAxeViolations();
    }
}
