package org.involveportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Journeys;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Residents' accounts end to end: sign up, confirm the address from the email, set the involvement
 * profile, sign out, sign in with a password and with an emailed link, see "my data" and delete the
 * account; in English and Welsh, with JavaScript on (axe on every page) and off. Then what a resident
 * may not do: see or change another's account by changing an id, or reach any staff page.
 */
@ExtendWith(PortalExtension.class)
class ResidentAccountIT {

    static final String PASSWORD = "Harbour lantern quietly mossy 2026";
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/account/verify/[A-Za-z0-9_-]{43}");
    private static final Pattern SIGN_IN_LINK = Pattern.compile("https?://\\S+/account/sign-in-link/[A-Za-z0-9_-]{43}");

    record Words(String prefix, String language, String errorPrefix, String checkEmailHeading, String verifySubject,
                 String linkSubject, String existsSubject, String levelError, String phoneError, String savedNotice,
                 String signedOutNotice, String wrongPassword, String accountHeading, String linkExpiredHeading,
                 String deletedHeading, String easyReadLabel) {
    }

    static final Words ENGLISH = new Words("", "en", "Error: ", "Check your email", "Confirm your email address for Involve",
            "Your link to sign in to Involve", "You already have an Involve account", "Choose how you would like to be involved",
            "Enter a phone number, for calls or text messages", "Your answers are saved.", "You have signed out.",
            "The email address or password is not right", "Your account", "This link no longer works", "Your account is deleted",
            "Easy read");
    static final Words WELSH = new Words("cy/", "cy", "Gwall: ", "Gwiriwch eich e-bost", "Cadarnhewch eich cyfeiriad e-bost ar gyfer Involve",
            "Eich dolen i fewngofnodi i Involve", "Mae gennych gyfrif Involve yn barod", "Dewiswch sut yr hoffech gymryd rhan",
            "Rhowch rif ffôn, ar gyfer galwadau neu negeseuon testun", "Mae eich atebion wedi'u cadw.", "Rydych wedi allgofnodi.",
            "Nid yw'r cyfeiriad e-bost na'r cyfrinair yn gywir", "Eich cyfrif", "Nid yw'r ddolen hon yn gweithio mwyach",
            "Mae eich cyfrif wedi'i ddileu", "Hawdd ei ddeall");

