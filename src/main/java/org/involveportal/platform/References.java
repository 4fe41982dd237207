package org.involveportal.platform;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** References people quote to staff, such as "AF-7KQ2-M9XD": a prefix and eight random characters. */
public final class References {

    /** No 0/O, 1/I/L: a reference read out on the phone must not be misheard. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    public static String next(String prefix) {
        var reference = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }

    public static boolean looksLike(String prefix, String value) {
        return value != null && Pattern.matches(Pattern.quote(prefix) + "-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", value);
    }
}
