package org.involveportal.i18n;

import com.ibm.icu.text.MessageFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The interface texts of every language, read from the {@code translations/} bundles (UTF-8) and
 * formatted with ICU4J, which knows each language's plural categories.
 *
 * <p>A text is looked up in the easy-read bundle of the language (in easy read), then the language's
 * bundle, then English; where it falls back to English the caller is told, so the page can mark it.
 */
@ApplicationScoped
public class MessageCatalog {

    private static final String BUNDLE_FOLDER = "translations/";

    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final Function<String, Properties> loader;

    public MessageCatalog() {
        this(MessageCatalog::load);
    }

    /** A catalog reading its bundles, by file name, from elsewhere: tests give partial bundles. */
    public MessageCatalog(Function<String, Properties> loader) {
        this.loader = loader;
    }

    /** A text found for a key, and the language it is actually in. */
    public record Text(String pattern, Language language) {
    }

    public Text lookup(Language language, boolean easyRead, String key) {
        for (var candidate : new Language[] {language, Language.DEFAULT}) {
            if (easyRead) {
                String pattern = bundle(bundleName(candidate, true)).getProperty(key);
                if (pattern != null) {
                    return new Text(pattern, candidate);
                }
            }
            String pattern = bundle(bundleName(candidate, false)).getProperty(key);
            if (pattern != null) {
                return new Text(pattern, candidate);
            }
        }
        return null;
    }

    /** The formatted text; a key no bundle has shows as {@code ??key??}, never as an error page. */
    public String format(Language language, boolean easyRead, String key, Map<String, Object> arguments) {
        var text = lookup(language, easyRead, key);
        if (text == null) {
            return "??" + key + "??";
        }
        var format = formats.computeIfAbsent(text.language().tag() + '\u0000' + text.pattern(),
                cacheKey -> new MessageFormat(text.pattern(), text.language().locale()));
        synchronized (format) {
            return format.format(arguments);
        }
    }

    /** Formats one pattern by the language's rules (plural categories, number and date formats). */
    static String formatPattern(String pattern, Language language, Map<String, Object> arguments) {
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    public String format(Language language, String key) {
        return format(language, false, key, Map.of());
    }

    static String bundleName(Language language, boolean easyRead) {
        return "messages_" + language.tag() + (easyRead ? ".easy-read" : "") + ".properties";
    }

    private Properties bundle(String name) {
        return bundles.computeIfAbsent(name, loader);
    }

    /** A bundle by file name; empty if the build packaged none of that name. */
    public static Properties load(String name) {
        var properties = new Properties();
        try (var in = MessageCatalog.class.getClassLoader().getResourceAsStream(BUNDLE_FOLDER + name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        return properties;
    }
}
