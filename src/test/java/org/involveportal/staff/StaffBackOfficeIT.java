package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The staff back office as a whole: every page each role can reach from the staff menu (followed over
 * plain HTTP), and the pages shown after the main actions, pass axe in the browser, a page once unless
 * roles see it differently; a main form can be completed with the keyboard alone, with
 * focus always visible; the main pages need no sideways scrolling at 200% zoom.
 */
@ExtendWith(PortalExtension.class)
class StaffBackOfficeIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    /** Staff pages every role reaches from the menu (besides the home page). */
    private static final List<String> EVERYONE = List.of("/staff/consultations", "/staff/consultation-preview", "/staff/feedback",
            "/staff/password");

    /** What each role must reach from the menu, at least: the crawl proves these are linked and pass axe. */
    private static final Map<String, List<String>> REACHES = Map.of(
            "editor@example.gov.uk", List.of("/staff/consultation-edit", "/staff/consultation-questions", "/staff/question-edit",
                    "/staff/response-entry", "/staff/groups", "/staff/group-edit", "/staff/group-members", "/staff/group-message",
                    "/staff/meeting", "/staff/meeting-edit", "/staff/glossary", "/staff/glossary-edit", "/staff/activities",
                    "/staff/activity-edit", "/staff/activity-people", "/staff/training", "/staff/course-edit", "/staff/course-session",
                    "/staff/course-people", "/staff/person", "/staff/register", "/staff/digest-letters", "/staff/consultation-eia",
                    "/staff/format-requests", "/staff/action-plans", "/staff/action-plan", "/staff/plan-action"),
            "publisher@example.gov.uk", List.of("/staff/consultation-publish", "/staff/consultation-window", "/staff/response-entry",
                    "/staff/feedback-edit", "/staff/feedback-contacts", "/staff/analysis", "/staff/analysis-consultation",
                    "/staff/involvement-reports", "/staff/involvement-report", "/staff/consultation-eia", "/staff/consultation-decision",
                    "/staff/action-plans", "/staff/action-plan", "/staff/plan-action"),
            "analyst@example.gov.uk", List.of("/staff/response-entry", "/staff/analysis", "/staff/analysis-consultation",
                    "/staff/analysis-answers", "/staff/involvement-reports", "/staff/involvement-report"),
            // roles add up and none implies another: an admin manages accounts and settings, not content
            "admin@example.gov.uk", List.of("/staff/accounts", "/staff/settings", "/staff/audit", "/staff/expense-policy",
                    "/staff/partners"),
            "finance@example.gov.uk", List.of("/staff/expenses", "/staff/expense-claim", "/staff/expense-payments", "/staff/expense-letters"));

    /**
     * The staff pages behind the sign-in, each reached from the menu by some role (sign-in, sign-out and
     * first set-up aside; the printable letters exist only after a message is sent, and GroupMessagesIT
     * checks them with axe there, as RegisterIT does the register's results, invitation and letters).
     */
    private static final List<String> ALL_PAGES = List.of("/staff/", "/staff/accounts", "/staff/activities", "/staff/activity-edit",
            "/staff/activity-people", "/staff/analysis", "/staff/analysis-answers",
            "/staff/analysis-consultation", "/staff/audit", "/staff/consultation-edit", "/staff/consultation-preview",
            "/staff/consultation-publish", "/staff/consultation-questions", "/staff/consultation-window", "/staff/consultations",
            "/staff/expense-claim", "/staff/expense-letters", "/staff/expense-payments", "/staff/expense-policy", "/staff/expenses",
            "/staff/feedback", "/staff/feedback-contacts", "/staff/feedback-edit", "/staff/glossary", "/staff/glossary-edit", "/staff/group-edit",
            "/staff/group-members", "/staff/group-message", "/staff/groups", "/staff/meeting", "/staff/meeting-edit", "/staff/password",
            "/staff/question-edit", "/staff/reach-baseline", "/staff/register", "/staff/digest-letters", "/staff/response-entry",
            "/staff/settings", "/staff/training", "/staff/course-edit", "/staff/course-session", "/staff/course-people", "/staff/person",
            "/staff/involvement-reports", "/staff/involvement-report", "/staff/consultation-eia", "/staff/consultation-decision",
            "/staff/partners", "/staff/format-requests", "/staff/action-plans", "/staff/action-plan", "/staff/plan-action");

    @Test
    @DisplayName("Every staff page each role reaches from the staff menu passes axe; together the roles reach every staff page")
    void everyPageFromTheMenuPassesAxe(Browser browser, EmbeddedPortal portal) throws Exception {
        // a draft, so the pages only a draft offers (publishing, adding questions) are there to reach
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        assertThat(editor.post("staff/consultation-edit", "title-en=" + encode("Menu draft " + UUID.randomUUID())
                + "&summary-en=A+draft+for+the+menu+check").statusCode()).isEqualTo(302);
        var problems = new ArrayList<String>();
        var reachedByAnyone = new TreeSet<String>();
        var scanned = new java.util.HashSet<String>();
        for (var role : List.of("editor@example.gov.uk", "publisher@example.gov.uk", "analyst@example.gov.uk", "admin@example.gov.uk",
                "finance@example.gov.uk")) {
            // the menu is followed over plain HTTP; the browser only opens pages for axe
            var pages = crawl(StaffSignIns.signedIn(portal, role), portal);
            var reached = new LinkedHashSet<String>();
            pages.values().forEach(page -> reached.add(URI.create(page.url()).getPath().replaceAll("\\.xhtml$", "")));
            reachedByAnyone.addAll(reached);
            var expected = new ArrayList<>(EVERYONE);
            expected.addAll(REACHES.get(role));
            assertThat(reached).as("staff pages %s reaches from the menu", role).containsAll(expected);

            browser.reset(portal.baseUrl());
            StaffSignIns.signIn(browser, role);
            for (var page : pages.values()) {
                // a page another role saw with the same markup is not scanned again
                if (scanned.add(page.markup())) {
                    browser.driver().get(page.url());
                    try {
                        browser.assertNoAxeViolations();
                    } catch (AssertionError e) {
                        problems.add(role + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(reachedByAnyone).as("every staff page behind the sign-in is reached from the menu by some role")
                .containsAll(ALL_PAGES);
        assertThat(problems).as("axe on staff pages").isEmpty();
    }

    /** A kind of staff page as one role first reached it: its address and its markup without words or numbers. */
    record Page(String url, String markup) {
    }

    /**
     * Follows every link under /staff/ from the staff home over plain HTTP, as the role signed in to
     * {@code staff}, and returns each kind of page once: an address with its set of query parameters
     * (a list filtered by status counts apart, as each status offers different actions). Up to three of
     * a kind (twelve consultation analyses) are read for links (one consultation may offer what another does not, such as the answers
     * to a free-text question). A list with a filter is followed through each filter choice, drafts
     * first, so pages only a draft or an open consultation offers are reached too.
     */
    private static Map<String, Page> crawl(StaffSignIns.Client staff, EmbeddedPortal portal) throws Exception {
        String home = portal.baseUrl() + "staff/";
        var queue = new ArrayDeque<String>(List.of(home));
        var visits = new java.util.HashMap<String, Integer>();
        var urls = new java.util.HashSet<String>();
        var kinds = new LinkedHashMap<String, Page>();
        while (!queue.isEmpty() && urls.size() < 300) {
            String url = queue.poll();
            var uri = URI.create(url);
            var params = new TreeSet<String>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    // which consultation, group, meeting, activity or plan does not matter; a filter's choice does
                    params.add(pair.matches("(a|c|g|m|p|q|r|s|id)=.*") ? pair.replaceAll("=.*", "") : pair);
                }
            }
            String kind = uri.getPath() + params;
            int seen = visits.merge(kind, 1, Integer::sum);
            // Only a consultation with a free-text question links to its answers, and the analysis list
            // holds whatever other tests made first: read more of those to find one.
            int enough = uri.getPath().endsWith("/analysis-consultation") ? 12 : 3;
            if (seen > enough || !urls.add(url)) {
                continue;
            }
            var response = staff.get(url.substring(portal.baseUrl().length()));
            assertThat(response.statusCode()).as("%s from the menu", url).isEqualTo(200);
            var page = org.jsoup.Jsoup.parse(response.body(), url);
            if (seen == 1) {
                kinds.put(kind, new Page(url, markup(page)));
            }
            var filters = new ArrayList<String>();
            for (var select : page.select("main form[method=get] select")) {
                var form = select.closest("form");
                String action = form.hasAttr("action") && !form.attr("action").isEmpty() ? form.absUrl("action") : url.replaceAll("\\?.*", "");
                for (var option : select.select("option")) {
                    if (!option.val().isEmpty()) {
                        filters.add(action + (action.contains("?") ? "&" : "?") + encode(select.attr("name")) + "=" + encode(option.val()));
                    }
                }
            }
            if (!filters.isEmpty() && uri.getRawQuery() == null) {
                // the filtered lists between them hold every row: follow those, in the order offered
                for (int i = filters.size() - 1; i >= 0; i--) {
                    queue.addFirst(filters.get(i));
                }
                continue;
            }
            for (var link : page.select("a[href]")) {
                String href = link.absUrl("href").replaceAll("#.*", "");
                if (href.startsWith(home) && !href.contains("sign-out") && !href.contains("-export")) {
                    queue.add(href);
                }
            }
        }
        return kinds;
    }

    /**
     * The page's markup with every word and number blanked and per-request tokens dropped: what axe could find different.
     * What a field holds, which option is chosen and which record a link's query names are data, not markup; a run of
     * like rows (a list's rows, a filter's options) counts as two, so lists that differ only in how many rows they hold
     * are one kind (two keep a repeated row's ids and names side by side, as on the page).
     */
    static String markup(org.jsoup.nodes.Document page) {
        var body = page.body().clone();
        body.select("[nonce]").removeAttr("nonce");
        body.select("input[type=hidden]").removeAttr("value");
        body.select("option[selected], input[checked]").removeAttr("selected").removeAttr("checked");
        for (var element : body.getAllElements()) {
            element.textNodes().forEach(text -> text.text(text.isBlank() ? "" : "t"));
            for (var attribute : List.of("value", "title", "alt", "placeholder", "aria-label")) {
                if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
                    element.attr(attribute, "t");
                }
            }
            for (var attribute : List.of("href", "action")) {
                if (element.attr(attribute).contains("?")) {
                    element.attr(attribute, element.attr(attribute).replaceAll("=[^&#]*", "="));
                }
            }
        }
        String html = body.html().replaceAll("[0-9]+", "0");
        var normalised = org.jsoup.Jsoup.parseBodyFragment(html).body();
        collapseLikeRows(normalised);
        return normalised.html();
    }

    /** Keeps at most two of each run of siblings with the same markup, deepest first. */
    private static void collapseLikeRows(org.jsoup.nodes.Element element) {
        element.children().forEach(StaffBackOfficeIT::collapseLikeRows);
        String previous = null;
        int run = 0;
        for (var child : new ArrayList<>(element.children())) {
            String html = child.outerHtml();
            run = html.equals(previous) ? run + 1 : 1;
            previous = html;
            if (run > 2) {
                child.remove();
            }
        }
    }

    @Test
    @DisplayName("The pages after the main actions pass axe: saved, published, extended, closed early, response entered,"
            + " feedback published and republished, settings saved, signed out, refused and not found")
    void pagesAfterActionsPassAxe(Browser browser, EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var created = editor.post("staff/consultation-edit", "title-en=" + encode("Back office " + UUID.randomUUID())
                + "&summary-en=Checking+pages+after+actions&title-cy=Swyddfa+gefn&summary-cy=Gwirio&topic=CARERS_SUPPORT");
        String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
        assertThat(editor.post("staff/question-edit?c=" + slug, "type=SINGLE_CHOICE&page=1&required=true&text-en=Do+you+agree%3F"
                + "&options-en=Yes%0ANo&text-cy=Ydych+chi%27n+cytuno%3F&options-cy=Ydw%0ANac+ydw").statusCode()).isEqualTo(302);

        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "editor@example.gov.uk");
        browser.open("/staff/consultation-edit?c=" + slug);
        browser.clickAndWait(By.id("save"));
        assertThat(notice(browser)).isEqualTo("Saved.");
        browser.assertNoAxeViolations();
        StaffSignIns.signOut(browser);
        assertThat(browser.driver().getCurrentUrl()).contains("/staff/sign-in");
        browser.assertNoAxeViolations();

        StaffSignIns.signIn(browser, "publisher@example.gov.uk");
        browser.open("/staff/consultation-publish?c=" + slug);
        LocalDate opens = TODAY.minusDays(1);
        browser.typeDate("opens", opens);
        browser.typeDate("closes", opens.plusWeeks(12));
        browser.clickAndWait(By.id("publish"));
        assertThat(notice(browser)).isEqualTo("The consultation is published.");
        browser.assertNoAxeViolations();

        browser.open("/staff/consultation-window?c=" + slug);
        browser.typeDate("extend", opens.plusWeeks(13));
        browser.type("extend-reason-en", "More time was asked for.");
        browser.clickAndWait(By.id("extend"));
        assertThat(notice(browser)).contains("The dates are changed");
        browser.assertNoAxeViolations();

        browser.open("/staff/response-entry?c=" + slug);
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("enter"));
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        browser.assertNoAxeViolations();
        choose(browser, "channel", "PAPER");
        choose(browser, "answeringAs", "CARER");
        var option = browser.driver().findElement(By.cssSelector("fieldset input[type=radio][value='1']:not([name=channel]):not([name=answeringAs]):not([name=way])"));
        choose(browser, option.getAttribute("name"), "1");
        choose(browser, "way", "NONE");
        browser.clickAndWait(By.id("enter"));
        assertThat(browser.driver().findElement(By.id("entered")).getText()).contains("RS-");
        browser.assertNoAxeViolations();

        browser.open("/staff/consultation-window?c=" + slug);
        browser.type("close-reason-en", "The proposal is withdrawn.");
        browser.clickAndWait(By.id("close-early"));
        assertThat(notice(browser)).isNotBlank();
        browser.assertNoAxeViolations();

        browser.open("/staff/feedback-edit?c=" + slug);
        browser.type("tookPart-en", "One person took part.");
        browser.type("peopleSaid-en", "<p>You said yes.</p>");
        browser.type("decided-en", "<p>We decided to go ahead.</p>");
        browser.type("nextSteps-en", "<p>It starts in May.</p>");
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().findElement(By.id("told")).getText()).contains("emailed");
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().findElement(By.id("told")).getText()).startsWith("0 people were emailed.");
        browser.assertNoAxeViolations();
        StaffSignIns.signOut(browser);

        StaffSignIns.signIn(browser, "admin@example.gov.uk");
        browser.open("/staff/settings");
        browser.clickAndWait(By.id("save-settings"));
        assertThat(notice(browser)).isNotBlank();
        browser.assertNoAxeViolations();
        StaffSignIns.signOut(browser);

        StaffSignIns.signIn(browser, "analyst@example.gov.uk");
        browser.open("/staff/consultation-edit?c=" + slug);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("You need the editor role to do this");
        assertThat(browser.driver().findElement(By.id("your-roles")).getText()).isEqualTo("Your roles: analyst.");
        browser.assertNoAxeViolations();
        browser.open("/staff/no-such-page");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        browser.assertNoAxeViolations();
        browser.open("/staff/consultation-edit?c=no-such-consultation");
        browser.assertNoAxeViolations();
        browser.open("/staff/");
        StaffSignIns.signOut(browser);
        browser.open("/staff/sign-out");
        browser.assertNoAxeViolations();
    }

    @Test
    @DisplayName("An editor writes a new group with the keyboard alone (Tab, typing, Space, Enter), and focus is visible at every stop")
    void groupWithKeyboardOnly(Browser browser, EmbeddedPortal portal) throws Exception {
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "editor@example.gov.uk");
        browser.open("/staff/group-edit");
        // the check sees focus that is not shown: a control, its focus style removed in the test only
        var js = (JavascriptExecutor) browser.driver();
        var control = browser.driver().findElement(By.id("name-en"));
        js.executeScript("arguments[0].focus(); arguments[0].style.outline = 'none'; arguments[0].style.boxShadow = 'none';", control);
        assertThat(focusVisible(js, control)).as("focus with its outline and shadow removed is not visible").isFalse();
        js.executeScript("arguments[0].removeAttribute('style'); arguments[0].blur(); window.scrollTo(0, 0);", control);
        browser.open("/staff/group-edit");
        String name = "Keyboard Panel " + UUID.randomUUID().toString().substring(0, 8);
        var typing = new LinkedHashMap<String, String>();
        typing.put("name-en", name);
        typing.put("purpose-en", "Checks that forms work without a mouse");
        typing.put("name-cy", "Panel Bysellfwrdd");
        typing.put("purpose-cy", "Yn gwirio bod ffurflenni'n gweithio heb lygoden");
        typing.put("area", "Whole county");
        // the first of each group of choices is chosen with Space
        var spaced = new LinkedHashSet<String>();
        var keys = new Actions(browser.driver());
        var invisible = new ArrayList<String>();
        var stops = new ArrayList<String>();
        var chosenNames = new LinkedHashSet<String>();
        boolean submitted = false;
        for (int i = 0; i < 250 && !submitted; i++) {
            keys.sendKeys(Keys.TAB).perform();
            // what is focused, and whether its focus shows, read in one call to the browser rather than one per question
            @SuppressWarnings("unchecked")
            var focused = (Map<String, Object>) js.executeScript("var e = document.activeElement;"
                    + " return { id: e.id || '', tag: e.tagName.toLowerCase(), text: e.innerText || '', type: String(e.getAttribute('type')),"
                    + " name: String(e.getAttribute('name')), visible: " + FOCUS_VISIBLE.replace("arguments[0]", "e") + " };");
            String id = (String) focused.get("id");
            String described = focused.get("tag") + (id.isEmpty() ? "" : "#" + id) + " " + focused.get("text");
            stops.add(described);
            if (!Boolean.TRUE.equals(focused.get("visible"))) {
                invisible.add(described);
            }
            String type = (String) focused.get("type");
            String fieldName = (String) focused.get("name");
            if (typing.containsKey(id)) {
                keys.sendKeys(typing.get(id)).perform();
            } else if (("radio".equals(type) || "checkbox".equals(type)) && chosenNames.add(fieldName)) {
                keys.sendKeys(Keys.SPACE).perform();
                spaced.add(id);
                assertThat(js.executeScript("return document.activeElement.checked;")).as("Space chose " + id).isEqualTo(true);
            } else if ("save".equals(id)) {
                var oldPage = browser.driver().findElement(By.tagName("html"));
                keys.sendKeys(Keys.ENTER).perform();
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20), java.time.Duration.ofMillis(50))
                        .until(d -> isStale(oldPage) && !d.findElements(By.cssSelector("body > footer")).isEmpty());
                submitted = true;
            }
        }
        assertThat(submitted).as("reached the save button by Tab: %s", stops).isTrue();
        assertThat(stops).as("every field was reached by Tab").anyMatch(stop -> stop.contains("#phone"))
                .anyMatch(stop -> stop.contains("#name-cy"));
        assertThat(invisible).as("focused elements without a visible focus indicator").isEmpty();
        assertThat(spaced).as("choices made with Space").contains("approval").anyMatch(id -> id.startsWith("mode-"))
                .anyMatch(id -> id.startsWith("payment-")).anyMatch(id -> id.startsWith("topic-"));
        assertThat(browser.driver().getCurrentUrl()).as("saved, with the group's address").contains("g=keyboard-panel-");
        browser.assertNoAxeViolations();

        String slug = browser.driver().getCurrentUrl().replaceAll(".*g=([a-z0-9-]+).*", "$1");
        try (var c = portal.connectToDatabase(); var rows = c.createStatement().executeQuery(
                "select t.name, g.area, g.needs_approval from involvement_group g join involvement_group_text t on t.group_id = g.id"
                        + " and t.language = 'cy' where g.slug = '" + slug + "'")) {
            assertThat(rows.next()).isTrue();
            assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3))).containsExactly("Panel Bysellfwrdd", "Whole county", "1");
        }
    }

    /** An expression: the element {@code arguments[0]} shows an outline (not transparent) or a box shadow. */
    private static final String FOCUS_VISIBLE = """
            (function (s) {
              var transparent = /rgba\\(.*,\\s*0\\)$|transparent/.test(s.outlineColor);
              var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent;
              return Boolean(outline || (s.boxShadow && s.boxShadow !== 'none'));
            })(getComputedStyle(arguments[0]))""";

    /** The focused element shows an outline (not transparent) or a box shadow. */
    private static boolean focusVisible(JavascriptExecutor js, WebElement element) {
        return (Boolean) js.executeScript("return " + FOCUS_VISIBLE + ";", element);
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    @Test
    @DisplayName("At 200% zoom (a 640px-wide window) the main staff pages need no sideways scrolling")
    void noSidewaysScrollingAt200PercentZoom(Browser browser, EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String slug = editor.get("staff/consultations").body().replaceAll("(?s).*?consultation-edit\\?c=([a-z0-9-]+).*", "$1");
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "admin@example.gov.uk");
        browser.resize(640, 900);
        assertThat((Long) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth")).isLessThanOrEqualTo(640L);
        // the check sees a page that is too wide: a control, widened in the test only
        browser.open("/staff/");
        assertThat(browser.scrollsHorizontally()).isFalse();
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('main').style.minWidth = '700px'");
        assertThat(browser.scrollsHorizontally()).as("a 700px-wide main is seen as sideways scrolling").isTrue();

        var wide = new ArrayList<String>();
        for (String page : List.of("/staff/", "/staff/consultations", "/staff/consultation-edit?c=" + slug,
                "/staff/consultation-questions?c=" + slug, "/staff/consultation-preview?c=" + slug, "/staff/response-entry?c=" + slug,
                "/staff/feedback", "/staff/groups", "/staff/group-edit", "/staff/analysis", "/staff/accounts", "/staff/settings",
                "/staff/audit", "/staff/password")) {
            browser.open(page);
            if (browser.scrollsHorizontally()) {
                wide.add(page + " (" + ((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth") + "px)");
                browser.screenshot("zoom-200" + page.replaceAll("[^a-z0-9]+", "-"));
            }
        }
        assertThat(wide).as("pages wider than the window at 200% zoom").isEmpty();
    }

    private static String notice(Browser browser) {
        return browser.driver().findElement(By.cssSelector(".notice")).getText();
    }

    private static void choose(Browser browser, String name, String value) {
        var input = browser.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        browser.driver().findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }
}
