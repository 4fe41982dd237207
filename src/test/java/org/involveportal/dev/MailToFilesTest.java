package org.involveportal.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Properties;
import org.involveportal.testsupport.EmbeddedPortal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailToFilesTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("Each message is saved once, though a new message to an earlier mailbox moves the others down the list")
    void eachMessageOnce() throws Exception {
        var mail = new GreenMail(new ServerSetup(EmbeddedPortal.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            var files = new MailToFiles(folder, Clock.systemUTC());
            var saved = new ArrayList<Path>();
            send(mail, "zoe@example.org", "First to Zoe");
            send(mail, "amir@example.org", "First to Amir");
            saved.addAll(files.saveNew(mail.getReceivedMessages()));
            // lands in Zoe's mailbox, listed before Amir's: Amir's message moves from second to third place
            send(mail, "zoe@example.org", "Second to Zoe");
            saved.addAll(files.saveNew(mail.getReceivedMessages()));
            send(mail, "amir@example.org,bryn@example.org", "To Amir and Bryn");
            saved.addAll(files.saveNew(mail.getReceivedMessages()));
            saved.addAll(files.saveNew(mail.getReceivedMessages()));

            assertThat(saved).hasSize(4).doesNotHaveDuplicates();
            try (var listing = Files.list(folder)) {
                assertThat(listing.map(MailToFilesTest::subject).sorted())
                        .containsExactly("First to Amir", "First to Zoe", "Second to Zoe", "To Amir and Bryn");
            }
        } finally {
            mail.stop();
        }
    }

    private static void send(GreenMail mail, String to, String subject) throws Exception {
        var properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
        var session = Session.getInstance(properties);
        int before = mail.getReceivedMessages().length;
        var message = new MimeMessage(session);
        message.setFrom("involve@localhost");
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject);
        message.setText("Hello");
        message.saveChanges();
        Transport.send(message);
        assertThat(mail.waitForIncomingEmail(5_000, before + InternetAddress.parse(to).length)).isTrue();
    }

    private static String subject(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in).getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
