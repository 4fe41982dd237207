package org.involveportal.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovery codes, for signing in when the phone with the authenticator app is lost: ten single-use codes
 * such as {@code K7QM2-XH9RT}, shown once and stored only as hashes. An instance holds one account's
 * unused hashes and consumes them one by one.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    static final int LENGTH = 10;
    /** No 0/O, 1/I/L, as in references: codes are copied from paper and read out. About 50 bits a code. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final String SCHEME = "sha256";
    /**
     * ASVS 2.6.2: a lookup secret of under 112 bits is hashed with a random salt of its own, so one
     * precomputed table cannot serve every stored code.
     */
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

    /** Codes as shown to the person (once), and the hashes to store, in the same order. */
    public record Issued(List<String> codes, List<String> hashes) {
    }

    private final List<String> unused;

    public RecoveryCodes(Collection<String> unusedHashes) {
        this.unused = new ArrayList<>(unusedHashes);
    }

    /** A fresh set of ten, which replaces any earlier set. */
    public static Issued issue() {
        var codes = new ArrayList<String>(COUNT);
        var hashes = new ArrayList<String>(COUNT);
        while (codes.size() < COUNT) {
            var code = new StringBuilder(LENGTH + 1);
            for (int i = 0; i < LENGTH; i++) {
                if (i == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
                hashes.add(hash(code.toString()));
            }
        }
        return new Issued(List.copyOf(codes), List.copyOf(hashes));
    }

    /**
     * Consumes the code typed, whatever its case, spaces or hyphens. Returns the hash it matched, for the
     * caller to mark used; empty if it matches none still unused, so a code works once only.
     */
    public Optional<String> use(String typed) {
        String code = normalised(typed);
        if (code == null) {
            return Optional.empty();
        }
        String matched = null;
        // Every unused hash is checked, in constant time, so timing does not tell which one matched.
        for (String stored : unused) {
            if (matches(code, stored)) {
                matched = stored;
            }
        }
        if (matched == null) {
            return Optional.empty();
        }
        unused.remove(matched);
        return Optional.of(matched);
    }

    public int remaining() {
        return unused.size();
    }

    /** {@code sha256$<salt>$<hash>}, Base64, over the code without its hyphen. */
    static String hash(String code) {
        String normalised = normalised(code);
        if (normalised == null) {
            throw new IllegalArgumentException("Not a recovery code");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return SCHEME + '$' + BASE64.encodeToString(salt) + '$' + BASE64.encodeToString(sha256(salt, normalised));
    }

    private static boolean matches(String normalisedCode, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$", -1);
        if (parts.length != 3 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] expected = Base64.getDecoder().decode(parts[2]);
            return MessageDigest.isEqual(sha256(salt, normalisedCode), expected);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Upper case without spaces or dashes; null unless ten characters of the alphabet remain. */
    static String normalised(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s\\h\\p{Pd}]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code;
    }

    private static byte[] sha256(byte[] salt, String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(code.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
