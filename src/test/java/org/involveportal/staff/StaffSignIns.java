package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.involveportal.demo.DemoStaff;
import org.involveportal.platform.PasswordHasher;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.openqa.selenium.By;

/**
 * Signing demo staff in from tests, in a browser or over plain HTTP. Tests that are not about signing
 * in use the portal's test-only quick sign-in ({@code /test-support/staff-sign-in}, on only when the
 * integration tests start the portal), so no test waits for the next 30-second authenticator code.
 * The real password and code journey is {@link #signInWithCode} and {@link #signedInWithCode}.
 */
public final class StaffSignIns {

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private StaffSignIns() {
    }

    /**
     * The code an authenticator app shows now for a secret. The portal refuses a step an account has
     * already used, so this fails at once, instead of waiting, when the step was already given out
     * for this account: such a test should use another account or the quick sign-in.
     */
    public static synchronized String nextCode(String account, String secret) {
        long step = System.currentTimeMillis() / 1000 / Totp.STEP_SECONDS;
        Long last = LAST_STEP.put(account, step);
        if (last != null && last >= step) {
            throw new IllegalStateException(account + " already used this 30-second code; sign in another way");
        }
        return Totp.code(Base32.decode(secret), step, Totp.DIGITS);
    }

    /** Signs a demo account in with the browser through the quick sign-in, ending on the staff home. */
    public static void signIn(Browser browser, String email) {
        browser.open("/test-support/staff-sign-in?email=" + encode(email));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/");
    }

    /** Signs a demo account in with the browser, from the sign-in page with password and app code to the staff home. */
    public static void signInWithCode(Browser browser, String email) {
        browser.open("/staff/sign-in");
        browser.driver().findElement(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("password")).sendKeys(DemoStaff.PASSWORD);
        browser.clickAndWait(By.cssSelector("main form button"));
        browser.driver().findElement(By.id("code")).sendKeys(nextCode(email, DemoStaff.APP_SECRET));
        browser.clickAndWait(By.cssSelector("main form button"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/");
    }

    public static void signOut(Browser browser) {
        browser.clickAndWait(By.cssSelector(".site-header__account button"));
    }

    /** A plain HTTP client with its own cookies, signed in as a demo account through the quick sign-in. */
    public static Client signedIn(EmbeddedPortal portal, String email) throws Exception {
        var client = new Client(portal);
        var signIn = client.get("test-support/staff-sign-in?email=" + encode(email));
        assertThat(signIn.statusCode()).as("quick sign-in of %s", email).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/staff/");
        return client;
    }

    /** A plain HTTP client signed in with password and app code, as a person would. */
    public static Client signedInWithCode(EmbeddedPortal portal, String email) throws Exception {
        var client = new Client(portal);
        var password = client.post("staff/sign-in", "email=" + encode(email) + "&password=" + encode(DemoStaff.PASSWORD));
        assertThat(password.headers().firstValue("Location").orElse("")).endsWith("/staff/sign-in-code");
        var code = client.post("staff/sign-in-code", "code=" + nextCode(email, DemoStaff.APP_SECRET));
        assertThat(code.headers().firstValue("Location").orElse("")).endsWith("/staff/");
        return client;
    }

    /**
     * A staff account of its own for one test, with the demo password and authenticator key and one
     * role, so signing it in with a real code never shares a 30-second step with another test.
     */
    public static void createAccount(EmbeddedPortal portal, String email, StaffRole... roles) throws Exception {
        try (var connection = portal.connectToDatabase()) {
            var insert = connection.prepareStatement("insert into staff_account (email, display_name, password_hash, created_at,"
                    + " password_changed_at, disabled, totp_secret, totp_enrolled_at) values (?, 'Test Account', ?, utc_timestamp(6),"
                    + " utc_timestamp(6), false, ?, utc_timestamp(6))");
            insert.setString(1, email);
            insert.setString(2, new PasswordHasher().hash(DemoStaff.PASSWORD));
            insert.setString(3, DemoStaff.APP_SECRET);
            insert.executeUpdate();
            var grant = connection.prepareStatement("insert into staff_account_role (account_id, role)"
                    + " select id, ? from staff_account where email = ?");
            for (StaffRole role : roles) {
                grant.setString(1, role.name());
                grant.setString(2, email);
                grant.executeUpdate();
            }
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A plain HTTP client with its own cookies, as a browser without JavaScript would be. */
    public static final class Client {
        private final String base;
        private final HttpClient http;
        private final CookieManager cookies;

        public Client(EmbeddedPortal portal) {
            this(portal.baseUrl(), new CookieManager());
        }

        private Client(String base, CookieManager cookies) {
            this.base = base;
            this.cookies = cookies;
            this.http = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        /** The same browser, cookies and all, talking to another instance of the portal (a cluster's). */
        public Client at(String otherBaseUrl) {
            return new Client(otherBaseUrl, cookies);
        }

        /** The cookies this client would send, as a Cookie header's value. */
        public String cookieHeader() {
            return String.join("; ", cookies.getCookieStore().getCookies().stream().map(Object::toString).toList());
        }

        public HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", base.replaceAll("/$", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
