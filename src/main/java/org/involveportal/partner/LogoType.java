package org.involveportal.partner;

import java.util.Arrays;
import java.util.Optional;

/**
 * The images a partner's logo may be: PNG or JPEG, known by the first bytes, never by the name or the type the browser
 * claims; at most {@link #MOST_BYTES}. (No SVG: it may carry script.)
 */
public enum LogoType {
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** A logo, not a poster. */
    public static final long MOST_BYTES = 512L * 1024;

    private final String contentType;
    private final byte[] signature;

    LogoType(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<LogoType> ofContentType(String type) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(type)).findFirst();
    }

    /** The type the first bytes show, if one of these. */
    public static Optional<LogoType> ofContent(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content.length >= type.signature.length
                        && Arrays.equals(Arrays.copyOf(content, type.signature.length), type.signature))
                .findFirst();
    }

    /** What is wrong with a file sent as a logo, as a bundle key; empty when it may be kept. */
    public static Optional<String> problemWith(long size, byte[] content) {
        if (size <= 0) {
            return Optional.of("partners.error.logoNone");
        }
        if (size > MOST_BYTES) {
            return Optional.of("partners.error.logoTooLarge");
        }
        return ofContent(content).isPresent() ? Optional.empty() : Optional.of("partners.error.logoType");
    }
}
