package org.involveportal.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface texts of every language, read from the {@code translations/} bundles (UTF-8) and
 * formatted with ICU4J, which knows each language's plural categories. A key missing from a language
 * falls back to English.
 */
@ApplicationScoped
public class MessageCatalog {

    public static final String FALLBACK_LANGUAGE = "en";

    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();

    /** The raw pattern for a key, from the language's bundle, else English, else null. */
    public String pattern(String language, String key) {
        String pattern = bundle(language).getProperty(key);
        if (pattern == null && !FALLBACK_LANGUAGE.equals(language)) {
            pattern = bundle(FALLBACK_LANGUAGE).getProperty(key);
        }
        return pattern;
    }

    public String format(String language, String key, Object... arguments) {
        String pattern = pattern(language, key);
        if (pattern == null) {
            // Visible to staff and tests, never an exception on a resident's page.
            return "??" + key + "??";
        }
        return new MessageFormat(pattern, ULocale.forLanguageTag(language)).format(arguments);
    }

    private Properties bundle(String language) {
        return bundles.computeIfAbsent(language, MessageCatalog::load);
    }

    static Properties load(String language) {
        var properties = new Properties();
        var resource = "translations/messages_" + language + ".properties";
        try (var in = MessageCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return properties;
    }
}
