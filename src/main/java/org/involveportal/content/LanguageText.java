package org.involveportal.content;

import java.util.Map;

/** One language's words of a piece of content, part by part, so completeness is counted one way. */
public interface LanguageText {

    /**
     * Each part's words by the part's name, in the order editors meet them; a part not written is
     * null or blank. Names are stable (the editors' completeness lists use them).
     */
    Map<String, String> parts();
}
