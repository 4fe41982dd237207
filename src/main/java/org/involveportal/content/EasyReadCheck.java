package org.involveportal.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one easy-read idea as staff write it, against the rules of easy read: short sentences (at
 * most 15 words), a picture with alt text, and no unexplained acronyms or jargon. Findings are advice
 * shown beside the idea, except a missing picture or alt text, which the idea cannot be saved without.
 */
public final class EasyReadCheck {

    public static final int MAX_WORDS = 15;

    /** The key of the note on a hard word the glossary explains: said, but nothing to answer before publishing. */
    public static final String IN_GLOSSARY = "easyRead.check.inGlossary";

    /** One finding: a bundle key, and the word or number it is about. */
    public record Finding(String key, String about) {

        /** A hard word the glossary explains: public pages link it to its meaning. */
        public boolean explained() {
            return IN_GLOSSARY.equals(key);
        }
    }

    /** The advice on one saved idea: its language, its number among that language's ideas (from 1), the findings. */
    public record IdeaAdvice(String language, int number, List<Finding> findings) {
    }

    /** Words people who use care services often do not know; better explained or linked to the glossary. */
    private static final Map<String, List<String>> JARGON = Map.of(
            "en", List.of("assessment", "commissioning", "commissioned", "co-production", "coproduction", "eligibility",
                    "eligible", "personalisation", "reablement", "safeguarding", "stakeholder", "stakeholders", "provider",
                    "providers", "outcomes", "statutory", "signposting", "respite", "domiciliary", "consultation"),
            "cy", List.of("asesiad", "comisiynu", "cydgynhyrchu", "cymhwysedd", "personoli", "ailalluogi", "diogelu",
                    "rhanddeiliad", "rhanddeiliaid", "darparwr", "darparwyr", "canlyniadau", "statudol", "seibiant",
                    "ymgynghoriad"));
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}s?\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?।۔。]+");

    private EasyReadCheck() {
    }

    /** Problems that stop the idea being saved: a picture and its alt text are needed. */
    public static List<Finding> problems(String picture, String altText, List<String> knownPictures) {
        var problems = new ArrayList<Finding>();
        if (picture == null || !knownPictures.contains(picture)) {
            problems.add(new Finding("easyRead.check.picture", ""));
        }
        if (altText == null || altText.isBlank()) {
            problems.add(new Finding("easyRead.check.alt", ""));
        }
        return problems;
    }

    /** Advice on the words: long sentences, acronyms, jargon, with no glossary to explain any. */
    public static List<Finding> advice(String text, String language) {
        return advice(text, language, ExplainedWords.NONE);
    }

    /** Advice on the words: long sentences, acronyms, jargon; a hard word the glossary explains is noted as linked. */
    public static List<Finding> advice(String text, String language, ExplainedWords glossary) {
        var advice = new ArrayList<Finding>();
        if (text == null || text.isBlank()) {
            return advice;
        }
        for (String sentence : SENTENCE_END.split(text)) {
            int words = sentence.isBlank() ? 0 : sentence.trim().split("\\s+").length;
            if (words > MAX_WORDS) {
                advice.add(new Finding("easyRead.check.longSentence", String.valueOf(words)));
            }
        }
        var acronyms = new LinkedHashSet<String>();
        ACRONYM.matcher(text).results().forEach(match -> acronyms.add(match.group()));
        acronyms.forEach(acronym -> advice.add(new Finding("easyRead.check.acronym", acronym)));
        var jargon = JARGON.getOrDefault(language, List.of());
        var found = new LinkedHashSet<String>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (jargon.contains(word)) {
                found.add(word);
            }
        }
        found.forEach(word -> advice.add(new Finding(glossary.explains(word, language) ? IN_GLOSSARY : "easyRead.check.jargon", word)));
        return advice;
    }
}
