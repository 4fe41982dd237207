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
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.openqa.selenium.By;

/**
 * Signing demo staff in from tests, in a browser or over plain HTTP. The portal refuses a code whose
 * 30-second step was already used by that account, so a second sign-in of the same account waits for
 * the next step, as a person would.
 */
public final class StaffSignIns {

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private StaffSignIns() {
    }

    /** The code an authenticator app shows now for a secret, once per account and step. */
    public static String nextCode(String account, String secret) {
        return nextCode(account, secret, Duration.ZERO);
    }

    /** The code for a portal whose clock runs this far ahead of the real one (a test moved it). */
    public static synchronized String nextCode(String account, String secret, Duration clockOffset) {
        String key = account + "@" + clockOffset;
        long step = (System.currentTimeMillis() + clockOffset.toMillis()) / 1000 / Totp.STEP_SECONDS;
        Long last = LAST_STEP.get(key);
        while (last != null && step <= last) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            step = (System.currentTimeMillis() + clockOffset.toMillis()) / 1000 / Totp.STEP_SECONDS;
        }
        LAST_STEP.put(key, step);
        return Totp.code(Base32.decode(secret), step, Totp.DIGITS);
    }

    /** Signs a demo account in with the browser, from the sign-in page to the staff home. */
    public static void signIn(Browser browser, String email) {
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

    /** A plain HTTP client with its own cookies, signed in as a demo account. */
    public static Client signedIn(EmbeddedPortal portal, String email) throws Exception {
        return signedIn(portal, email, Duration.ZERO);
    }

    /** Signed in to a portal whose clock a test has moved this far ahead. */
    public static Client signedIn(EmbeddedPortal portal, String email, Duration clockOffset) throws Exception {
        var client = new Client(portal);
        var password = client.post("staff/sign-in", "email=" + encode(email) + "&password=" + encode(DemoStaff.PASSWORD));
        assertThat(password.headers().firstValue("Location").orElse("")).endsWith("/staff/sign-in-code");
        var code = client.post("staff/sign-in-code", "code=" + nextCode(email, DemoStaff.APP_SECRET, clockOffset));
        assertThat(code.headers().firstValue("Location").orElse("")).endsWith("/staff/");
        return client;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A plain HTTP client with its own cookies, as a browser without JavaScript would be. */
    public static final class Client {
        private final String base;
        private final HttpClient http;
        private final CookieManager cookies = new CookieManager();

        public Client(EmbeddedPortal portal) {
            this.base = portal.baseUrl();
            this.http = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
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
