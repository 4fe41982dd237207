package org.involveportal.expense;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a receipt may be: a photo (JPEG or PNG) or a PDF. A file is known by its first bytes, never by
 * its name or the type the browser claims; its name must then agree, so a program renamed {@code receipt.pdf}, or a
 * PDF named {@code photo.jpg}, is refused.
 */
public enum ReceiptType {
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'});

    /** The largest receipt kept: a phone photo or a scanned page, not a video. */
    public static final long MOST_BYTES = 5L * 1024 * 1024;
    /** The first bytes read to know a file. */
    public static final int HEAD_BYTES = 8;

    private final String contentType;
    private final List<String> extensions;
    private final byte[] signature;

    ReceiptType(String contentType, List<String> extensions, byte[] signature) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    /** The type the first bytes show, if one of these. */
    public static Optional<ReceiptType> ofContent(byte[] head) {
        return Arrays.stream(values())
                .filter(type -> head.length >= type.signature.length
                        && Arrays.equals(Arrays.copyOf(head, type.signature.length), type.signature))
                .findFirst();
    }

    /** Whether a file's name ends as this type's files do ({@code .jpg} or {@code .jpeg} for JPEG). */
    public boolean namedAs(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * What is wrong with a file sent as a receipt, as the bundle key of the message: nothing chosen, too large, not a
     * photo or PDF, or named as another type than it is. Empty when it may be kept.
     */
    public static Optional<String> problemWith(String fileName, long size, byte[] head) {
        if (size <= 0 || fileName == null || fileName.isBlank()) {
            return Optional.of("expense.error.receiptNone");
        }
        if (size > MOST_BYTES) {
            return Optional.of("expense.error.receiptTooLarge");
        }
        var type = ofContent(head);
        if (type.isEmpty()) {
            return Optional.of("expense.error.receiptType");
        }
        if (!type.get().namedAs(fileName)) {
            return Optional.of("expense.error.receiptName");
        }
        return Optional.empty();
    }
}