    static Stream<Arguments> journeys() {
        // the account pages have no language and mode test of their own, so a third walk scans them in
        // Welsh; axe needs script, so the walk without JavaScript cannot
        return Stream.concat(Journeys.inEnglishAndWelsh(ENGLISH, WELSH),
                Stream.of(Arguments.of("Welsh, JavaScript on", WELSH, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    @DisplayName("Sign up, confirm the email, set needs, sign out, sign in with a password and with a link, my data, delete")
    void wholeJourney(String name, Words words, boolean javascript, Browser sharedBrowser, EmbeddedPortal portal) throws Exception {
        try (var journey = Journeys.browser(javascript, sharedBrowser, portal)) {
            var browser = journey.browser();
            // the account pages are scanned here alone: on every walk with JavaScript, English and Welsh
            boolean scanWithAxe = javascript;
            String email = unique("journey-" + words.language() + "-" + javascript);

            // from the header to sign-in, and on to sign up
            browser.open("/" + words.prefix());
            browser.clickAndWait(By.id("account-link"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + words.prefix() + "account/sign-in");
            check(browser, scanWithAxe);
            browser.clickAndWait(By.cssSelector("main a[href$='/account/sign-up']"));
            assertThat(browser.driver().findElement(By.cssSelector("main a[href$='/privacy']")).isDisplayed()).isTrue();
            check(browser, scanWithAxe);

            // a common password is refused; the email typed stays
            browser.type("email", email);
            browser.type("password", "password1234");
            browser.clickAndWait(By.cssSelector("main form button"));
            assertThat(browser.driver().getTitle()).startsWith(words.errorPrefix());
            assertThat(browser.driver().findElement(By.cssSelector(".error-summary a[href='#password']")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("password-error")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
            check(browser, scanWithAxe);
            browser.type("password", PASSWORD);
            browser.clickAndWait(By.cssSelector("main form button"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(words.checkEmailHeading());
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(email);
            check(browser, scanWithAxe);
            assertThat(count(portal, "select count(*) from resident where email = ? and verified_at is null", email)).isEqualTo(1);

            // not yet confirmed: the password does not sign in
            browser.open("/" + words.prefix() + "account/sign-in");
            browser.type("email", email);
            browser.type("password", PASSWORD);
            browser.clickAndWait(By.id("sign-in-password"));
            assertThat(browser.driver().findElement(By.id("email-error")).isDisplayed()).isTrue();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/account/sign-in");

            // the confirmation email, in the page's language; opening the link changes nothing until the button
            var verification = awaitMail(portal, email, words.verifySubject(), 1);
            assertThat(verification.getContentLanguage()).containsExactly(words.language());
            String verifyLink = link(verification, VERIFY_LINK);
            assertThat(verifyLink).contains("/" + words.prefix() + "account/verify/");
            assertThat(awaitMail(portal, email, words.verifySubject(), 2)).as("a new link after the refused sign-in").isNotNull();
            browser.driver().get(verifyLink);
            check(browser, scanWithAxe);
            assertThat(count(portal, "select count(*) from resident where email = ? and verified_at is null", email)).isEqualTo(1);
            Cookie before = browser.driver().manage().getCookieNamed("INVOLVE_SESSION");
            browser.clickAndWait(By.cssSelector("main form button"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + words.prefix() + "account/profile?welcome=true");
            Cookie after = browser.driver().manage().getCookieNamed("INVOLVE_SESSION");
            assertThat(after).isNotNull();
            if (before != null) {
                assertThat(after.getValue()).as("a new session id at sign-in").isNotEqualTo(before.getValue());
            }
            assertThat(count(portal, "select count(*) from resident where email = ? and verified_at is not null", email)).isEqualTo(1);
            check(browser, scanWithAxe);

            // the profile: nothing chosen for how involved is a problem; then text without a phone is one
            browser.clickAndWait(By.id("save-profile"));
            assertThat(browser.driver().getTitle()).startsWith(words.errorPrefix());
            assertThat(browser.driver().findElement(By.id("involvement-1-error")).getText()).contains(words.levelError());
            check(browser, scanWithAxe);
            click(browser, "involvement-2");
            click(browser, "topic-5");
            click(browser, "clientGroup-3");
            click(browser, "need-1");
            click(browser, "need-5");
            click(browser, "contactWay-3");
            browser.type("accessNeeds", "Dolen sain, os gwelwch yn dda – hearing loop");
            click(browser, "welsh");
            browser.clickAndWait(By.id("save-profile"));
            assertThat(browser.driver().findElement(By.id("phone-error")).getText()).contains(words.phoneError());
            assertThat(browser.driver().findElement(By.id("need-5")).isSelected()).as("ticks stay ticked").isTrue();
            assertThat(browser.driver().findElement(By.id("involvement-2")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("accessNeeds")).getAttribute("value")).isEqualTo("Dolen sain, os gwelwch yn dda – hearing loop");
            check(browser, scanWithAxe);
            browser.type("phone", "07700 900982");
            browser.clickAndWait(By.id("save-profile"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/account/profile?saved=true");
            assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo(words.savedNotice());
            assertThat(browser.driver().findElement(By.id("need-1")).isSelected()).isTrue();
            check(browser, scanWithAxe);
            long id = residentId(portal, email);
            assertThat(one(portal, "select concat_ws('|', involvement, phone, welsh_correspondence, access_needs) from resident where id = ?", id))
                    .isEqualTo("GIVE_VIEWS|07700 900982|1|Dolen sain, os gwelwch yn dda – hearing loop");
            assertThat(one(portal, "select group_concat(topic) from resident_topic where resident_id = ?", id)).isEqualTo("HOUSING");
            assertThat(one(portal, "select group_concat(client_group) from resident_client_group where resident_id = ?", id)).isEqualTo("CARERS");
            assertThat(one(portal, "select group_concat(need order by need) from resident_communication_need where resident_id = ?", id)).isEqualTo("BSL,EASY_READ");
            assertThat(one(portal, "select group_concat(way order by way) from resident_contact_way where resident_id = ?", id)).isEqualTo("EMAIL,TEXT");

            // your account from the header, then sign out
            browser.clickAndWait(By.id("account-link"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(words.accountHeading());
            assertThat(browser.driver().findElement(By.id("signed-in-as")).getText()).contains(email);
            check(browser, scanWithAxe);
            browser.clickAndWait(By.id("sign-out"));
            assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo(words.signedOutNotice());
            check(browser, scanWithAxe);
            browser.open("/" + words.prefix() + "account/profile");
            assertThat(browser.driver().getCurrentUrl()).as("signed out for good")
                    .endsWith("/" + words.prefix() + "account/sign-in?next=%2Faccount%2Fprofile");

            // sign in with a password: wrong first, then right, and back to the page asked for
            browser.type("email", email.toUpperCase(java.util.Locale.ROOT));
            browser.type("password", PASSWORD + "x");
            browser.clickAndWait(By.id("sign-in-password"));
            assertThat(browser.driver().findElement(By.id("email-error")).getText()).contains(words.wrongPassword());
            check(browser, scanWithAxe);
            browser.type("password", PASSWORD);
            browser.clickAndWait(By.id("sign-in-password"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + words.prefix() + "account/profile");
            assertThat(browser.driver().findElement(By.id("involvement-2")).isSelected()).isTrue();
            browser.clickAndWait(By.id("account-link"));
            browser.clickAndWait(By.id("sign-out"));

            // sign in with a link sent by email
            browser.type("linkEmail", email);
            browser.clickAndWait(By.id("sign-in-link"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(words.checkEmailHeading());
            check(browser, scanWithAxe);
            var linkMail = awaitMail(portal, email, words.linkSubject(), 1);
            assertThat(linkMail.getContentLanguage()).containsExactly(words.language());
            String signInLink = link(linkMail, SIGN_IN_LINK);
            browser.driver().get(signInLink);
            check(browser, scanWithAxe);
            browser.clickAndWait(By.cssSelector("main form button"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/" + words.prefix() + "account");
            assertThat(browser.driver().findElement(By.id("signed-in-as")).getText()).contains(email);

            // the link works once only
            browser.driver().get(signInLink);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(words.linkExpiredHeading());
            check(browser, scanWithAxe);

            // my data, then delete the account
            browser.open("/" + words.prefix() + "account");
            browser.clickAndWait(By.id("my-data-link"));
            String data = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(data).contains(email, "07700 900982", words.easyReadLabel(), "Dolen sain, os gwelwch yn dda – hearing loop");
            check(browser, scanWithAxe);
            browser.clickAndWait(By.id("delete-link"));
            check(browser, scanWithAxe);
            browser.clickAndWait(By.id("delete-account"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(words.deletedHeading());
            check(browser, scanWithAxe);
            assertThat(count(portal, "select count(*) from resident where email = ?", email)).isZero();
            assertThat(browser.driver().findElement(By.id("account-link")).getAttribute("href")).endsWith("/account/sign-in");
        }
    }

    @Test
    @DisplayName("The account pages fit a 320 px screen in English and Welsh, in every reading mode, header link included, axe clean")
    void narrowScreens(Browser browser, EmbeddedPortal portal) {
        for (String page : List.of("account/sign-in", "cy/account/sign-in", "account/sign-up", "cy/account/sign-up?print=large",
                "account/sign-in?read=easy", "cy/account/sign-in")) {
            browser.resize(320, 800).open(page);
            assertThat(browser.scrollsHorizontally()).as(page).isFalse();
            assertThat(browser.driver().findElement(By.id("account-link")).isDisplayed()).as(page).isTrue();
            browser.assertNoAxeViolations();
            browser.screenshot("account-320-" + page.replaceAll("[^a-z0-9]+", "-"));
        }
        browser.open("cy/account/sign-up?print=standard&read=standard");
    }

    @Test
    @DisplayName("Signing up with an address that has an account looks the same, and emails its owner instead")
    void existingAddress(EmbeddedPortal portal) throws Exception {
        String email = unique("existing");
        signedUpAndVerified(portal, email);
        String hash = one(portal, "select password_hash from resident where email = ?", email);
        var again = new StaffSignIns.Client(portal);
        var response = again.post("account/sign-up", form("email", email.toUpperCase(java.util.Locale.ROOT), "password", "Other quite long words 99 heron"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/account/check-email?sent=sign-up");
        var exists = awaitMail(portal, email, ENGLISH.existsSubject(), 1);
        assertThat(String.valueOf(exists.getContent())).contains("/account/sign-in");
        assertThat(mails(portal, email, ENGLISH.verifySubject())).as("no new confirmation link").hasSize(1);
        assertThat(one(portal, "select password_hash from resident where email = ?", email)).as("password unchanged").isEqualTo(hash);
    }

    @Test
    @DisplayName("Unknown address and wrong password get the same answer; a link for an unknown address sends nothing")
    void sameAnswers(EmbeddedPortal portal) throws Exception {
        String email = unique("same");
        signedUpAndVerified(portal, email);
        var client = new StaffSignIns.Client(portal);
        var wrong = client.post("account/sign-in", form("action", "password", "email", email, "password", "not the password at all"));
        var unknown = client.post("account/sign-in", form("action", "password", "email", unique("nobody"), "password", "not the password at all"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(errorText(wrong.body())).isEqualTo(errorText(unknown.body())).isEqualTo(ENGLISH.wrongPassword());
        String nobody = unique("nobody-link");
        var link = client.post("account/sign-in", form("action", "link", "linkEmail", nobody));
        assertThat(link.headers().firstValue("Location").orElseThrow()).endsWith("/account/check-email?sent=link");
        // a link is emailed within the request that asks for it, so none can come later
        assertThat(mailsTo(portal, nobody)).isEmpty();
        // a confirmation link is not a sign-in link
        var other = new StaffSignIns.Client(portal);
        String verifyToken = signUp(other, portal, unique("purpose"));
        assertThat(other.post("account/sign-in-link/" + verifyToken, "").statusCode()).isEqualTo(200);
        assertThat(other.get("account").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    @DisplayName("Password guessing is slowed down as for staff: after five failures even the right password waits")
    void throttled(EmbeddedPortal portal) throws Exception {
        String email = unique("throttled");
        signedUpAndVerified(portal, email);
        var client = new StaffSignIns.Client(portal);
        for (int i = 0; i < 5; i++) {
            var wrong = client.post("account/sign-in", form("action", "password", "email", email, "password", "wrong guess number " + i));
            assertThat(errorText(wrong.body())).isEqualTo(ENGLISH.wrongPassword());
        }
        // the sixth attempt waits a second after the fifth failure: with the portal's clock a minute back it comes
        // within that second however long the hashing of the guesses took
        portal.moveClock(java.time.Duration.ofMinutes(-1));
        try {
            var right = client.post("account/sign-in", form("action", "password", "email", email, "password", PASSWORD));
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(errorText(right.body())).isEqualTo("Too many attempts. Wait a few minutes and try again");
            assertThat(client.get("account").statusCode()).as("not signed in").isEqualTo(302);
        } finally {
            portal.moveClock(java.time.Duration.ZERO);
        }
        // another resident from the same address is not held up
        String other = unique("not-throttled");
        signedUpAndVerified(portal, other);
        var signIn = new StaffSignIns.Client(portal).post("account/sign-in", form("action", "password", "email", other, "password", PASSWORD));
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/account");
    }

    @Test
    @DisplayName("A resident cannot see or change another's profile or data by changing an id in the address or the form")
    void noOtherResidents(EmbeddedPortal portal) throws Exception {
        String emailA = unique("a");
        String emailB = unique("b");
        var a = signedUpAndVerified(portal, emailA);
        var b = signedUpAndVerified(portal, emailB);
        long idA = residentId(portal, emailA);
        long idB = residentId(portal, emailB);
        var saveB = b.post("account/profile", form("involvement", "LEAD", "contactWay", "EMAIL", "name", "Bethan B"));
        assertThat(saveB.headers().firstValue("Location").orElseThrow()).endsWith("/account/profile?saved=true");

        for (String path : List.of("account/profile?id=" + idB, "account/my-data?id=" + idB, "account/my-data?residentId=" + idB,
                "account/delete?id=" + idB, "account?id=" + idB)) {
            var page = a.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain(emailB).doesNotContain("Bethan B");
        }
        assertThat(a.get("account/my-data?id=" + idB).body()).contains(emailA);
        var download = a.get("account/my-data.json?id=" + idB);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.body()).contains("\"email\": \"" + emailA + "\"").contains("\"id\": " + idA).doesNotContain(emailB);

        var forged = a.post("account/profile", form("id", String.valueOf(idB), "residentId", String.valueOf(idB),
                "involvement", "KEEP_INFORMED", "contactWay", "POST", "postalAddress", "1 Ffordd y Fan", "name", "Forged"));
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(one(portal, "select concat_ws('|', display_name, involvement) from resident where id = ?", idB)).isEqualTo("Bethan B|LEAD");
        assertThat(one(portal, "select concat_ws('|', display_name, involvement, postal_address) from resident where id = ?", idA))
                .isEqualTo("Forged|KEEP_INFORMED|1 Ffordd y Fan");

        // and a signed-in resident is no one on the staff side
        for (String staffPage : List.of("staff/", "staff/consultations", "staff/audit", "staff/accounts", "staff/consultation-edit")) {
            var response = a.get(staffPage);
            assertThat(response.statusCode()).as(staffPage).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(staffPage).endsWith("/staff/sign-in");
        }
        var welshStaffHome = a.get("cy/staff/");
        assertThat(welshStaffHome.statusCode()).isEqualTo(302);
        assertThat(welshStaffHome.headers().firstValue("Location").orElseThrow()).endsWith("/cy/staff/sign-in");
        assertThat(a.get("account").statusCode()).as("still signed in as a resident").isEqualTo(200);
    }

    @Test
    @DisplayName("Anyone not signed in is sent to sign in, and back to the page afterwards; never to another site")
    void anonymous(EmbeddedPortal portal) throws Exception {
        for (String page : List.of("account", "account/profile", "account/my-data", "account/delete")) {
            var response = Http.get(portal.baseUrl() + page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page)
                    .endsWith("/account/sign-in?next=" + URLEncoder.encode("/" + page, StandardCharsets.UTF_8));
        }
        assertThat(Http.get(portal.baseUrl() + "cy/account/my-data").headers().firstValue("Location").orElseThrow())
                .endsWith("/cy/account/sign-in?next=%2Faccount%2Fmy-data");
        var json = Http.get(portal.baseUrl() + "account/my-data.json");
        assertThat(json.statusCode()).isEqualTo(302);
        assertThat(json.body()).doesNotContain("@");
        assertThat(Http.get(portal.baseUrl() + "cy/account/my-data.json").headers().firstValue("Location").orElseThrow())
                .as("the download sends a Welsh reader to the Welsh sign-in page")
                .endsWith("/cy/account/sign-in?next=/account/my-data");
        var delete = Http.postForm(portal.baseUrl() + "account/delete", "confirm=yes");
        assertThat(delete.statusCode()).isEqualTo(302);

        String email = unique("next");
        signedUpAndVerified(portal, email);
        var client = new StaffSignIns.Client(portal);
        var back = client.post("account/sign-in?next=%2Faccount%2Fmy-data",
                form("action", "password", "next", "/account/my-data", "email", email, "password", PASSWORD));
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/account/my-data");
        var elsewhere = new StaffSignIns.Client(portal);
        var evil = elsewhere.post("account/sign-in", form("action", "password", "next", "//evil.example/x", "email", email, "password", PASSWORD));
        assertThat(evil.headers().firstValue("Location").orElseThrow()).endsWith("/account").doesNotContain("evil");
    }

    @Test
    @DisplayName("Deleting an account removes every row of personal data; the audit trail keeps only that an account went")
    void deletion(EmbeddedPortal portal) throws Exception {
        String email = unique("delete");
        var client = signedUpAndVerified(portal, email);
        long id = residentId(portal, email);
        client.post("account/profile", form("involvement", "WORK_TOGETHER", "topic", "HOUSING", "topic", "SAFEGUARDING",
                "clientGroup", "OLDER_PEOPLE", "need", "BRAILLE", "contactWay", "POST", "contactWay", "PHONE",
                "phone", "01632 960001", "postalAddress", "2 Heol y Dderwen", "name", "Dafydd Delete"));
        new StaffSignIns.Client(portal).post("account/sign-in", form("action", "link", "linkEmail", email));
        awaitMail(portal, email, ENGLISH.linkSubject(), 1);
        for (String table : List.of("resident_topic", "resident_client_group", "resident_communication_need", "resident_contact_way", "resident_token")) {
            assertThat(count(portal, "select count(*) from " + table + " where resident_id = ?", id)).as(table).isPositive();
        }
        assertThat(client.get("account/delete").body()).contains("Dafydd Delete");

        var deleted = client.post("account/delete", form("confirm", "yes", "id", "1"));
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/account/deleted");

        assertThat(count(portal, "select count(*) from resident where id = ? or email = ?", id, email)).isZero();
        for (String table : List.of("resident_topic", "resident_client_group", "resident_communication_need", "resident_contact_way", "resident_token")) {
            assertThat(count(portal, "select count(*) from " + table + " where resident_id = ?", id)).as(table).isZero();
        }
        assertThat(count(portal, "select count(*) from resident where display_name = 'Dafydd Delete' or phone = '01632 960001'")).isZero();
        assertThat(one(portal, "select concat_ws('|', coalesce(actor_email, '-'), subject_type, subject_id, coalesce(detail, '-')) from audit_event"
                + " where action = 'RESIDENT_ACCOUNT_DELETED' and subject_id = ?", String.valueOf(id))).isEqualTo("-|resident|" + id + "|-");
        assertThat(count(portal, "select count(*) from audit_event where actor_email = ? or detail like ? or subject_id = ?",
                email, "%" + email + "%", email)).isZero();
        assertThat(client.get("account").statusCode()).as("signed out").isEqualTo(302);
        assertThat(Http.get(portal.baseUrl() + "account/deleted").statusCode()).isEqualTo(200);
    }

    // ---- helpers ----

    private static void check(Browser browser, boolean scanWithAxe) {
        assertThat(browser.driver().findElements(By.cssSelector("h1.error-heading"))).as("not an error page").isEmpty();
        if (scanWithAxe) {
            browser.assertNoAxeViolations();
        }
    }


    private static void click(Browser browser, String id) {
        browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    static String unique(String what) {
        return what + "-" + System.nanoTime() + "@example.org";
    }

    static String form(String... namesAndValues) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parts.add(StaffSignIns.encode(namesAndValues[i]) + "=" + StaffSignIns.encode(namesAndValues[i + 1]));
        }
        return String.join("&", parts);
    }

    /** Signs up over HTTP and returns the confirmation token from the email. */
    static String signUp(StaffSignIns.Client client, EmbeddedPortal portal, String email) throws Exception {
        int before = mails(portal, email, ENGLISH.verifySubject()).size();
        var response = client.post("account/sign-up", form("email", email, "password", PASSWORD));
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/account/check-email?sent=sign-up");
        String link = link(awaitMail(portal, email, ENGLISH.verifySubject(), before + 1), VERIFY_LINK);
        return link.substring(link.length() - 43);
    }

    /** A new account, confirmed, and a client signed in to it. */
    static StaffSignIns.Client signedUpAndVerified(EmbeddedPortal portal, String email) throws Exception {
        var client = new StaffSignIns.Client(portal);
        String token = signUp(client, portal, email);
        var verified = client.post("account/verify/" + token, "");
        assertThat(verified.headers().firstValue("Location").orElseThrow()).endsWith("/account/profile?welcome=true");
        return client;
    }

    private static String errorText(String html) {
        var matcher = Pattern.compile("<p class=\"error-message\" id=\"email-error\"><span class=\"visually-hidden\">[^<]*</span>\\s*([^<]*)</p>").matcher(html);
        return matcher.find() ? matcher.group(1).trim() : null;
    }

    static String link(MimeMessage message, Pattern pattern) throws Exception {
        var matcher = pattern.matcher(String.valueOf(message.getContent()));
        assertThat(matcher.find()).as("a link in the email").isTrue();
        return matcher.group();
    }

    static List<MimeMessage> mailsTo(EmbeddedPortal portal, String address) throws Exception {
        var found = new ArrayList<MimeMessage>();
        for (MimeMessage message : portal.mail().getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    static List<MimeMessage> mails(EmbeddedPortal portal, String address, String subject) throws Exception {
        var found = new ArrayList<MimeMessage>();
        for (MimeMessage message : mailsTo(portal, address)) {
            if (subject.equals(message.getSubject())) {
                found.add(message);
            }
        }
        return found;
    }

    /** The n-th message (from 1) with this subject to this address, waiting up to ten seconds for it. */
    static MimeMessage awaitMail(EmbeddedPortal portal, String address, String subject, int n) {
        return Mailbox.awaitNth(portal, address, subject, n);
    }

    static long residentId(EmbeddedPortal portal, String email) throws SQLException {
        return Long.parseLong(one(portal, "select id from resident where email = ?", email));
    }

    static int count(EmbeddedPortal portal, String sql, Object... parameters) throws SQLException {
        return Integer.parseInt(one(portal, sql, parameters));
    }

    static String one(EmbeddedPortal portal, String sql, Object... parameters) throws SQLException {
        return portal.queryOne(sql, parameters);
    }
}
