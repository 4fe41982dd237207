package org.involveportal.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-time codes from an authenticator app (RFC 6238 TOTP over RFC 4226 HOTP): HMAC-SHA1, 30-second steps,
 * six digits, the settings every app supports. Time comes from the injected clock.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final int STEP_SECONDS = 30;
    /** 160 bits, the HMAC-SHA1 key size RFC 4226 recommends. */
    static final int SECRET_BYTES = 20;
    /** Steps either side of now that are accepted: a phone's clock may be a little out. */
    private static final int DRIFT_STEPS = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final int digits;

    public Totp(Clock clock) {
        this(clock, DIGITS);
    }

    /** Another number of digits: only the RFC's eight-digit test vectors need it. */
    Totp(Clock clock, int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("digits: " + digits);
        }
        this.clock = clock;
        this.digits = digits;
    }

    /** A new secret for enrolment, Base32 without padding as apps expect. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret).replace("=", "");
    }

    /** The step now: whole 30-second periods since the Unix epoch. */
    public long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), STEP_SECONDS);
    }

    /**
     * The step whose code was typed, if it is now's or the one either side, and later than the last step
     * used: the caller stores the step returned, so a code seen once (over a shoulder, or replayed) is
     * refused. Spaces and any script's digits are accepted, as people type them.
     *
     * @param lastUsedStep the step of the last code accepted for this secret, or null if none yet
     */
    public OptionalLong verify(String base32Secret, String typed, Long lastUsedStep) {
        String code = digitsOf(typed);
        if (code == null || code.length() != digits) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(base32Secret);
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long now = currentStep();
        long matched = Long.MIN_VALUE;
        // Every step is computed and compared in constant time, so timing does not tell which one matched.
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(code(key, step, digits).getBytes(StandardCharsets.US_ASCII), given)) {
                matched = step;
            }
        }
        if (matched == Long.MIN_VALUE || (lastUsedStep != null && matched <= lastUsedStep)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(matched);
    }

    /** The code for a step, by RFC 4226 section 5.3's dynamic truncation. */
    static String code(byte[] key, long step, int digits) {
        byte[] hmac;
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hmac = mac.doFinal(longBytes(step));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
        int offset = hmac[hmac.length - 1] & 0x0F;
        int binary = ((hmac[offset] & 0x7F) << 24) | ((hmac[offset + 1] & 0xFF) << 16)
                | ((hmac[offset + 2] & 0xFF) << 8) | (hmac[offset + 3] & 0xFF);
        long modulus = (long) Math.pow(10, digits);
        String code = Long.toString(binary % modulus);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The address an authenticator app reads from a QR code (Google's Key Uri Format), e.g.
     * {@code otpauth://totp/Involve:sian%40example.gov.uk?secret=...&issuer=Involve}.
     */
    public String otpauthUri(String issuer, String account, String base32Secret) {
        String secret = base32Secret.replace("=", "").replaceAll("\\s", "");
        return "otpauth://totp/" + uriPart(issuer) + ':' + uriPart(account)
                + "?secret=" + secret
                + "&issuer=" + uriPart(issuer)
                + "&algorithm=SHA1&digits=" + digits + "&period=" + STEP_SECONDS;
    }

    /** Percent-encoded, with %20 for spaces (apps show a "+" literally) and %3A for a colon in a part. */
    private static String uriPart(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The typed code as ASCII digits, without spaces or hyphens; null if anything else is in it. */
    private static String digitsOf(String typed) {
        if (typed == null) {
            return null;
        }
        var code = new StringBuilder();
        for (int i = 0; i < typed.length(); ) {
            int codePoint = typed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || codePoint == '-' || Character.isSpaceChar(codePoint)) {
                continue;
            }
            int digit = Character.digit(codePoint, 10);
            if (digit < 0 || code.length() >= 10) {
                return null;
            }
            code.append((char) ('0' + digit));
        }
        return code.toString();
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>= 8;
        }
        return bytes;
    }
}
