package org.involveportal.platform;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff password hashes: PBKDF2-HMAC-SHA256 from the JDK, stored as one string that names its algorithm,
 * cost and salt ({@code pbkdf2-sha256$600000$<salt>$<hash>}, Base64), so the cost can be raised later and
 * older hashes replaced at the next sign-in ({@link #needsRehash}).
 */
public final class PasswordHasher {

    /** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;

    static final String ALGORITHM = "pbkdf2-sha256";
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    /** A stored cost above this is refused rather than run: it would hold a request thread for minutes. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

    private final int iterations;
    /** A hash no password matches, verified against when there is no account, to spend the same time. */
    private final String dummy;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    /** Another cost: lower only in tests of other behaviour, higher when the recommendation rises. */
    PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations: " + iterations);
        }
        this.iterations = iterations;
        this.dummy = encode(iterations, randomBytes(SALT_BYTES), randomBytes(HASH_BYTES));
    }

    public String hash(CharSequence password) {
        byte[] salt = randomBytes(SALT_BYTES);
        return encode(iterations, salt, derive(password, salt, iterations, HASH_BYTES));
    }

    /** Whether the password matches the stored hash; false, after the same work, for a damaged hash. */
    public boolean verify(CharSequence password, String encoded) {
        var stored = Stored.parse(encoded);
        if (stored == null) {
            return verifyDummy(password);
        }
        byte[] actual = derive(password, stored.salt(), stored.iterations(), stored.hash().length);
        // Constant time, so response times do not reveal how much of the hash matched.
        return MessageDigest.isEqual(actual, stored.hash());
    }

    /**
     * For an email with no account: the same work as a wrong password, so how long a sign-in takes does
     * not tell whether an account exists. Always false.
     */
    public boolean verifyDummy(CharSequence password) {
        var stored = Stored.parse(dummy);
        MessageDigest.isEqual(derive(password, stored.salt(), stored.iterations(), stored.hash().length), stored.hash());
        return false;
    }

    /** True when a hash was made with a lower cost (or another scheme): hash the password again once it is verified. */
    public boolean needsRehash(String encoded) {
        var stored = Stored.parse(encoded);
        return stored == null || stored.iterations() < iterations || stored.hash().length != HASH_BYTES;
    }

    /** The hash the dummy verification runs against; for tests that it costs what a real one costs. */
    String dummyHash() {
        return dummy;
    }

    /**
     * The same password typed on different devices may arrive composed ("â") or decomposed ("a" + "̂");
     * NFKC makes them one (NIST SP 800-63B 5.1.1.2). The JDK then hashes the characters as UTF-8.
     */
    static String normalised(CharSequence password) {
        return password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    static byte[] derive(CharSequence password, byte[] salt, int iterations, int bytes) {
        char[] chars = normalised(password).toCharArray();
        var spec = new PBEKeySpec(chars, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private static String encode(int iterations, byte[] salt, byte[] hash) {
        return ALGORITHM + '$' + iterations + '$' + BASE64.encodeToString(salt) + '$' + BASE64.encodeToString(hash);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A stored hash taken apart; null from {@link #parse} when it is not one of ours or is damaged. */
    private record Stored(int iterations, byte[] salt, byte[] hash) {

        static Stored parse(String encoded) {
            if (encoded == null) {
                return null;
            }
            String[] parts = encoded.split("\\$", -1);
            if (parts.length != 4 || !ALGORITHM.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,8}")) {
                return null;
            }
            int iterations = Integer.parseInt(parts[1]);
            try {
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] hash = Base64.getDecoder().decode(parts[3]);
                if (iterations > MAX_ITERATIONS || salt.length < SALT_BYTES || hash.length < HASH_BYTES || hash.length > 64) {
                    return null;
                }
                return new Stored(iterations, salt, hash);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
    }
}
