package org.involveportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * Sends the portal's emails (receipts, feedback, meeting news) through the SMTP server in
 * configuration: {@code portal.smtp.*} and {@code portal.mail.from}. Plain text, UTF-8, marked with
 * the reader's language.
 */
@ApplicationScoped
public class MailSender {

    /** Where and how to send. */
    public record Settings(String host, int port, boolean startTls, Optional<String> user,
                           Optional<String> password, String from) {

        static Settings from(Config config) {
            return new Settings(
                    config.getValue("portal.smtp.host", String.class),
                    config.getValue("portal.smtp.port", Integer.class),
                    config.getValue("portal.smtp.starttls", Boolean.class),
                    config.getOptionalValue("portal.smtp.user", String.class),
                    config.getOptionalValue("portal.smtp.password", String.class),
                    config.getValue("portal.mail.from", String.class));
        }
    }

    private Settings settings;
    private Session session;

    protected MailSender() {
        // for CDI
    }

    @Inject
    MailSender(Config config) {
        this(Settings.from(config));
    }

    public MailSender(Settings settings) {
        this.settings = settings;
        var properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        Authenticator authenticator = settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        };
        this.session = Session.getInstance(properties, authenticator);
    }

    /** Sends one plain-text message; {@code languageTag} becomes its Content-Language. */
    public void send(String to, String subject, String body, String languageTag) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setContentLanguage(new String[] {languageTag});
        Transport.send(message);
    }
}
