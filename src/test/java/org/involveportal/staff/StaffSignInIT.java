package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.demo.DemoStaff;
import org.involveportal.platform.PasswordHasher;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Staff sign-in on the demo accounts: password then a code from the app, roles, sign-out, throttling.
 * A code is refused when its 30-second step was already used, so each test that types a code signs
 * in as a different account; the others take the test-only quick sign-in.
 */
@ExtendWith(PortalExtension.class)
class StaffSignInIT {

    private static final List<String> STAFF_PAGES = List.of("staff/", "staff/consultations", "staff/audit",
            "staff/recovery-codes", "staff/consultations.xhtml", "staff/index.xhtml");

    @Test
    @DisplayName("Every staff page sends an anonymous visitor to sign in; no language prefix gets round it")
    void anonymousGoesToSignIn(EmbeddedPortal portal) {
        for (String page : STAFF_PAGES) {
            var response = Http.get(portal.baseUrl() + page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/staff/sign-in");
        }
        // the back office in Welsh has its own addresses, behind the same sign-in; no other language has any
        var welsh = Http.get(portal.baseUrl() + "cy/staff/consultations");
        assertThat(welsh.statusCode()).isEqualTo(302);
        assertThat(welsh.headers().firstValue("Location").orElseThrow()).endsWith("/cy/staff/sign-in");
        assertThat(Http.get(portal.baseUrl() + "ur/staff/").statusCode()).isEqualTo(404);
        assertThat(Http.get(portal.baseUrl() + "bn/staff/sign-in").statusCode()).isEqualTo(404);
        assertThat(Http.get(portal.baseUrl() + "cy/staff/sign-in").statusCode()).isEqualTo(200);
        assertThat(Http.get(portal.baseUrl() + "staff/sign-in").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A publisher signs in with password and app code, gets a new session id, sees consultations, not the audit trail, and signs out for good")
    void signInAndOut(Browser browser, EmbeddedPortal portal) throws Exception {
        browser.reset(portal.baseUrl());
        browser.open("/staff/consultations");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/sign-in");
        browser.assertNoAxeViolations();

        // an unknown email and a wrong password get the same answer
        signInWithPassword(browser, "nobody@example.gov.uk", DemoStaff.PASSWORD);
        String unknown = browser.driver().findElement(By.cssSelector(".error-summary")).getText();
        signInWithPassword(browser, "publisher@example.gov.uk", "not the password at all");
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText()).isEqualTo(unknown)
                .contains("The email address or password is not right");
        assertThat(browser.driver().findElement(By.id("email")).getAttribute("value")).isEqualTo("publisher@example.gov.uk");
        browser.assertNoAxeViolations();

        signInWithPassword(browser, "publisher@example.gov.uk", DemoStaff.PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/sign-in-code");
        String sessionBefore = sessionId(browser);
        assertThat(sessionBefore).isNotNull();
        browser.assertNoAxeViolations();
        browser.driver().findElement(By.id("code")).sendKeys("000000");
        browser.clickAndWait(By.cssSelector("main form button"));
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText()).contains("The code is not right");

        browser.driver().findElement(By.id("code")).sendKeys(StaffSignIns.nextCode("publisher@example.gov.uk", DemoStaff.APP_SECRET));
        browser.clickAndWait(By.cssSelector("main form button"));
        assertThat(browser.driver().getCurrentUrl()).as("on to the page first asked for").endsWith("/staff/consultations");
        assertThat(sessionId(browser)).as("a new session id at sign-in").isNotEqualTo(sessionBefore);
        browser.assertNoAxeViolations();
        browser.open("/staff/");
        browser.clickAndWait(By.cssSelector("a[href$='/staff/consultations']"));
        assertThat(browser.driver().findElement(By.tagName("table")).getText())
                .contains("Our draft involvement strategy", "Day opportunities for older people");
        browser.assertNoAxeViolations();

        browser.open("/staff/audit");
        assertThat(browser.driver().findElements(By.cssSelector("h1.error-heading"))).as("the audit trail is for admins").hasSize(1);

        browser.open("/staff/");
        browser.clickAndWait(By.cssSelector(".site-header__account button"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("You have signed out.");
        browser.driver().navigate().back();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/sign-in");
        assertThat(browser.driver().getPageSource()).doesNotContain("Staff home");
        browser.open("/staff/consultations");
        assertThat(browser.driver().getCurrentUrl()).as("the old session is gone on the server").endsWith("/staff/sign-in");
    }

    @Test
    @DisplayName("Roles are checked on the server: an analyst's request for the audit trail is refused; an admin reads it")
    void rolesOnTheServer(EmbeddedPortal portal) throws Exception {
        // the real password and code journey over plain HTTP; the admin takes the quick way in
        var analyst = StaffSignIns.signedInWithCode(portal, "analyst@example.gov.uk");
        assertThat(analyst.get("staff/consultations").statusCode()).isEqualTo(200);
        assertThat(analyst.get("staff/audit").statusCode()).isEqualTo(403);

        var admin = StaffSignIns.signedIn(portal, "admin@example.gov.uk");
        var audit = admin.get("staff/audit");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("analyst@example.gov.uk", "Signed in");
        assertThat(audit.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    @DisplayName("After five failures, further attempts for that email are told to wait, even with the right password")
    void throttled(EmbeddedPortal portal) throws Exception {
        String email = "someone-guessing@example.gov.uk";
        var client = new StaffSignIns.Client(portal);
        for (int i = 0; i < 5; i++) {
            assertThat(client.post("staff/sign-in", "email=" + email + "&password=wrong-password-" + i).body())
                    .contains("The email address or password is not right");
        }
        // each further failure doubles the wait (1 s, 2 s, 4 s ...): on a busy machine a request can take
        // longer than the first waits, so guess on until one is refused, as a guesser would
        boolean told = false;
        for (int i = 5; i < 11 && !told; i++) {
            told = client.post("staff/sign-in", "email=" + email + "&password=wrong-password-" + i).body()
                    .contains("Too many attempts. Wait 1 minute and try again");
        }
        assertThat(told).as("refused within six guesses past the free five").isTrue();
        // the right password is refused too while the wait lasts; the clock is set an hour back so the
        // wait cannot run out before the request arrives, however slow the machine
        portal.moveClock(java.time.Duration.ofHours(-1));
        try {
            var refused = client.post("staff/sign-in", "email=" + email + "&password=" + encode(DemoStaff.PASSWORD));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("Too many attempts. Wait");
        } finally {
            portal.moveClock(java.time.Duration.ZERO);
        }
        assertThat(count(portal, "select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor_email = '" + email + "'"))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    @DisplayName("A first sign-in sets up the app and shows recovery codes once; a recovery code works once")
    void firstSignInSetsUpTheApp(Browser browser, EmbeddedPortal portal) throws Exception {
        String email = "new-starter@example.gov.uk";
        String password = "a long enough passphrase for the new starter";
        try (var connection = portal.connectToDatabase()) {
            var insert = connection.prepareStatement("insert into staff_account (email, display_name, password_hash, created_at,"
                    + " password_changed_at, disabled) values (?, 'New starter', ?, utc_timestamp(6), utc_timestamp(6), false)");
            insert.setString(1, email);
            insert.setString(2, new PasswordHasher().hash(password));
            insert.executeUpdate();
            connection.createStatement().executeUpdate("insert into staff_account_role (account_id, role) select id, 'EDITOR'"
                    + " from staff_account where email = '" + email + "'");
        }
        browser.reset(portal.baseUrl());
        browser.open("/staff/sign-in");
        signInWithPassword(browser, email, password);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/set-up-sign-in");
        browser.assertNoAxeViolations();
        String secret = browser.driver().findElement(By.id("secret-key")).getText().replace(" ", "");
        browser.driver().findElement(By.id("code")).sendKeys(currentCode(secret));
        browser.clickAndWait(By.cssSelector("main form button"));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/recovery-codes");
        var codes = browser.driver().findElements(By.cssSelector(".recovery-codes li")).stream().map(e -> e.getText()).toList();
        assertThat(codes).hasSize(10).allMatch(code -> code.matches("[A-Z0-9]{5}-[A-Z0-9]{5}"));
        browser.assertNoAxeViolations();
        browser.open("/staff/recovery-codes");
        assertThat(browser.driver().findElements(By.cssSelector(".recovery-codes li"))).as("shown only once").isEmpty();

        browser.clickAndWait(By.cssSelector(".site-header__account button"));
        signInWithPassword(browser, email, password);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/sign-in-code");
        browser.driver().findElement(By.id("code")).sendKeys(codes.get(3).toLowerCase());
        browser.clickAndWait(By.cssSelector("main form button"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/");

        browser.clickAndWait(By.cssSelector(".site-header__account button"));
        signInWithPassword(browser, email, password);
        browser.driver().findElement(By.id("code")).sendKeys(codes.get(3));
        browser.clickAndWait(By.cssSelector("main form button"));
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText()).contains("The code is not right");
    }

    @Test
    @DisplayName("An admin adds an account (a common password refused), changes its roles, and cannot remove their own admin role; all audited")
    void adminManagesAccounts(Browser browser, EmbeddedPortal portal) throws Exception {
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "admin@example.gov.uk");
        browser.clickAndWait(By.cssSelector("a[href$='/staff/accounts']"));
        browser.assertNoAxeViolations();

        browser.driver().findElement(By.id("email")).sendKeys("carer-lead@example.gov.uk");
        browser.driver().findElement(By.id("name")).sendKeys("Carys Lewis");
        browser.driver().findElement(By.id("password")).sendKeys("password1234");
        browser.driver().findElement(By.cssSelector("label[for='roles-EDITOR']")).click();
        browser.clickAndWait(By.id("create-account"));
        assertThat(browser.driver().findElement(By.id("password-error")).getText()).contains("too common");
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo("Carys Lewis");
        assertThat(browser.driver().findElement(By.id("roles-EDITOR")).isSelected()).isTrue();
        browser.assertNoAxeViolations();

        browser.driver().findElement(By.id("password")).sendKeys("kettle harbour violet trombone");
        browser.clickAndWait(By.id("create-account"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved.");
        long id;
        try (var connection = portal.connectToDatabase();
             var rows = connection.createStatement().executeQuery("select id from staff_account where email = 'carer-lead@example.gov.uk'")) {
            rows.next();
            id = rows.getLong(1);
        }
        browser.driver().findElement(By.cssSelector("label[for='role-" + id + "-PUBLISHER']")).click();
        browser.clickAndWait(By.cssSelector("#account-" + id + " form.form--inline button"));
        assertThat(browser.driver().findElement(By.id("role-" + id + "-PUBLISHER")).isSelected()).isTrue();

        long adminId;
        try (var connection = portal.connectToDatabase();
             var rows = connection.createStatement().executeQuery("select id from staff_account where email = 'admin@example.gov.uk'")) {
            rows.next();
            adminId = rows.getLong(1);
        }
        browser.driver().findElement(By.cssSelector("label[for='role-" + adminId + "-ADMIN']")).click();
        browser.clickAndWait(By.cssSelector("#account-" + adminId + " form.form--inline button"));
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText()).contains("You cannot take away your own admin role");

        browser.open("/staff/audit");
        String trail = browser.driver().findElement(By.tagName("table")).getText();
        assertThat(trail).contains("Account created", "carer-lead@example.gov.uk", "Roles changed", "EDITOR → EDITOR, PUBLISHER");
        browser.assertNoAxeViolations();
    }

    @Test
    @DisplayName("Staff change their own password: the current one is checked, the new one must pass the policy and match")
    void changeOwnPassword(Browser browser, EmbeddedPortal portal) throws Exception {
        String email = "password-changer@example.gov.uk";
        String secret = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
        try (var connection = portal.connectToDatabase()) {
            var insert = connection.prepareStatement("insert into staff_account (email, display_name, password_hash, created_at,"
                    + " password_changed_at, disabled, totp_secret, totp_enrolled_at) values (?, 'Pat Changer', ?, utc_timestamp(6),"
                    + " utc_timestamp(6), false, ?, utc_timestamp(6))");
            insert.setString(1, email);
            insert.setString(2, new PasswordHasher().hash("first passphrase for pat"));
            insert.setString(3, secret);
            insert.executeUpdate();
            connection.createStatement().executeUpdate("insert into staff_account_role (account_id, role) select id, 'ANALYST'"
                    + " from staff_account where email = '" + email + "'");
        }
        browser.reset(portal.baseUrl());
        browser.open("/staff/sign-in");
        signInWithPassword(browser, email, "first passphrase for pat");
        browser.driver().findElement(By.id("code")).sendKeys(StaffSignIns.nextCode(email, secret));
        browser.clickAndWait(By.cssSelector("main form button"));
        browser.clickAndWait(By.cssSelector("a[href$='/staff/password']"));
        browser.assertNoAxeViolations();

        browser.driver().findElement(By.id("current")).sendKeys("not my password");
        browser.driver().findElement(By.id("new")).sendKeys("qwertyuiop123");
        browser.clickAndWait(By.id("change-password"));
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
                .contains("Your current password is not right", "too common");
        browser.assertNoAxeViolations();

        browser.driver().findElement(By.id("current")).sendKeys("first passphrase for pat");
        browser.driver().findElement(By.id("new")).sendKeys("lantern meadow copper whistle");
        browser.driver().findElement(By.id("confirm")).sendKeys("lantern meadow copper whistle");
        browser.clickAndWait(By.id("change-password"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Your password is changed.");

        browser.clickAndWait(By.cssSelector(".site-header__account button"));
        signInWithPassword(browser, email, "first passphrase for pat");
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText()).contains("not right");
        signInWithPassword(browser, email, "lantern meadow copper whistle");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/sign-in-code");
        assertThat(count(portal, "select count(*) from audit_event where action = 'PASSWORD_CHANGED' and actor_email = '" + email + "'"))
                .isEqualTo(1);
    }

    // ---- helpers ----

    private static void signInWithPassword(Browser browser, String email, String password) {
        var emailField = browser.driver().findElement(By.id("email"));
        emailField.clear();
        emailField.sendKeys(email);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.clickAndWait(By.cssSelector("main form button"));
    }

    private static String sessionId(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("INVOLVE_SESSION");
        return cookie == null ? null : cookie.getValue();
    }

    /** The code an authenticator app shows now for a secret. */
    static String currentCode(String secret) {
        return Totp.code(Base32.decode(secret), System.currentTimeMillis() / 1000 / Totp.STEP_SECONDS, Totp.DIGITS);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int count(EmbeddedPortal portal, String sql) throws SQLException {
        try (var connection = portal.connectToDatabase(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

}
