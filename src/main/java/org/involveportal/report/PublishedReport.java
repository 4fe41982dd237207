package org.involveportal.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report as published: its period, when and by whom, staff's words by language, and its parts with the figures
 * as they were counted then.
 */
public record PublishedReport(ReportPeriod period, Instant publishedAt, String publishedBy, Map<String, Words> words,
                              List<ReportPart> parts) {

    /** Staff's short introduction and easy-read summary in one language. */
    public record Words(String introduction, String easyRead) {
    }

    /** The words in a language, else in English (the page marks them as English). */
    public Words wordsIn(String language) {
        return words.getOrDefault(language, words.get("en"));
    }

    /** The language the words are shown in to a reader of {@code language}. */
    public String wordsLanguage(String language) {
        return words.containsKey(language) ? language : "en";
    }
}
