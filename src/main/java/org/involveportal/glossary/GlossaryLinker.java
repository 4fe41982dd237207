package org.involveportal.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Links the first occurrence of each glossary word in a text to its explanation: {@code <a class="term"
 * href="/cy/glossary#carer">gofalwr</a>}. Words match whole (no letter, mark or digit either side, so
 * Bengali and Urdu vowel signs count as part of a word) and in any case; Chinese, written without spaces,
 * matches the exact string. Only text is linked, never inside a link, heading, button or label, and
 * never an attribute: the HTML is parsed (jsoup), so what the sanitiser let through stays as it was.
 *
 * <p>Immutable: one is made from the glossary as it stands and used by every request until it changes.
 */
public final class GlossaryLinker {

    /** One term in one language: its anchor and every way of writing it. */
    public record Entry(String slug, List<String> phrases) {
    }

    private static final Set<String> NOT_LINKED_INSIDE = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "label",
            "summary", "script", "style", "textarea", "select", "option", "code", "pre");
    private static final String WORD_CHARACTER = "[\\p{L}\\p{M}\\p{N}_]";

    private record Compiled(String slug, Pattern pattern) {
    }

    private final Map<String, List<Compiled>> byLanguage = new HashMap<>();
    private final Map<String, Set<String>> phrasesByLanguage = new HashMap<>();

    /** Terms by language tag; a language without terms links nothing. */
    public GlossaryLinker(Map<String, List<Entry>> entries) {
        entries.forEach((language, list) -> {
            // longest first, so "direct payment" is linked before "payment" could take its second word
            var sorted = list.stream().filter(entry -> !entry.phrases().isEmpty())
                    .sorted(Comparator.comparingInt((Entry entry) -> longest(entry.phrases())).reversed())
                    .map(entry -> new Compiled(entry.slug(), pattern(entry.phrases(), language)))
                    .toList();
            byLanguage.put(language, sorted);
            phrasesByLanguage.put(language, list.stream().flatMap(entry -> entry.phrases().stream())
                    .map(phrase -> phrase.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        });
    }

    /** Whether the glossary explains this word (any of its forms, in any case) in the language. */
    public boolean explains(String word, String language) {
        return word != null && phrasesByLanguage.getOrDefault(language, Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    /** Sanitised HTML in a language, with its glossary words linked to {@code glossaryHref#slug}. */
    public String linkHtml(String html, String language, String glossaryHref) {
        if (html == null || html.isBlank() || !byLanguage.containsKey(language)) {
            return html;
        }
        var document = Jsoup.parseBodyFragment(html);
        return link(document, language, glossaryHref) ? serialised(document) : html;
    }

    /** Plain text in a language, escaped as HTML, with its glossary words linked. */
    public String linkText(String text, String language, String glossaryHref) {
        return linkText(text, language, glossaryHref, null);
    }

    /**
     * As {@link #linkText(String, String, String)}; with a note ("opens in a new tab"), each link opens in a new tab and
     * says so to screen readers: a hint on a question page links without taking the reader away from answers not yet sent.
     */
    public String linkText(String text, String language, String glossaryHref, String newTabNote) {
        if (text == null) {
            return null;
        }
        var document = Document.createShell("");
        document.body().appendChild(new TextNode(text));
        link(document, language, glossaryHref, newTabNote);
        return serialised(document);
    }

    private boolean link(Document document, String language, String glossaryHref) {
        return link(document, language, glossaryHref, null);
    }

    private boolean link(Document document, String language, String glossaryHref, String newTabNote) {
        boolean linked = false;
        for (Compiled term : byLanguage.getOrDefault(language, List.of())) {
            for (TextNode node : linkableText(document.body())) {
                String whole = node.getWholeText();
                var match = term.pattern().matcher(whole);
                if (match.find()) {
                    // jsoup splits only inside a text, not at its very end
                    var word = match.start() == 0 ? node : node.splitText(match.start());
                    if (match.end() < whole.length()) {
                        word.splitText(match.end() - match.start());
                    }
                    var link = new Element("a").attr("class", "term").attr("href", glossaryHref + "#" + term.slug());
                    word.before(link);
                    link.appendChild(word);
                    if (newTabNote != null) {
                        link.attr("target", "_blank").attr("rel", "noopener");
                        link.appendElement("span").addClass("visually-hidden").appendText(" " + newTabNote);
                    }
                    linked = true;
                    break;
                }
            }
        }
        return linked;
    }

    /** The text nodes in document order that are not inside a link, heading or control. */
    private static List<TextNode> linkableText(Element root) {
        var nodes = new ArrayList<TextNode>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && !text.isBlank() && !insideExcluded(text, root)) {
                nodes.add(text);
            }
        }, root);
        return nodes;
    }

    private static boolean insideExcluded(Node node, Element root) {
        for (Element parent = node.parent() instanceof Element e ? e : null; parent != null && parent != root; parent = parent.parent()) {
            if (NOT_LINKED_INSIDE.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String serialised(Document document) {
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return document.body().html();
    }

    /** Any of the phrases, whole words in any case; spaces inside a phrase match any run of white space. */
    static Pattern pattern(List<String> phrases, String language) {
        var sorted = new ArrayList<>(new HashSet<>(phrases));
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String alternatives = sorted.stream()
                .map(phrase -> Arrays.stream(phrase.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        // Chinese is written without spaces between words: the exact string is the word
        boolean spaced = !language.startsWith("zh");
        String regex = spaced ? "(?<!" + WORD_CHARACTER + ")(?:" + alternatives + ")(?!" + WORD_CHARACTER + ")" : "(?:" + alternatives + ")";
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static int longest(List<String> phrases) {
        return phrases.stream().mapToInt(String::length).max().orElse(0);
    }
}
