package org.involveportal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.Language;

/**
 * Content written in several languages: English always, and any other language of the portal that
 * staff wrote it in. A reader gets their language where it is written and English where it is not
 * (pages mark that English with {@code lang="en"}); easy read falls back the same way, and
 * completeness is what English has that a language lacks.
 *
 * <p>Consultations, questions, groups, meetings and feedback all extend this, so they behave alike.
 * Each maps its own collection tables, as JPA cannot name a collection table once for many entities;
 * this class holds no state of its own.
 */
public abstract class TranslatedContent<T extends LanguageText> {

    public static final String ENGLISH = "en";

    /** The content's words by language tag, as mapped by the entity. */
    protected abstract Map<String, T> texts();

    /** The content's easy-read ideas in every language, in order; content without easy read has none. */
    protected List<EasyReadIdea> easyReadIdeas() {
        return List.of();
    }

    /** The words in the given language, or in English where that language has none yet. */
    public T textIn(String language) {
        var texts = texts();
        return texts.getOrDefault(language, texts.get(ENGLISH));
    }

    /** The language {@link #textIn} actually gives for a language: itself, or English. */
    public String textLanguage(String language) {
        return texts().containsKey(language) ? language : ENGLISH;
    }

    /** As {@link #textLanguage}, as the portal's language a page marks the words with. */
    public Language languageShownTo(String language) {
        return Language.fromTag(textLanguage(language)).orElse(Language.DEFAULT);
    }

    public boolean hasTextIn(String language) {
        return texts().containsKey(language);
    }

    public void putText(String language, T text) {
        texts().put(language, text);
    }

    /** Removes a translation; English stays, as every reader falls back to it. */
    public void removeText(String language) {
        if (!ENGLISH.equals(language)) {
            texts().remove(language);
        }
    }

    /** The names of the parts written in English but not in a language, in the editor's order. */
    public List<String> partsMissingIn(String language) {
        var english = texts().get(ENGLISH);
        var other = texts().get(language);
        var missing = new ArrayList<String>();
        english.parts().forEach((part, words) -> {
            if (!isBlank(words) && (other == null || isBlank(other.parts().get(part)))) {
                missing.add(part);
            }
        });
        return missing;
    }

    /** Whether a language has easy read wherever English has (none needed where English has none). */
    public boolean easyReadMissingIn(String language) {
        return !easyReadWrittenIn(ENGLISH).isEmpty() && easyReadWrittenIn(language).isEmpty();
    }

    /** The easy-read ideas written in exactly this language (no falling back), for the editor. */
    public List<EasyReadIdea> easyReadWrittenIn(String language) {
        return easyReadIdeas().stream().filter(idea -> idea.getLanguage().equals(language)).toList();
    }

    /** The easy-read ideas in a language, or in English where that language has none. */
    public List<EasyReadIdea> easyReadIn(String language) {
        var inLanguage = easyReadWrittenIn(language);
        return inLanguage.isEmpty() ? easyReadWrittenIn(ENGLISH) : inLanguage;
    }

    /**
     * What a list says about this content to a reader: in easy read, its first easy-read idea written in the
     * language its title is shown in (so the card stays in one language), else the summary given.
     */
    public String listSummaryFor(String language, boolean easyRead, String summary) {
        if (!easyRead) {
            return summary;
        }
        var ideas = easyReadWrittenIn(textLanguage(language));
        return ideas.isEmpty() ? summary : ideas.get(0).getText();
    }

    /**
     * The easy-read checks' advice on every saved idea that has some (long sentences, acronyms, jargon), by
     * language in the order written: what a publisher sees, and must answer, before the easy read goes public.
     */
    public List<EasyReadCheck.IdeaAdvice> easyReadAdvice() {
        return easyReadAdvice(ExplainedWords.NONE);
    }

    /** As {@link #easyReadAdvice()}, where a hard word the glossary explains needs no answer: pages link it to its meaning. */
    public List<EasyReadCheck.IdeaAdvice> easyReadAdvice(ExplainedWords glossary) {
        var advice = new java.util.ArrayList<EasyReadCheck.IdeaAdvice>();
        var numbers = new java.util.HashMap<String, Integer>();
        for (EasyReadIdea idea : easyReadIdeas()) {
            int number = numbers.merge(idea.getLanguage(), 1, Integer::sum);
            var findings = EasyReadCheck.advice(idea.getText(), idea.getLanguage(), glossary).stream()
                    .filter(finding -> !finding.explained()).toList();
            if (!findings.isEmpty()) {
                advice.add(new EasyReadCheck.IdeaAdvice(idea.getLanguage(), number, findings));
            }
        }
        return advice;
    }

    /** Replaces one language's easy-read ideas, in order. */
    public void replaceEasyRead(String language, List<EasyReadIdea> ideas) {
        var all = easyReadIdeas();
        all.removeIf(idea -> idea.getLanguage().equals(language));
        all.addAll(ideas);
    }

    /** Adds one easy-read idea after the others. */
    public void addEasyReadIdea(EasyReadIdea idea) {
        easyReadIdeas().add(idea);
    }

    protected static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
