package org.involveportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Selenium. The browser and driver are given by path, so
 * Selenium Manager never downloads anything.
 */
public final class Browser implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final Path profile;
    private String baseUrl;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser; with {@code javascript} false, pages run no script (as for someone with it off). */
    public static Browser start(boolean javascript) {
        try {
            Path profile = Files.createTempDirectory("involve-chromium");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
                    "--lang=en-GB", "--user-data-dir=" + profile,
                    // no background services and one process for the portal's pages: less work beside the
                    // tests on a 2-core machine, and nothing a page's layout depends on
                    "--disable-extensions", "--mute-audio", "--disable-breakpad", "--disable-default-apps",
                    "--disable-client-side-phishing-detection", "--disable-domain-reliability", "--metrics-recording-only",
                    "--password-store=basic", "--disable-hang-monitor",
                    "--disable-features=Translate,MediaRouter,OptimizationHints,OptimizationGuideModelDownloading,"
                            + "OptimizationHintsFetching,OptimizationTargetPrediction,AutofillServerCommunication,"
                            + "CertificateTransparencyComponentUpdater,PaintHolding,site-per-process,IsolateOrigins");
            if (!javascript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60)); // an axe scan on a busy machine
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void reset(String baseUrl) {
        this.baseUrl = baseUrl;
        driver.manage().deleteAllCookies();
        resize(1280, 1000);
    }

    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /**
     * True when the page is wider than the window, so the reader would have to scroll sideways:
     * in the fonts this machine has, or with every text set in DejaVu Sans, the widest of the common
     * fonts, so that the answer does not depend on which fonts are installed and a page that fits
     * here fits in the narrower fonts of a reader's phone. DejaVu is applied as a constructed style
     * sheet (CSSOM, which the content security policy does not restrict) and removed afterwards.
     */
    public boolean scrollsHorizontally() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                function overflow() {
                  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
                }
                var asInstalled = overflow();
                var dejaVu = new CSSStyleSheet();
                dejaVu.replaceSync('html, html * { font-family: "DejaVu Sans", sans-serif !important; }');
                var sheets = Array.from(document.adoptedStyleSheets); // a copy: the property is a live array
                document.adoptedStyleSheets = sheets.concat([dejaVu]);
                var inDejaVu = overflow();
                document.adoptedStyleSheets = sheets;
                return Math.max(asInstalled, inDejaVu);""");
        return ((Number) overflow).longValue() > 0;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the portal, e.g. {@code "cy/"}. */
    public Browser open(String path) {
        driver.get(baseUrl + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    /** Replaces what the field with this id holds by the text, as a person typing would. */
    public void type(String id, String text) {
        var field = driver.findElement(org.openqa.selenium.By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Types a day into the date input called {@code name} (its fields name-day, name-month and name-year). */
    public void typeDate(String name, java.time.LocalDate day) {
        type(name + "-day", String.valueOf(day.getDayOfMonth()));
        type(name + "-month", String.valueOf(day.getMonthValue()));
        type(name + "-year", String.valueOf(day.getYear()));
    }

    /**
     * Clicks something that loads a new page (a link, a submit button) and waits until the new page
     * has replaced the old one, so the next look is at the new page.
     */
    public void clickAndWait(org.openqa.selenium.By target) {
        var oldPage = driver.findElement(org.openqa.selenium.By.tagName("html"));
        driver.findElement(target).click();
        // looked at every 50 ms rather than Selenium's 500: a page usually replaces the old one within a few
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20), java.time.Duration.ofMillis(50));
        wait.until(d -> isGone(oldPage));
        // The footer closes every page: once it is there, the new page has been read in full.
        wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("body > footer")).isEmpty());
    }

    private static boolean isGone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium sometimes reports a replaced document this way instead of as stale.
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    /**
     * The axe rules whose result can change with the window's width on the portal's pages: target
     * spacing, scrolling regions, and contrast (headings change size below 641 px, and large text
     * needs less contrast). The rest look at markup, which does not change with the width.
     */
    static final List<String> LAYOUT_RULES = List.of("target-size", "scrollable-region-focusable", "color-contrast");

    /**
     * The axe rules whose result a page's words can change, through their length and direction: target spacing and
     * scrolling regions. Colour contrast (the costly rule, most of a scan's time) depends on the styles, which are the
     * same in every language (no style sheet rule names a language; right to left only mirrors arrows and bars).
     */
    static final List<String> WRAPPING_RULES = List.of("target-size", "scrollable-region-focusable");

    /**
     * The axe rules whose result a page's styles can change without its markup: colours (text contrast, and links told
     * from the text around them) and the {@link #LAYOUT_RULES}' sizes. Large print is standard print's markup in
     * other colours and sizes.
     */
    static final List<String> STYLE_RULES = List.of("color-contrast", "link-in-text-block", "target-size",
            "scrollable-region-focusable");

    /** For a page whose markup is scanned whole in another reading mode of the same markup: only the {@link #STYLE_RULES}. */
    public void assertNoAxeViolationsOfStyle() {
        assertNoAxeViolations("rule", STYLE_RULES);
    }

    /**
     * For a page whose markup and styles are scanned whole in another language: only the {@link #WRAPPING_RULES},
     * all that its own words can change.
     */
    public void assertNoAxeViolationsOfWrapping() {
        assertNoAxeViolations("rule", WRAPPING_RULES);
    }

    /** Fails with each violation's rule and elements when axe finds any WCAG A/AA problem on the page. */
    public void assertNoAxeViolations() {
        assertNoAxeViolations("tag", WCAG_TAGS);
    }

    /**
     * Every WCAG A/AA rule but colour contrast, for a page whose contrast is scanned in another language: contrast
     * (most of a scan's time) depends on the styles, which are the same in every language; every other rule, the
     * words and markup can change, so they run in every language.
     */
    public void assertNoAxeViolationsExceptContrast() {
        assertNoAxeViolations("tag", WCAG_TAGS, "color-contrast");
    }

    /**
     * For a page already scanned whole at another width: only the {@link #LAYOUT_RULES}, which are
     * all that can differ at this one.
     */
    public void assertNoAxeViolationsOfLayout() {
        assertNoAxeViolations("rule", LAYOUT_RULES);
    }

    private void assertNoAxeViolations(String type, List<String> values) {
        assertNoAxeViolations(type, values, "none");
    }

    private void assertNoAxeViolations(String type, List<String> values, String ruleOff) {
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        // axe once per document: a second scan of the same page (e.g. at 320 px) reuses it
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            loadAxe(js);
        }
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var rules = { 'target-size': { enabled: true } };
                if (arguments[2] !== 'none') { rules[arguments[2]] = { enabled: false }; }
                var options = { runOnly: { type: arguments[0], values: arguments[1] }, rules: rules, resultTypes: ['violations'] };
                axe.run(document, options).then(function (results) {
                  done(results.violations.map(function (rule) {
                    return { id: rule.id, help: rule.help,
                             nodes: rule.nodes.map(function (node) { return node.target.join(' '); }) };
                  }));
                }, function (error) { done([{ id: 'axe-error', help: String(error), nodes: [] }]); });""", type, values, ruleOff);
        assertThat(violations)
                .as("axe violations on %s:%n%s", driver.getCurrentUrl(), describe(violations))
                .isEmpty();
    }

    /**
     * Loads axe into the page from the portal's {@code /test-support/axe.min.js} (a script of the page's own
     * address, which its content security policy allows), so the browser compiles it once and keeps it: sent
     * through the driver instead, its half a megabyte cost a third of a second on every page scanned. The element
     * goes once axe is there, so the page's markup is as it was. A portal that does not serve it (one started
     * without the setting) gets the script sent through the driver.
     */
    private static void loadAxe(org.openqa.selenium.JavascriptExecutor js) {
        Object loaded = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var script = document.createElement('script');
                script.src = location.origin + '/test-support/axe.min.js';
                script.onload = function () { script.remove(); done(typeof window.axe === 'object'); };
                script.onerror = function () { script.remove(); done(false); };
                document.head.appendChild(script);""");
        if (!Boolean.TRUE.equals(loaded)) {
            js.executeScript(AXE_SOURCE);
        }
    }

    /** axe-core's own script, as shipped in Deque's Selenium package. */
    private static final String AXE_SOURCE = readAxeSource();

    /** The same script as a file, for the test portal to serve (PortalExtension). */
    static synchronized Path axeScriptFile() {
        try {
            Path file = Path.of("target", "axe.min.js").toAbsolutePath();
            if (!Files.exists(file) || Files.size(file) != AXE_SOURCE.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) {
                // written whole, then moved into place: the two test JVMs may both get here
                Files.createDirectories(file.getParent());
                Path written = Files.writeString(Files.createTempFile(file.getParent(), "axe", ".js"), AXE_SOURCE);
                Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAxeSource() {
        try (var in = com.deque.html.axecore.selenium.AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(java.util.Objects.requireNonNull(in, "axe.min.js on the test class path").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Map<String, Object>> violations) {
        return violations.stream()
                .map(rule -> rule.get("id") + ": " + rule.get("help") + " -> " + rule.get("nodes"))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /** Saves a screenshot under target/screenshots, for people to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
