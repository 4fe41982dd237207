package org.involveportal.content;

/**
 * The words the glossary explains, by language: the easy-read check counts them as explained, as
 * public pages link them to their meaning, rather than as jargon.
 */
@FunctionalInterface
public interface ExplainedWords {

    /** No glossary: every hard word is jargon. */
    ExplainedWords NONE = (word, language) -> false;

    /** Whether the word, in any case, is a glossary word or one of its forms in the language. */
    boolean explains(String word, String language);
}
