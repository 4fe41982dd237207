package org.involveportal.i18n;

/**
 * How a page is shown: easy read (easy-read texts, a picture beside each idea) and large print; the
 * two combine. Addressable by URL ({@code ?read=easy}, {@code ?print=large}) and remembered.
 */
public record ReadingMode(boolean easyRead, boolean largePrint) {

    public static final ReadingMode STANDARD = new ReadingMode(false, false);

    public static final String READ_PARAMETER = "read";
    public static final String PRINT_PARAMETER = "print";
    public static final String EASY = "easy";
    public static final String LARGE = "large";
    public static final String STANDARD_VALUE = "standard";

    public ReadingMode withEasyRead(boolean on) {
        return new ReadingMode(on, largePrint);
    }

    public ReadingMode withLargePrint(boolean on) {
        return new ReadingMode(easyRead, on);
    }

    /** Applies the URL's parameters (either may be absent) to a remembered mode. */
    public ReadingMode withParameters(String read, String print) {
        var mode = this;
        if (read != null) {
            mode = mode.withEasyRead(EASY.equals(read));
        }
        if (print != null) {
            mode = mode.withLargePrint(LARGE.equals(print));
        }
        return mode;
    }

    /** The cookie value, e.g. {@code "easy.large"}; {@code "standard"} for neither. */
    public String cookieValue() {
        if (!easyRead && !largePrint) {
            return STANDARD_VALUE;
        }
        return (easyRead ? EASY : "") + (easyRead && largePrint ? "." : "") + (largePrint ? LARGE : "");
    }

    public static ReadingMode fromCookie(String value) {
        if (value == null) {
            return STANDARD;
        }
        var parts = java.util.Set.of(value.split("\\."));
        return new ReadingMode(parts.contains(EASY), parts.contains(LARGE));
    }

    /** Classes for {@code <html class>} that switch the stylesheet's modes. */
    public String cssClasses() {
        return ((easyRead ? "mode-easy-read " : "") + (largePrint ? "mode-large-print" : "")).trim();
    }
}
