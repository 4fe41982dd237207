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
    ENGLISH("en", "en-GB", false, "English"),
    WELSH("cy", "cy", false, "Welsh"),
    BENGALI("bn", "bn", false, "Bengali"), // as UK councils name it; ICU says "Bangla"
    SOMALI("so", "so", false, "Somali"),
    TURKISH("tr", "tr", false, "Turkish"),
    POLISH("pl", "pl", false, "Polish"),
    URDU("ur", "ur", true, "Urdu"),
    ARABIC("ar", "ar", true, "Arabic"),
    CHINESE_SIMPLIFIED("zh-Hans", "zh-Hans", false, "Simplified Chinese");

    public static final Language DEFAULT = ENGLISH;

    private final String tag;
    private final String htmlLang;
    private final boolean rightToLeft;
    private final String englishName;

    Language(String tag, String htmlLang, boolean rightToLeft, String englishName) {
        this.englishName = englishName;
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

    /**
     * True for the languages the back office is written and checked in: English, and Welsh for councils
     * under the Welsh Language Standards ({@code /cy/staff/}). Staff pages in other languages have no address.
     */
    public boolean hasBackOffice() {
        return this == DEFAULT || this == WELSH;
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

    /** Every language's tag, English first: the languages staff may write content in. */
    public static List<String> tags() {
        return all().stream().map(Language::tag).toList();
    }

    /**
     * This language's name as a reader of {@code reader} calls it, with its own name after it where
     * the two differ: "Bengali (বাংলা)", "Welsh (Cymraeg)", "Saesneg (English)".
     */
    public String nameFor(Language reader) {
        var inReader = reader == ENGLISH ? ULocale.ENGLISH : reader.locale();
        String name = reader == ENGLISH ? englishName : (this == ENGLISH ? ULocale.ENGLISH : locale()).getDisplayName(inReader);
        name = name.substring(0, 1).toUpperCase(inReader.toLocale()) + name.substring(1);
        return this == reader ? name : name + " (" + autonym() + ")";
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
