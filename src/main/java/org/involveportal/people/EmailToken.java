package org.involveportal.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A secret for a link sent by email: 32 random bytes, base64url without padding (43 characters) in the
 * link, and only its SHA-256 hash in the database, so a copy of the database signs no one in. The hash
 * needs no salt or slow function: the token has 256 bits of randomness, nothing to guess.
 */
public record EmailToken(String value, String hash) {

    public static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static EmailToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new EmailToken(value, hashOf(value));
    }

    /** The hash to look a typed or clicked token up by; null when it is not a token's shape. */
    public static String hashOf(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "EmailToken[hash=" + hash + "]"; // never the value itself, in logs
    }
}
