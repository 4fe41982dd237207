package org.involveportal.formats;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;

/**
 * Writes to the person who asked for another format, in the language of the page they asked on: the acknowledgement
 * with its reference and due date, and the "it is sent" notice with the private link to the file. Emails go once the
 * request has committed; a letter to post or a call to make is the same text, shown to staff on the request's page.
 * A failure is logged with the kind of email and the error's class only.
 */
@Stateless
public class FormatMail {

    private static final Logger LOG = Logger.getLogger(FormatMail.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MessageCatalog catalog;

    @Inject
    private org.involveportal.platform.MailSender mail;

    @Inject
    private FormatRequestService requests;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** A letter or an email: its subject and body in the person's language. */
    public record Text(String language, String subject, String body) {
    }

    public void made(@Observes(during = TransactionPhase.AFTER_SUCCESS) FormatRequestEvents.Made made) {
        try {
            var request = em.find(FormatRequest.class, made.requestId());
            if (request != null && request.getContactMethod() == FormatRequest.ContactMethod.EMAIL) {
                send(request, acknowledgement(request));
                requests.emailed(request.getId(), false);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "A format request acknowledgement failed: {0}", e.getClass().getSimpleName());
        }
    }

    public void sent(@Observes(during = TransactionPhase.AFTER_SUCCESS) FormatRequestEvents.Sent sent) {
        try {
            var request = em.find(FormatRequest.class, sent.requestId());
            if (request != null && request.getContactMethod() == FormatRequest.ContactMethod.EMAIL) {
                send(request, sentNotice(request, sent.token()));
                requests.emailed(request.getId(), true);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "A format request sent notice failed: {0}", e.getClass().getSimpleName());
        }
    }

    /** The acknowledgement: reference, what was asked for, and the date to answer by. */
    public Text acknowledgement(FormatRequest request) {
        return text(request, "mail.formatRequest.ack", arguments(request));
    }

    /** "It is sent": with the private link when there is a file and the token is known (only just after sending). */
    public Text sentNotice(FormatRequest request, String token) {
        var arguments = arguments(request);
        String base = baseUrl.replaceAll("/+$", "");
        if (request.getFileStoredName() != null && request.getResidentId() != null) {
            arguments.put("link", base + language(request).pathPrefix() + "/account/format-file?r=" + request.getReference());
            return text(request, "mail.formatRequest.sentAccount", arguments);
        }
        if (token != null) {
            arguments.put("link", base + "/format-file?t=" + token);
            arguments.put("until", DateFormatting.date(request.getSentAt().plus(FormatRequestService.LINK_LASTS), language(request)));
            arguments.put("times", FormatRequestService.LINK_MOST_DOWNLOADS);
            return text(request, "mail.formatRequest.sentLink", arguments);
        }
        return text(request, "mail.formatRequest.sent", arguments);
    }

    private Map<String, Object> arguments(FormatRequest request) {
        var language = language(request);
        var arguments = new HashMap<String, Object>();
        arguments.put("name", request.getName());
        arguments.put("reference", request.getReference());
        arguments.put("format", catalog.format(language, "formatRequest.format." + request.getFormat().name()));
        arguments.put("due", DateFormatting.date(request.getDueOn(), language));
        return arguments;
    }

    private Text text(FormatRequest request, String prefix, Map<String, Object> arguments) {
        var language = language(request);
        var bodyLanguage = catalog.lookup(language, false, prefix + ".body").language();
        return new Text(bodyLanguage.tag(), catalog.format(language, false, prefix + ".subject", arguments),
                catalog.format(language, false, prefix + ".body", arguments));
    }

    private void send(FormatRequest request, Text text) throws MessagingException {
        mail.send(request.getContact(), text.subject(), text.body(), text.language());
    }

    static Language language(FormatRequest request) {
        return Language.fromTag(request.getPageLanguage()).orElse(Language.DEFAULT);
    }
}
