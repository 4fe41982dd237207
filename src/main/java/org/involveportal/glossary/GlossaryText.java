package org.involveportal.glossary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.involveportal.content.LanguageText;

/** A glossary term's words in one language. Values are immutable: change one by putting a new instance. */
@Embeddable
public class GlossaryText implements LanguageText {

    @Column(name = "word", nullable = false, length = 200)
    private String word;

    /** Other ways of writing the word that count as the same word ("carers", "cared for"), one a line. */
    @Column(name = "forms", length = 1000)
    private String forms;

    @Column(name = "meaning", nullable = false, length = 2000)
    private String meaning;

    protected GlossaryText() {
        // for JPA
    }

    public GlossaryText(String word, String forms, String meaning) {
        this.word = word.strip();
        this.forms = forms == null || forms.isBlank() ? null : String.join("\n", lines(forms));
        this.meaning = meaning.strip();
    }

    @Override
    public Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("WORD", word);
        parts.put("MEANING", meaning);
        return parts;
    }

    public String getWord() {
        return word;
    }

    public String getForms() {
        return forms;
    }

    public List<String> formList() {
        return forms == null ? List.of() : lines(forms);
    }

    public String getMeaning() {
        return meaning;
    }

    /**
     * Every way of writing the word that links to it: the word, each form, and for a word followed by another
     * in brackets ("পরিচর্যাকারী (কেয়ারার)"), each of the two alone.
     */
    public List<String> phrases() {
        var phrases = new LinkedHashSet<String>();
        phrases.add(word);
        int open = word.lastIndexOf('(');
        if (open > 0 && word.endsWith(")")) {
            phrases.add(word.substring(0, open).strip());
            phrases.add(word.substring(open + 1, word.length() - 1).strip());
        }
        phrases.addAll(formList());
        phrases.removeIf(String::isBlank);
        return new ArrayList<>(phrases);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
    }
}
