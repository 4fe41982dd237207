package org.involveportal.testsupport;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the resident journey tests share: each journey is walked four ways, in English and Welsh with
 * JavaScript on and off, and a browser to match each way.
 */
public final class Journeys {

    private Journeys() {
    }

    /**
     * The four ways as arguments (name, words, javascript), where {@code english} and {@code welsh} are
     * the words the journey checks in that language.
     */
    public static Stream<Arguments> inEnglishAndWelsh(Object english, Object welsh) {
        return Stream.of(
                Arguments.of("English, JavaScript on", english, true),
                Arguments.of("Welsh, JavaScript on", welsh, true),
                Arguments.of("English, JavaScript off", english, false),
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
