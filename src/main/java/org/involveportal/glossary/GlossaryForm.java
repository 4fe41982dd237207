package org.involveportal.glossary;

import jakarta.servlet.http.HttpServletRequest;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.involveportal.i18n.Language;
import org.involveportal.platform.FormRules;

/**
 * What staff type for a glossary term: in each language (English required) the word, other forms of it one
 * a line, and what it means. Fields {@code word-<language>}, {@code forms-<language>}, {@code meaning-<language>}.
 */
public class GlossaryForm {

    /** Every language of the portal; English is required. */
    public static final List<String> LANGUAGES = Language.tags();
    /** The parts of each language, in form order, with their longest length (as the columns hold them). */
    public static final Map<String, Integer> PARTS = Map.of("word", 200, "forms", 1000, "meaning", 2000);
    private static final List<String> PART_ORDER = List.of("word", "forms", "meaning");

    private final Map<String, Map<String, String>> words = new LinkedHashMap<>();

    public GlossaryForm() {
        for (String language : LANGUAGES) {
            var parts = new LinkedHashMap<String, String>();
            PART_ORDER.forEach(part -> parts.put(part, ""));
            words.put(language, parts);
        }
    }

    public static GlossaryForm from(HttpServletRequest request) {
        var form = new GlossaryForm();
        for (String language : LANGUAGES) {
            for (String part : PART_ORDER) {
                String value = request.getParameter(part + "-" + language);
                form.words.get(language).put(part, value == null ? "" : value);
            }
        }
        return form;
    }

    public static GlossaryForm from(GlossaryTerm term) {
        var form = new GlossaryForm();
        for (String language : LANGUAGES) {
            if (term.hasTextIn(language)) {
                var text = term.textIn(language);
                var w = form.words.get(language);
                w.put("word", text.getWord());
                w.put("forms", text.getForms() == null ? "" : text.getForms());
                w.put("meaning", text.getMeaning());
            }
        }
        return form;
    }

    /** Field id to the bundle key of its problem, in form order: a language begun needs its word and meaning. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        for (String language : LANGUAGES) {
            var w = words.get(language);
            boolean required = GlossaryTerm.ENGLISH.equals(language) || !isEmpty(language);
            if (required && FormRules.isBlank(w.get("word"))) {
                problems.put("word-" + language, "glossaryEditor.error.word");
            }
            for (String part : PART_ORDER) {
                if (FormRules.length(w.get(part)) > PARTS.get(part)) {
                    problems.putIfAbsent(part + "-" + language, "glossaryEditor.error.tooLong");
                }
            }
            if (required && FormRules.isBlank(w.get("meaning"))) {
                problems.putIfAbsent("meaning-" + language, "glossaryEditor.error.meaning");
            }
        }
        return problems;
    }

    /** Puts each language written, and removes the ones emptied (English stays). */
    void applyTo(GlossaryTerm term) {
        for (String language : LANGUAGES) {
            if (isEmpty(language)) {
                term.removeText(language);
            } else {
                term.putText(language, textFor(language));
            }
        }
    }

    GlossaryText textFor(String language) {
        var w = words.get(language);
        return new GlossaryText(w.get("word"), w.get("forms"), w.get("meaning"));
    }

    /** The new term's anchor from its English word: "Direct payment" is {@code direct-payment}. */
    String slugBase() {
        String ascii = Normalizer.normalize(words.get(GlossaryTerm.ENGLISH).get("word"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        ascii = ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-$", "") : ascii;
        return ascii.isEmpty() ? "term" : ascii;
    }

    public boolean isEmpty(String language) {
        return words.get(language).values().stream().allMatch(FormRules::isBlank);
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public String word(String language, String part) {
        return words.get(language).get(part);
    }

    /** How many of the parts English needs (word and meaning) this language has. */
    public int filled(String language) {
        var w = words.get(language);
        return (FormRules.isBlank(w.get("word")) ? 0 : 1) + (FormRules.isBlank(w.get("meaning")) ? 0 : 1);
    }
}
