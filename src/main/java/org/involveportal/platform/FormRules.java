package org.involveportal.platform;

import java.util.regex.Pattern;

/** Checks shared by the portal's forms, so every form accepts the same emails, phones and lengths. */
public final class FormRules {

    /** Deliberately loose: something@something.something. The receipt proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{7,20}");
    public static final int EMAIL_MAX = 320;

    private FormRules() {
    }

    public static boolean isEmail(String value) {
        return !isBlank(value) && EMAIL.matcher(value.trim()).matches() && length(value.trim()) <= EMAIL_MAX;
    }

    public static boolean isPhone(String value) {
        return !isBlank(value) && PHONE.matcher(value.trim()).matches();
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Length in characters as people count them (code points), so an emoji counts as one. */
    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }
}
