package org.involveportal.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The languages the portal speaks. English is the default and has no URL prefix; every other
 * language is addressed by its prefix (e.g. {@code /cy/}), so a page can be shared in a language.
 */
public enum Language {
    ENGLISH("en", "en-GB", false),
    WELSH("cy", "cy", false),
    BENGALI("bn", "bn", false),
    SOMALI("so", "so", false),
    TURKISH("tr", "tr", false),
    POLISH("pl", "pl", false),
    URDU("ur", "ur", true),
    ARABIC("ar", "ar", true),
    CHINESE_SIMPLIFIED("zh-Hans", "zh-Hans", false);

    public static final Language DEFAULT = ENGLISH;

    private final String tag;
    private final String htmlLang;
    private final boolean rightToLeft;

    Language(String tag, String htmlLang, boolean rightToLeft) {
        this.tag = tag;
        this.htmlLang = htmlLang;
        this.rightToLeft = rightToLeft;
    }

    /** The bundle and data tag: {@code en}, {@code cy}, {@code zh-Hans}. */
    public String tag() {
        return tag;
    }

    /** The value of {@code <html lang>} and {@code hreflang}. */
    public String htmlLang() {
        return htmlLang;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    /** The path segment that selects the language, lower case; empty for English. */
    public String pathPrefix() {
        return this == DEFAULT ? "" : "/" + tag.toLowerCase(java.util.Locale.ROOT);
    }

    public ULocale locale() {
        return ULocale.forLanguageTag(htmlLang);
    }

    /** The language's own name for itself ("Cymraeg", "اردو"), as a language switch shows it. */
    public String autonym() {
        // "English", not "English (United Kingdom)": the switch names languages, not countries.
        var locale = this == ENGLISH ? ULocale.ENGLISH : locale();
        String name = locale.getDisplayName(locale);
        return name.substring(0, 1).toUpperCase(locale.toLocale()) + name.substring(1);
    }

    public static List<Language> all() {
        return Arrays.asList(values());
    }

    /** The language a URL path segment selects, if any ({@code "cy"}, {@code "zh-hans"}). */
    public static Optional<Language> fromPathSegment(String segment) {
        return all().stream()
                .filter(language -> language != DEFAULT)
                .filter(language -> language.tag.equalsIgnoreCase(segment))
                .findFirst();
    }

    public static Optional<Language> fromTag(String tag) {
        return all().stream().filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
