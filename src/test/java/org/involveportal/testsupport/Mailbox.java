package org.involveportal.testsupport;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the portal emailed, from the shared mail catcher. The portal sends each email within the
 * request that causes it, before its response, so once a test has the response what was sent is
 * already here, and what was not sent never will be. Waiting is still offered, for a condition,
 * woken by each new message rather than by the clock.
 */
public final class Mailbox {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Mailbox() {
    }

    /** The messages received so far for an address. */
    public static List<MimeMessage> to(EmbeddedPortal portal, String address) {
        return Arrays.stream(portal.mail().getReceivedMessages()).filter(message -> isTo(message, address)).toList();
    }

    /** The messages received so far for an address with this subject. */
    public static List<MimeMessage> to(EmbeddedPortal portal, String address, String subject) {
        return to(portal, address).stream().filter(message -> subject.equals(subject(message))).toList();
    }

    /**
     * Waits until {@code found} gives something from the messages to an address, woken by each message
     * that arrives; fails when nothing has come within twenty seconds.
     */
    public static <T> T await(EmbeddedPortal portal, String address, String what, Function<List<MimeMessage>, Optional<T>> found) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            int seen = portal.mail().getReceivedMessages().length;
            var result = found.apply(to(portal, address));
            if (result.isPresent()) {
                return result.get();
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0 || !portal.mail().waitForIncomingEmail(left, seen + 1)) {
                throw new AssertionError("No " + what + " to " + address + "; got "
                        + to(portal, address).stream().map(Mailbox::subject).toList());
            }
        }
    }

    /** The first message to an address whose subject starts so, waiting for it. */
    public static MimeMessage awaitSubjectStartingWith(EmbeddedPortal portal, String address, String start) {
        return await(portal, address, "message \"" + start + "...\"",
                messages -> messages.stream().filter(m -> subject(m).startsWith(start)).findFirst());
    }

    /** The n-th message (from 1) to an address with this subject, waiting for it. */
    public static MimeMessage awaitNth(EmbeddedPortal portal, String address, String subject, int n) {
        return await(portal, address, "message " + n + " \"" + subject + "\"", messages -> {
            var matching = messages.stream().filter(m -> subject.equals(subject(m))).toList();
            return matching.size() >= n ? Optional.of(matching.get(n - 1)) : Optional.empty();
        });
    }

    public static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            var recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
