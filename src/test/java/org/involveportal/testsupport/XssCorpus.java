package org.involveportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Cross-site scripting vectors for staff rich-text (and plain-text) fields, and a probe that sees,
 * in the browser, whether any of them ran or left an element behind.
 *
 * <p>Every vector either sets {@code window.xssRan}, opens a dialog ({@code alert(1)}), or carries a
 * marker (an {@code id}, URL or script text containing "xss", or the host {@code evil.example}) on
 * the element it tries to inject. The probe looks for all three: a flag, a dialog (alert, confirm,
 * prompt and print are replaced in every new document by a recorder, and a real dialog still fails
 * the check), a blocked script under the page's content security policy, and any element whose
 * script-bearing attribute (id, on*, href, src, srcdoc, action, data, style...) or script/style text
 * holds a marker. {@link Probe#assertCatchesEveryRawVector()} writes each vector unsanitised into a
 * bare document, with and without a strict policy, and proves the probe sees it there.
 */
public final class XssCorpus {

    /** The vectors: script, event handlers, script URLs, parser-confusion (mXSS) and breaking out of the page. */
    public static final List<String> VECTORS = List.of(
            "<script>window.xssRan=1</script>",
            "<script>alert(1)</script>",
            "<img id=xss src=x onerror=\"window.xssRan=1\">",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=x oNeRrOr=\"alert(1)\">",
            "<a id=xss href=\"javascript:window.xssRan=1\">click</a>",
            "<a id=xss href=\"jav&#x09;ascript:alert(1)\">click</a>",
            "<a href=\"https://example.org/\" onclick=\"window.xssRan=1\" onmouseover=\"alert(1)\" id=xss>link</a>",
            "<h2 onmouseover=\"alert(1)\" id=xss>heading</h2><p><strong onclick=\"window.xssRan=1\" id=xss2>bold</strong></p>",
            "<noscript><style></noscript><img id=xss src=x onerror=\"window.xssRan=1\">",
            "<noscript><p title=\"</noscript><img id=xss src=x onerror=alert(1)>\"></noscript>",
            "<select><option><style></option></select><img id=xss src=x onerror=\"window.xssRan=1\"></style>",
            "<select><style></select><img id=xss src=x onerror=alert(1)></style>",
            "<form><math><mtext></form><form><mglyph><style></math><img id=xss src=x onerror=alert(1)>",
            "<svg id=xss onload=\"window.xssRan=1\"><script>window.xssRan=1</script></svg>",
            "<svg><style><img id=xss src=x onerror=\"window.xssRan=1\"></style></svg>",
            "<math><mtext><table><mglyph><style><img id=xss src=x onerror=\"window.xssRan=1\">",
            "<math><style><img id=xss src=x onerror=alert(1)></style></math>",
            "<iframe id=xss srcdoc=\"<script>parent.xssRan=1</script>\"></iframe>",
            "<p style=\"background:url(javascript:window.xssRan=1)\" id=xss>x</p>",
            "<details open ontoggle=\"window.xssRan=1\" id=xss>",
            "<input autofocus onfocus=\"window.xssRan=1\" id=xss>",
            "<video><source id=xss onerror=\"window.xssRan=1\"></video>",
            "<form id=xss action=\"javascript:window.xssRan=1\"><button>go</button></form>",
            "<object id=xss data=\"javascript:window.xssRan=1\"></object>",
            "<base id=xss href=\"https://evil.example/\"><a href=\"/x\" id=xss2>x</a>",
            "<style>p{background:url(https://evil.example/xss)}</style>",
            "\"><script>window.xssRan=1</script><p title=\"",
            "</textarea><img id=xss src=x onerror=\"window.xssRan=1\">",
            "</title></style></script><img id=xss src=x onerror=\"window.xssRan=1\">",
            "<!--<img src=\"--><img id=xss src=x onerror=\"window.xssRan=1\"//\">",
            "<![CDATA[><img id=xss src=x onerror=\"window.xssRan=1\">]]>",
            "<<script>script>window.xssRan=1<</script>/script>",
            "<template><img id=xss src=x onerror=\"window.xssRan=1\"></template>");

    /** Groups saved at once in the browser; the sanitiser itself is checked against every vector alone (RichTextCorpusTest). */
    private static final int GROUPS = 7;

    /** The longest a group may be: it must fit, with a short sentence, in an easy-read idea (500 characters). */
    public static final int GROUP_MAX = 450;

    /**
     * The vectors in a few groups, each joined into one text, so a page is saved and loaded once per
     * group rather than once per vector. Each vector follows a visible marker {@code <p>[vN]</p>}
     * (N its place in {@link #VECTORS}, from 1). A vector after which the sanitiser drops the rest of
     * the text (an unclosed style, say) ends its group, so no vector hides another; RichTextCorpusTest
     * checks every marker of every group survives, and that each group fits {@link #GROUP_MAX}.
     */
    public static final List<String> GROUPED = group(GROUPS);

    /** The longest half of a group may be: with a short sentence it must fit an easy-read picture's alt text (300 characters). */
    public static final int HALF_MAX = 280;

    /** A group in two parts split between vectors, for fields too short for all of it (alt text); each fits {@link #HALF_MAX}. */
    public static List<String> halves(String group) {
        var entries = List.of(group.split("(?=<p>\\[v\\d+]</p>)"));
        int best = 1;
        for (int i = 1; i < entries.size(); i++) {
            if (Math.max(String.join("", entries.subList(0, i)).length(), String.join("", entries.subList(i, entries.size())).length())
                    < Math.max(String.join("", entries.subList(0, best)).length(), String.join("", entries.subList(best, entries.size())).length())) {
                best = i;
            }
        }
        return List.of(String.join("", entries.subList(0, best)), String.join("", entries.subList(best, entries.size())));
    }

    /**
     * The whole corpus in {@code fields} texts, for a page that holds it all at once: each text ends with
     * at most one vector after which the sanitiser drops the rest (so none hides another), the others
     * shared out before them. Every vector is in exactly one text, after its marker.
     */
    public static List<String> packed(int fields) {
        var texts = new ArrayList<StringBuilder>();
        for (int i = 0; i < fields; i++) {
            texts.add(new StringBuilder());
        }
        var closing = new ArrayList<Integer>();
        int next = 0;
        for (int i = 0; i < VECTORS.size(); i++) {
            if (keepsWhatFollows(VECTORS.get(i))) {
                texts.get(next++ % fields).append(entry(i));
            } else {
                closing.add(i);
            }
        }
        if (closing.size() > fields) {
            throw new IllegalStateException(closing.size() + " vectors end their text: more than " + fields + " fields");
        }
        for (int c = 0; c < closing.size(); c++) {
            texts.get(c).append(entry(closing.get(c)));
        }
        return texts.stream().map(StringBuilder::toString).toList();
    }

    /** The visible marker before vector {@code n} (from 1). */
    public static String marker(int n) {
        return "[v" + n + "]";
    }

    static List<String> group(int groups) {
        var members = new ArrayList<List<Integer>>();
        var lengths = new int[groups];
        for (int i = 0; i < groups; i++) {
            members.add(new ArrayList<>());
        }
        var closing = new ArrayList<Integer>();
        for (int i = 0; i < VECTORS.size(); i++) {
            if (keepsWhatFollows(VECTORS.get(i))) {
                int shortest = shortest(lengths, members, false);
                members.get(shortest).add(i);
                lengths[shortest] += entry(i).length();
            } else {
                closing.add(i);
            }
        }
        for (int i : closing) {
            int shortest = shortest(lengths, members, true);
            if (shortest < 0) {
                throw new IllegalStateException("more vectors that end a group than groups");
            }
            members.get(shortest).add(i);
            lengths[shortest] += entry(i).length();
        }
        return members.stream().filter(g -> !g.isEmpty())
                .map(g -> g.stream().map(XssCorpus::entry).reduce("", String::concat)).toList();
    }

    private static String entry(int index) {
        return "<p>" + marker(index + 1) + "</p>" + VECTORS.get(index);
    }

    /** The shortest group; with {@code open}, only among groups not yet ended by a closing vector. */
    private static int shortest(int[] lengths, List<List<Integer>> members, boolean open) {
        int best = -1;
        for (int g = 0; g < lengths.length; g++) {
            boolean ended = members.get(g).stream().anyMatch(i -> !keepsWhatFollows(VECTORS.get(i)));
            if ((!open || !ended) && (best < 0 || lengths[g] < lengths[best])) {
                best = g;
            }
        }
        return best;
    }

    /** True when text after the vector survives the sanitiser, so the vector can go before another. */
    static boolean keepsWhatFollows(String vector) {
        return org.involveportal.platform.RichText.sanitise(vector + "<p>[after]</p>").contains("[after]");
    }

    /** The detection: flag, dialogs, blocked scripts, and elements carrying a marker (in this document and its frames). */
    private static final String DETECT = """
            var done = arguments[arguments.length - 1];
            setTimeout(function () {
              var found = [];
              if (window.xssRan !== undefined) { found.push('window.xssRan was set'); }
              (window.__xssDialogs || []).forEach(function (d) { found.push('dialog: ' + d); });
              (window.__xssViolations || []).forEach(function (v) { found.push('blocked by the content security policy: ' + v); });
              var risky = /^(id|on.*|href|xlink:href|src|srcdoc|action|formaction|data|style|background|poster)$/i;
              var marker = /xss|evil\\.example/i;
              function scan(doc) {
                doc.querySelectorAll('*').forEach(function (e) {
                  for (var i = 0; i < e.attributes.length; i++) {
                    var a = e.attributes[i];
                    if (risky.test(a.name) && marker.test(a.value)) { found.push('injected: ' + e.outerHTML.slice(0, 160)); break; }
                  }
                  if (/^(script|style)$/i.test(e.localName) && marker.test(e.textContent)) {
                    found.push('injected ' + e.localName + ': ' + e.textContent.slice(0, 120));
                  }
                  if (e.localName === 'iframe') { try { if (e.contentDocument) { scan(e.contentDocument); } } catch (ignored) { } }
                  if (e.localName === 'template' && e.content) { scan(e.content); }
                });
              }
              scan(document);
              done(found);
            }, 150);
            """;

    /**
     * {@link #DETECT} for each of several documents, each written into a frame of its own: true for each document
     * in which it finds anything (the flag, a dialog, a blocked script, a marked element). The hook records in each
     * frame as in a page.
     */
    private static final String DETECT_IN_FRAMES = """
            var done = arguments[arguments.length - 1];
            var documents = arguments[0];
            var frames = [];
            var loaded = 0;
            documents.forEach(function (html) {
              var frame = document.createElement('iframe');
              frame.onload = function () { if (++loaded === documents.length) { setTimeout(check, 150); } };
              frame.srcdoc = html;
              document.body.appendChild(frame);
              frames.push(frame);
            });
            var risky = /^(id|on.*|href|xlink:href|src|srcdoc|action|formaction|data|style|background|poster)$/i;
            var marker = /xss|evil\\.example/i;
            function marked(doc) {
              var found = false;
              doc.querySelectorAll('*').forEach(function (e) {
                for (var i = 0; i < e.attributes.length; i++) {
                  if (risky.test(e.attributes[i].name) && marker.test(e.attributes[i].value)) { found = true; }
                }
                if (/^(script|style)$/i.test(e.localName) && marker.test(e.textContent)) { found = true; }
                if (e.localName === 'iframe') { try { if (e.contentDocument && marked(e.contentDocument)) { found = true; } } catch (ignored) { } }
                if (e.localName === 'template' && e.content && marked(e.content)) { found = true; }
              });
              return found;
            }
            function check() {
              done(frames.map(function (frame) {
                var w = frame.contentWindow;
                return w.xssRan !== undefined || (w.__xssDialogs || []).length > 0 || (w.__xssViolations || []).length > 0
                    || marked(frame.contentDocument);
              }));
            }
            """;

    /** Put in every new document before its own scripts: dialogs are recorded instead of shown; blocked scripts are recorded. */
    private static final String HOOK = """
            (function () {
              var w = window;
              w.__xssDialogs = [];
              w.__xssViolations = [];
              function record(list, entry) {
                try { if (w.top !== w && w.top[list]) { w.top[list].push(entry); } } catch (ignored) { }
                w[list].push(entry);
              }
              ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
                w[name] = function (message) { record('__xssDialogs', name + '(' + message + ')'); };
              });
              w.addEventListener('securitypolicyviolation', function (e) {
                if (!/^style-src/.test(e.effectiveDirective)) {
                  record('__xssViolations', e.effectiveDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
                }
              }, true);
            })();
            """;

    /** Close to the portal's own policy, for the raw documents: no inline script, no plugins, no base. */
    private static final String STRICT_POLICY = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'\">";

    private XssCorpus() {
    }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("xss|evil\\.example", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern RISKY = java.util.regex.Pattern.compile(
            "id|on.*|href|xlink:href|src|srcdoc|action|formaction|data|style|background|poster", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern URL_ATTRIBUTE = java.util.regex.Pattern.compile(
            "href|xlink:href|src|action|formaction|data|background|poster", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * What a page as served holds of the corpus, read from its markup (parsed as a browser parses it,
     * with jsoup) rather than run: any element with an event handler attribute, a script URL, or a
     * script-bearing attribute (id, href, src, srcdoc, action, data, style...), script/style text or
     * noscript content holding a marker, in the document, its templates and its inline frames' srcdoc. Empty for a page
     * that carries nothing of the corpus but its visible text. {@code RichTextCorpusTest} proves it sees
     * every raw vector; the browser probe ({@link #watch}) proves, on pages holding the whole corpus,
     * that nothing runs.
     */
    public static List<String> findingsInMarkup(String html) {
        var found = new ArrayList<String>();
        scanMarkup(org.jsoup.Jsoup.parse(html), found);
        return found;
    }

    private static void scanMarkup(org.jsoup.nodes.Element root, List<String> found) {
        for (var element : root.getAllElements()) {
            for (var attribute : element.attributes()) {
                String name = attribute.getKey();
                String value = attribute.getValue();
                // a script URL however it is spelled: the browser ignores tabs, newlines and control characters in it
                String squeezed = value.replaceAll("[\\x00-\\x20]", "").toLowerCase(java.util.Locale.ROOT);
                if (name.toLowerCase(java.util.Locale.ROOT).startsWith("on")
                        || RISKY.matcher(name).matches() && MARKER.matcher(value).find()
                        || URL_ATTRIBUTE.matcher(name).matches() && (squeezed.startsWith("javascript:") || squeezed.startsWith("vbscript:"))
                        || name.equalsIgnoreCase("style") && squeezed.contains("javascript:")) {
                    found.add("injected: " + abbreviate(element.outerHtml(), 160));
                    break;
                }
            }
            if (element.normalName().matches("script|style") && (MARKER.matcher(element.data()).find() || element.data().contains("alert("))) {
                found.add("injected " + element.normalName() + ": " + abbreviate(element.data(), 120));
            }
            // jsoup keeps a CDATA section whole; a browser ends it, outside SVG and MathML, at the first '>'
            for (var child : element.childNodes()) {
                if (child instanceof org.jsoup.nodes.CDataNode cdata && MARKER.matcher(cdata.text()).find()) {
                    found.add("injected after a CDATA section: " + abbreviate(cdata.text(), 120));
                }
            }
            // a browser running scripts reads noscript (and these) as raw text, jsoup as markup: what it holds can end it early
            if (element.normalName().matches("noscript|noembed|noframes|xmp") && MARKER.matcher(element.html()).find()) {
                found.add("injected " + element.normalName() + ": " + abbreviate(element.html(), 120));
            }
            if (element.normalName().equals("iframe") && element.hasAttr("srcdoc")) {
                scanMarkup(org.jsoup.Jsoup.parse(element.attr("srcdoc")), found);
            }
        }
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /**
     * A form of the page posted as a browser would post it with the given button: every field's value as
     * the page holds it, with {@code values} (by field name) put in as if pasted; a name the page does not
     * have (an idea row beyond the blank ones offered) is added. Returns the form's body, URL-encoded, for
     * a plain HTTP client.
     */
    public static String formBody(String html, Map<String, String> values, String buttonId) {
        var page = org.jsoup.Jsoup.parse(html);
        var button = java.util.Objects.requireNonNull(page.getElementById(buttonId), buttonId);
        var form = (org.jsoup.nodes.FormElement) java.util.Objects.requireNonNull(button.closest("form"), "form of " + buttonId);
        var fields = new java.util.LinkedHashMap<String, String>();
        form.formData().forEach(pair -> fields.putIfAbsent(pair.key(), pair.value()));
        fields.putAll(values);
        if (button.hasAttr("name")) {
            fields.put(button.attr("name"), button.val());
        }
        var body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(encode(name)).append('=').append(encode(value)));
        return body.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Starts watching every document the browser opens, until closed. */
    public static Probe watch(Browser browser) {
        return new Probe(browser);
    }

    /** Puts each value in its field as if pasted (textareas and inputs by id), then submits with the given button. */
    public static void fillAndSubmit(Browser browser, Map<String, String> values, By submit) {
        var js = (JavascriptExecutor) browser.driver();
        values.forEach((id, value) -> {
            var field = browser.driver().findElement(By.id(id));
            js.executeScript("arguments[0].value = arguments[1];", field, value);
        });
        browser.clickAndWait(submit);
    }

    /** Watches documents for vectors that ran or left an element; see {@link XssCorpus}. */
    public static final class Probe implements AutoCloseable {
        private static final java.util.concurrent.atomic.AtomicBoolean RAW_VECTORS_CAUGHT = new java.util.concurrent.atomic.AtomicBoolean();
        private final Browser browser;
        private final String hookId;

        private Probe(Browser browser) {
            this.browser = browser;
            var added = ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
            this.hookId = String.valueOf(added.get("identifier"));
        }

        /** What the probe finds in the current document: empty when nothing ran and nothing was injected. */
        public List<String> findings() {
            try {
                @SuppressWarnings("unchecked")
                var found = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(DETECT);
                return found.stream().map(String::valueOf).toList();
            } catch (UnhandledAlertException dialog) {
                return List.of("a real dialog opened: " + dialog.getAlertText());
            }
        }

        /** Opens a path of the portal and fails if any vector ran or injected anything there. */
        public void assertNothingRanOn(String path, String vector) {
            browser.open(path);
            assertThat(findings()).as("vector %s on %s", vector, path).isEmpty();
        }

        /** Fails if any vector ran or injected anything in the current page. */
        public void assertNothingRanHere(String vector) {
            assertThat(findings()).as("vector %s on %s", vector, browser.driver().getCurrentUrl()).isEmpty();
        }

        /**
         * Proves the probe would see each vector if it reached a page unsanitised: each is written raw
         * into a bare document, once with no policy and once under a strict one like the portal's. Once
         * per build is enough: the probe and the corpus do not change between tests.
         */
        public void assertCatchesEveryRawVector() {
            if (RAW_VECTORS_CAUGHT.get()) {
                return; // proved already in this build, by the same probe on the same browser
            }
            // every raw document in a frame of its own, all in one page: one load instead of one per document
            var documents = new ArrayList<String>();
            var described = new ArrayList<String>();
            for (String vector : VECTORS) {
                for (String head : List.of("", STRICT_POLICY)) {
                    documents.add("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head
                            + "<title>raw</title></head><body><main>" + vector + "</main></body></html>");
                    described.add((head.isEmpty() ? "no policy: " : "strict policy: ") + vector);
                }
            }
            String frames = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>raw</title></head><body></body></html>";
            browser.driver().get("data:text/html;charset=utf-8;base64,"
                    + Base64.getEncoder().encodeToString(frames.getBytes(StandardCharsets.UTF_8)));
            @SuppressWarnings("unchecked")
            var seen = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(DETECT_IN_FRAMES, documents);
            var missed = new ArrayList<String>();
            for (int i = 0; i < described.size(); i++) {
                if (!Boolean.TRUE.equals(seen.get(i))) {
                    missed.add(described.get(i));
                }
            }
            assertThat(missed).as("vectors the probe would not see if they reached a page unsanitised").isEmpty();
            RAW_VECTORS_CAUGHT.set(true);
        }

        @Override
        public void close() {
            ((HasCdp) browser.driver()).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hookId));
        }
    }
}
