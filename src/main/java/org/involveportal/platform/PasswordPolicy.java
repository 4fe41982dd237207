package org.involveportal.platform;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.involveportal.platform.FormRules;

/**
 * What a staff password must be (OWASP ASVS 2.1, NIST SP 800-63B): long enough, not too long to hash,
 * not common or easily guessed, and not made of the person's own name or email. No composition rules
 * ("a capital and a symbol"): they make passwords harder to remember, not harder to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** ASVS asks that at least 64 characters be allowed; the cap bounds the work of hashing and checking. */
    public static final int MAX_LENGTH = 256;

    /**
     * zxcvbn's score 3 means about 10^8 guesses or more. Below it are the passwords in its ranked lists of
     * leaked passwords, words and names, and their usual variations (capitals, l33t, years, repeats,
     * keyboard walks): the ones an attacker tries first.
     */
    static final int MIN_SCORE = 3;
    /**
     * zxcvbn slows sharply with length (over a second for 256 characters), so it judges the first 100,
     * as its authors suggest; a strong start is not made weak by what follows.
     */
    private static final int SCORED_LENGTH = 100;
    /** Shorter parts of a name or email ("Jo", "Li") would refuse too many passwords; zxcvbn still weighs them. */
    private static final int MIN_PERSONAL_LENGTH = 4;
    /** Words an attacker tries first against this portal. */
    private static final List<String> SERVICE_WORDS = List.of("involve", "involveportal", "involvement", "portal", "staff");

    /** Loading the ranked lists takes a quarter of a second, so once; measuring is thread-safe. */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private final List<String> serviceWords;

    public PasswordPolicy() {
        this(List.of());
    }

    /** With more words to refuse, such as the council's name. */
    public PasswordPolicy(List<String> moreServiceWords) {
        var words = new ArrayList<>(SERVICE_WORDS);
        moreServiceWords.forEach(word -> words.add(word.toLowerCase(Locale.ROOT)));
        this.serviceWords = List.copyOf(words);
    }

    /**
     * Bundle keys of the password's problems, most fundamental first; empty when it is acceptable. Only
     * the first is worth showing: a short password is not also called common.
     */
    public List<String> problems(CharSequence password, String email, String displayName) {
        var problems = new ArrayList<String>();
        String normalised = PasswordHasher.normalised(password);
        int length = FormRules.length(normalised);
        if (length == 0) {
            problems.add("password.error.missing");
            return problems;
        }
        if (length < MIN_LENGTH) {
            problems.add("password.error.tooShort");
            return problems;
        }
        if (length > MAX_LENGTH) {
            problems.add("password.error.tooLong");
            return problems;
        }
        var personal = personalWords(email, displayName);
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (personal.stream().anyMatch(word -> FormRules.length(word) >= MIN_PERSONAL_LENGTH && lower.contains(word))) {
            problems.add("password.error.personal");
        }
        var hints = new ArrayList<>(serviceWords);
        hints.addAll(personal);
        var strength = ZXCVBN.measure(scored(normalised), hints);
        try {
            if (strength.getScore() < MIN_SCORE) {
                problems.add("password.error.common");
            }
        } finally {
            strength.wipe();
        }
        return problems;
    }

    public boolean isAcceptable(CharSequence password, String email, String displayName) {
        return problems(password, email, displayName).isEmpty();
    }

    /**
     * The email's local part and the display name, whole and in pieces ("sian.llewelyn" gives "sian" and
     * "llewelyn"; "Siân Llewelyn" also gives "siânllewelyn"), lower case.
     */
    static Set<String> personalWords(String email, String displayName) {
        var words = new LinkedHashSet<String>();
        if (!FormRules.isBlank(email)) {
            String trimmed = email.trim();
            int at = trimmed.lastIndexOf('@');
            addWithPieces(words, at < 0 ? trimmed : trimmed.substring(0, at));
        }
        if (!FormRules.isBlank(displayName)) {
            addWithPieces(words, displayName.trim());
        }
        return words;
    }

    private static void addWithPieces(Set<String> words, String value) {
        String lower = PasswordHasher.normalised(value).toLowerCase(Locale.ROOT);
        String[] pieces = lower.split("[\\s._+'’-]+");
        for (String word : List.of(String.join("", pieces), lower)) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        for (String piece : pieces) {
            if (!piece.isEmpty()) {
                words.add(piece);
            }
        }
    }

    private static String scored(String password) {
        if (FormRules.length(password) <= SCORED_LENGTH) {
            return password;
        }
        return password.substring(0, password.offsetByCodePoints(0, SCORED_LENGTH));
    }
}
