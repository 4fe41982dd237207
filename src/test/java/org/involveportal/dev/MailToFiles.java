package org.involveportal.dev;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Saves each message the mail catcher received as an .eml file, exactly once. The catcher lists messages mailbox by
 * mailbox, so a new message to an earlier mailbox lands in the middle of the list: messages are known by their
 * Message-ID (or, without one, by their bytes), never by their place in the list. A message sent to several people is
 * one file.
 */
final class MailToFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final Clock clock;
    private final Set<String> saved = new HashSet<>();
    private int count;

    MailToFiles(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Saves the messages not saved before; returns the files written. */
    synchronized List<Path> saveNew(MimeMessage[] received) throws IOException, MessagingException {
        var written = new ArrayList<Path>();
        for (MimeMessage message : received) {
            var bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            if (!saved.add(identity(message, bytes.toByteArray()))) {
                continue;
            }
            count++;
            Path file = folder.resolve(STAMP.format(LocalDateTime.now(clock)) + "-" + count + ".eml");
            Files.write(file, bytes.toByteArray());
            written.add(file);
        }
        return written;
    }

    private static String identity(MimeMessage message, byte[] bytes) throws MessagingException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
