package org.involveportal.formats;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file staff may send in answer to a request: audio (MP3, M4A, WAV), a large print or Braille-ready PDF,
 * or a translation (PDF or Word). Known by the first bytes, never by the name or the type the browser claims; the name
 * must then agree, so a program renamed {@code leaflet.pdf} is refused.
 */
public enum FormatFileType {
    PDF("application/pdf", List.of("pdf"), 0, new byte[] {'%', 'P', 'D', 'F', '-'}),
    MP3_ID3("audio/mpeg", List.of("mp3"), 0, new byte[] {'I', 'D', '3'}),
    MP3("audio/mpeg", List.of("mp3"), 0, new byte[] {(byte) 0xFF, (byte) 0xFB}),
    M4A("audio/mp4", List.of("m4a"), 4, new byte[] {'f', 't', 'y', 'p'}),
    WAV("audio/wav", List.of("wav"), 8, new byte[] {'W', 'A', 'V', 'E'}),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), 0,
            new byte[] {'P', 'K', 3, 4});

    /** The largest file kept: an hour of spoken audio, or a long large print document (the form limit is 16 MB). */
    public static final long MOST_BYTES = 15L * 1024 * 1024;
    public static final int HEAD_BYTES = 12;

    private final String contentType;
    private final List<String> extensions;
    private final int offset;
    private final byte[] signature;

    FormatFileType(String contentType, List<String> extensions, int offset, byte[] signature) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.offset = offset;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FormatFileType> ofContent(byte[] head) {
        return Arrays.stream(values())
                .filter(type -> head.length >= type.offset + type.signature.length
                        && Arrays.equals(Arrays.copyOfRange(head, type.offset, type.offset + type.signature.length), type.signature))
                .findFirst();
    }

    public boolean namedAs(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** What is wrong with a file, as the bundle key of the message; empty when it may be kept. */
    public static Optional<String> problemWith(String fileName, long size, byte[] head) {
        if (size <= 0 || fileName == null || fileName.isBlank()) {
            return Optional.of("formatQueue.error.fileNone");
        }
        if (size > MOST_BYTES) {
            return Optional.of("formatQueue.error.fileTooLarge");
        }
        var type = ofContent(head);
        if (type.isEmpty() || !type.get().namedAs(fileName)) {
            return Optional.of("formatQueue.error.fileType");
        }
        return Optional.empty();
    }
}
