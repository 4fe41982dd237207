package org.involveportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.involveportal.i18n.Language;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jsoup.Jsoup;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page of the public shell, in English, Welsh and Urdu (right to left), each in standard,
 * large print and easy read: accessible under axe (every rule once per page, mode and width, in one of the three
 * languages in turn; in the other two every rule but colour contrast, which depends on the styles alone; in large print,
 * standard print's markup in other colours and sizes, the rules those can change), right language and direction, skip link first,
 * language links to the same page, and no sideways scrolling at 320 px. This is the one place with
 * the whole language, reading mode and width matrix; elsewhere a page is scanned once.
 */
@ExtendWith(PortalExtension.class)
class ShellIT {

    /** The public pages; the last is an address that does not exist (the 404 page). */
    static final List<String> PAGES = List.of("/", "/glossary", "/accessibility", "/privacy", "/contact",
            "/another-format", "/consultations", "/consultations/draft-involvement-strategy",
            "/consultations/carers-short-breaks", "/consultations/draft-involvement-strategy/respond",
            "/consultations/day-opportunities-review", "/you-said-we-did", "/groups", "/groups/power-and-control",
            "/activities", "/activities/quality-checker-visit-day-services", "/payment-and-benefits", "/training",
            "/training/being-a-quality-checker", "/calendar", "/calendar?view=list", "/action-plans",
            "/action-plans/involvement-strategy-action-plan",
            "/involvement-reports", "/involvement-reports/" + org.involveportal.report.ReportPeriod.quarterBefore(
                    java.time.LocalDate.now(org.involveportal.report.ReportPeriod.LONDON)).slug(),
            "/no-such-page");
    static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.WELSH, Language.URDU);
    static final List<String> MODES = List.of("read=standard&print=standard", "read=standard&print=large",
            "read=easy&print=standard");

    private static Browser withoutJavaScript;

    static Stream<Arguments> everyPageLanguageAndMode() {
        var combinations = new ArrayList<Arguments>();
        for (String page : PAGES) {
            for (Language language : LANGUAGES) {
                for (String mode : MODES) {
                    combinations.add(Arguments.of(page, language, mode));
                }
            }
        }
        return combinations.stream();
    }

    @ParameterizedTest(name = "{1} {0} ?{2}")
    @MethodSource("everyPageLanguageAndMode")
    @DisplayName("Shell page: axe clean, lang and dir right, one main and h1, skip link first, no sideways scroll at 320 px")
    void shellPage(String page, Language language, String mode, Browser browser) {
        browser.open(language.pathPrefix() + withMode(page, mode));
        // what the page is made of, read in one call to the browser rather than one per question
        @SuppressWarnings("unchecked")
        var shell = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var html = document.documentElement;
                function count(selector) { return document.querySelectorAll(selector).length; }
                return { lang: html.getAttribute('lang'), dir: html.getAttribute('dir'), classes: html.className,
                         title: document.title, mains: count('main'), h1s: count('h1'),
                         errorHeadings: count('h1.error-heading'), ideas: count('main .idea'),
                         ideaPictures: count('main .idea img'), unknownKeys: html.outerHTML.indexOf('??') >= 0 };""");

        assertThat(shell.get("lang")).isEqualTo(language.htmlLang());
        assertThat(shell.get("dir")).isEqualTo(language.direction());
        assertThat((String) shell.get("classes"))
                .contains(mode.contains("print=large") ? "mode-large-print" : "")
                .contains(mode.contains("read=easy") ? "mode-easy-read" : "");
        assertThat((String) shell.get("title")).endsWith(" – Involve").doesNotContain("??");
        assertThat(shell.get("mains")).isEqualTo(1L);
        assertThat(shell.get("h1s")).isEqualTo(1L);
        assertThat(shell.get("errorHeadings"))
                .as("%s is served, not an error page", page).isEqualTo(page.equals("/no-such-page") ? 1L : 0L);
        assertThat(shell.get("unknownKeys")).as("a message key shown as ??").isEqualTo(false);
        if (mode.contains("read=easy")) {
            assertThat((Long) shell.get("ideaPictures")).as("pictures beside ideas").isPositive();
        } else {
            assertThat(shell.get("ideas")).isEqualTo(0L);
        }
        boolean largePrint = mode.equals(MODES.get(1));
        if (largePrint) {
            // standard print's markup (scanned in this language just as in that mode) in other colours and sizes
            if (fullScanLanguage(page) == language) {
                browser.assertNoAxeViolationsOfStyle();
            } else {
                browser.assertNoAxeViolationsOfWrapping();
            }
        } else if (fullScanLanguage(page) == language) {
            // every rule once per page and mode, in a language that changes from page to page; the other languages get
            // every rule but colour contrast (the styles are the same in every language)
            browser.assertNoAxeViolations();
            if (mode.equals(MODES.get(0))) {
                // Tab and Enter in the browser once per page, on the page already open; in every language the markup
                // puts the skip link first and aims it at the main content (read below)
                assertSkipLinkFirst(browser);
            }
        } else {
            // every rule but colour contrast, which depends on the styles only (the same in every language)
            browser.assertNoAxeViolationsExceptContrast();
        }
        if (mode.equals(MODES.get(0))) {
            assertSkipLinkFirstInMarkup(browser.driver().getPageSource(), page);
        }

        browser.resize(320, 800);
        assertThat(browser.scrollsHorizontally()).as("sideways scroll at 320 px").isFalse();
        // the same markup: at 320 px only the rules the width can change (contrast, in the language scanned whole)
        if (fullScanLanguage(page) == language) {
            browser.assertNoAxeViolationsOfLayout();
        } else {
            browser.assertNoAxeViolationsOfWrapping();
        }
    }

    /**
     * Reflow (WCAG 1.4.10) in every language, not only the three of the axe matrix, and in every
     * reading mode including easy read with large print: at 320 px no page scrolls sideways, measured
     * in the installed fonts and in DejaVu Sans. Layout only, so the pages are loaded and measured
     * in one test and every page that fails is named at once.
     */
    @Test
    @DisplayName("At 320 px no public page scrolls sideways, in any of the nine languages and four reading modes")
    void everyLanguageAndModeFitsAt320(Browser browser) {
        var pages = new ArrayList<>(PAGES);
        pages.add("/groups/mobility-forum");
        var modes = List.of("read=standard&print=standard", "read=standard&print=large", "read=easy&print=standard",
                "read=easy&print=large");
        var tooWide = new ArrayList<String>();
        int measured = 0;
        int measuredInShellPage = 0;
        int coveredByLargePrint = 0;
        browser.resize(320, 800);
        for (Language language : Language.values()) {
            for (String mode : modes) {
                for (String page : pages) {
                    if (LANGUAGES.contains(language) && MODES.contains(mode) && PAGES.contains(page)) {
                        measuredInShellPage++; // shellPage measures these at 320 px already
                        continue;
                    }
                    if (!LANGUAGES.contains(language) && mode.equals(modes.get(0))) {
                        // standard print is large print's markup and layout in smaller letters (no rule of large print
                        // narrows anything outside easy read): a page that fits in large print fits in standard
                        coveredByLargePrint++;
                        continue;
                    }
                    String path = language.pathPrefix() + withMode(page, mode);
                    browser.open(path);
                    if (page.equals(pages.get(0))) {
                        // the prefix chooses the language on every page alike: checked once per language and mode
                        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                                .as(path).isEqualTo(language.htmlLang());
                    }
                    measured++;
                    if (browser.scrollsHorizontally()) {
                        tooWide.add(path);
                    }
                }
            }
        }
        assertThat(measured + measuredInShellPage + coveredByLargePrint).isEqualTo(Language.values().length * modes.size() * pages.size());
        assertThat(measuredInShellPage).isEqualTo(LANGUAGES.size() * MODES.size() * PAGES.size());
        assertThat(tooWide).as("pages wider than 320 px").isEmpty();
    }

    /** The language whose pass over a page runs every axe rule: English, Welsh and Urdu in turn, page by page. */
    static Language fullScanLanguage(String page) {
        return LANGUAGES.get(PAGES.indexOf(page) % LANGUAGES.size());
    }

    /**
     * In the markup: the first thing Tab can reach is the skip link, it leads to the main content, which can take
     * focus, and no element changes the Tab order.
     */
    private static void assertSkipLinkFirstInMarkup(String html, String page) {
        var document = Jsoup.parse(html);
        var first = document.body().selectFirst("a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex^=-])");
        assertThat(first).as("%s: something to Tab to", page).isNotNull();
        assertThat(first.className()).as("%s: first focusable", page).isEqualTo("skip-link");
        assertThat(first.attr("href")).as(page).isEqualTo("#main-content");
        var main = document.getElementById("main-content");
        assertThat(main).as("%s: the skip link's target", page).isNotNull();
        assertThat(main.attr("tabindex")).as("%s: the main content takes focus", page).isEqualTo("-1");
        assertThat(document.select("[tabindex]").stream().filter(e -> !e.attr("tabindex").startsWith("-") && !e.attr("tabindex").equals("0")))
                .as("%s: no element changes the Tab order", page).isEmpty();
    }

    /** The skip link is the first focusable element and moves focus to the main content. */
    private static void assertSkipLinkFirst(Browser browser) {
        var driver = browser.driver();
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skipLink = driver.switchTo().activeElement();
        assertThat(skipLink.getAttribute("class")).as("first focusable").isEqualTo("skip-link");
        skipLink.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus after the skip link").isEqualTo("main-content");
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("everyPageInEachLanguage")
    @DisplayName("Each language link leads to the same page in that language; the current one is marked")
    void languageLinks(String page, Language language, EmbeddedPortal portal) {
        // links and where they lead are markup and HTTP: no browser needed
        String url = portal.baseUrl() + (language.pathPrefix() + page).substring(1);
        var links = Jsoup.parse(Http.get(url).body(), url).select("nav.language-switch a");

        assertThat(links).hasSize(Language.values().length);
        for (var link : links) {
            var target = Language.fromTag(link.attr("hreflang").replace("en-GB", "en")).orElseThrow();
            assertThat(link.attr("lang")).isEqualTo(target.htmlLang());
            String expectedPath = (target == Language.ENGLISH ? "/en" : target.pathPrefix()) + page;
            assertThat(link.attr("abs:href")).isEqualTo(portal.baseUrl() + expectedPath.substring(1));
            assertThat(link.attr("aria-current")).isEqualTo(target == language ? "true" : "");
        }
        var other = language == Language.WELSH ? Language.ENGLISH : Language.WELSH;
        var followed = Http.get(links.select("a[hreflang='" + other.htmlLang() + "']").attr("abs:href"));
        if (other == Language.ENGLISH) {
            // /en/... remembers English and sends the reader to the unprefixed address
            assertThat(followed.statusCode()).isEqualTo(302);
            assertThat(URI.create(url).resolve(followed.headers().firstValue("Location").orElseThrow()).toString())
                    .isEqualTo(portal.baseUrl() + page.substring(1));
        } else {
            assertThat(followed.statusCode()).isEqualTo(page.equals("/no-such-page") ? 404 : 200);
            assertThat(Jsoup.parse(followed.body()).selectFirst("html").attr("lang")).isEqualTo(other.htmlLang());
        }
    }

    /** A page's address with the reading mode's parameters (a page such as the calendar's list view has its own). */
    private static String withMode(String page, String mode) {
        return page + (page.contains("?") ? "&" : "?") + mode;
    }

    static Stream<Arguments> everyPageInEachLanguage() {
        return PAGES.stream().flatMap(page -> LANGUAGES.stream().map(language -> Arguments.of(page, language)));
    }

    @BeforeAll
    static void startBrowserWithoutJavaScript() {
        withoutJavaScript = Browser.start(false);
    }

    @AfterAll
    static void stopBrowserWithoutJavaScript() {
        withoutJavaScript.close();
    }

    @Test
    @DisplayName("With JavaScript off: choosing Welsh, then easy read and large print, is remembered from page to page")
    void worksWithoutJavaScript(EmbeddedPortal portal) {
        withoutJavaScript.reset(portal.baseUrl());
        var driver = withoutJavaScript.driver();
        withoutJavaScript.open("/");
        assertThat(driver.findElements(By.tagName("script"))).as("public pages carry no script").isEmpty();

        withoutJavaScript.clickAndWait(By.cssSelector("nav.language-switch a[hreflang='cy']"));
        withoutJavaScript.clickAndWait(By.cssSelector("nav.mode-switch li:nth-child(1) a"));
        withoutJavaScript.clickAndWait(By.cssSelector("nav.mode-switch li:nth-child(2) a"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).contains("mode-easy-read", "mode-large-print");

        withoutJavaScript.clickAndWait(By.cssSelector("footer a[href$='/glossary']"));
        assertThat(driver.getCurrentUrl()).endsWith("/cy/glossary");
        var html = driver.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("cy");
        assertThat(html.getAttribute("class")).contains("mode-easy-read", "mode-large-print");

        withoutJavaScript.open("/");
        assertThat(driver.getCurrentUrl()).as("the root follows the remembered language").endsWith("/cy/");
        withoutJavaScript.clickAndWait(By.cssSelector("nav.language-switch a[hreflang='en-GB']"));
        assertThat(driver.getCurrentUrl()).isEqualTo(portal.baseUrl());
        withoutJavaScript.open("/");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
    }

    @Test
    @DisplayName("A word on a page links to its explanation in the glossary, in the same language")
    void wordsLinkToTheGlossary(Browser browser) {
        browser.open("/cy/");
        browser.clickAndWait(By.cssSelector("main a.term[href$='/cy/glossary#consultation']"));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/cy/glossary#consultation");
        var entry = browser.driver().findElement(By.id("consultation"));
        assertThat(entry.getText()).contains("Ymgynghoriad");
    }

    @Test
    @DisplayName("The footer has the same eight links in the same order on every page")
    void footerLinks(EmbeddedPortal portal) {
        for (String page : PAGES) {
            String url = portal.baseUrl() + ("/cy" + page).substring(1);
            var hrefs = Jsoup.parse(Http.get(url).body(), url).select("footer nav a").stream()
                    .map(link -> link.attr("abs:href").substring(portal.baseUrl().length() - 1)).toList();
            assertThat(hrefs).as(page).containsExactly("/cy/accessibility", "/cy/privacy", "/cy/contact",
                    "/cy/you-said-we-did", "/cy/involvement-reports", "/cy/action-plans", "/cy/glossary", "/cy/another-format");
        }
    }
}
