package org.involveportal.testsupport;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the resident journey tests share: each journey is walked twice, in English with JavaScript and
 * in Welsh without it, and a browser to match each walk. Each language and each way of running the
 * pages is walked once; nothing in a journey depends on the two together (the words come from the
 * language, the forms work the same with or without script), and every journey is walked once with
 * JavaScript off.
 */
public final class Journeys {

    private Journeys() {
    }

    /**
     * The two walks as arguments (name, words, javascript), where {@code english} and {@code welsh} are
     * the words the journey checks in that language.
     */
    public static Stream<Arguments> inEnglishAndWelsh(Object english, Object welsh) {
        return Stream.of(
                Arguments.of("English, JavaScript on", english, true),
                Arguments.of("Welsh, JavaScript off", welsh, false));
    }

    /**
     * The browser for one journey, reset to the portal: the class's shared one when JavaScript is on; a
     * new one that runs no script when it is off, closed with the returned handle.
     */
    public static JourneyBrowser browser(boolean javascript, Browser shared, EmbeddedPortal portal) {
        var browser = javascript ? shared : Browser.start(false);
        browser.reset(portal.baseUrl());
        return new JourneyBrowser(browser, !javascript);
    }

    /** A journey's browser; closing it closes the browser only if the journey started it. */
    public record JourneyBrowser(Browser browser, boolean ownedByTheJourney) implements AutoCloseable {
        @Override
        public void close() {
            if (ownedByTheJourney) {
                browser.close();
            }
        }
    }
}
