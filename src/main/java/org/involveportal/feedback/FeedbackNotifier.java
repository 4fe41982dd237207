package org.involveportal.feedback;

import com.ibm.icu.text.ListFormatter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.consultation.Consultation;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.platform.MailSender;

/**
 * Tells the people who asked to hear what happened, once each, in the language they answered in:
 * by email here; those who chose post or phone are on the staff's printable list. Also writes the
 * "how many took part and how" sentence from the responses, in any language.
 */
@ApplicationScoped
public class FeedbackNotifier {

    private static final Logger LOG = Logger.getLogger(FeedbackNotifier.class.getName());

    @Inject
    private FeedbackService feedback;

    @Inject
    private MailSender mail;

    @Inject
    private MessageCatalog catalog;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** What telling people came to: emails sent now, and those that could not be sent (tried again next time). */
    public record Told(int sent, int failed) {
    }

    /** Emails everyone waiting to hear; each person is claimed first, so nobody is told twice. */
    public Told tellEveryone(Consultation consultation) {
        int sent = 0;
        int failed = 0;
        for (long responseId : feedback.waitingForEmail(consultation.getId())) {
            var claimed = feedback.claimForTelling(responseId);
            if (claimed.isEmpty()) {
                continue; // told by another publication at the same moment
            }
            var response = claimed.get();
            var language = Language.fromTag(response.getLanguage()).orElse(Language.DEFAULT);
            try {
                mail.send(response.getContact().getEmail(), subject(consultation, language), body(consultation, language), language.tag());
                sent++;
            } catch (Exception e) {
                // never the address or the answers in the log
                LOG.log(Level.WARNING, "Feedback could not be emailed: {0}", e.getClass().getSimpleName());
                feedback.releaseClaim(responseId);
                failed++;
            }
        }
        return new Told(sent, failed);
    }

    private String subject(Consultation consultation, Language language) {
        return catalog.format(language, false, "mail.feedback.subject", Map.of("title", titleIn(consultation, language)));
    }

    private String body(Consultation consultation, Language language) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String link = base + language.pathPrefix() + "/consultations/" + consultation.getSlug() + "#feedback";
        return catalog.format(language, false, "mail.feedback.body", Map.of("title", titleIn(consultation, language), "link", link));
    }

    private static String titleIn(Consultation consultation, Language language) {
        return consultation.textIn(language.tag()).getTitle();
    }

    /** "240 people took part: 200 online and 40 on paper. They answered as: ..." in the language given. */
    public String tookPartSentence(FeedbackService.Participation participation, Language language) {
        var channels = new ArrayList<String>();
        participation.byChannel().entrySet().stream().filter(e -> e.getValue() > 0).forEach(e -> {
            var channel = e.getKey();
            var count = e.getValue();
            channels.add(catalog.format(language, false, "feedback.tookPart.channel." + channel.name(), Map.of("count", count)));
        });
        var answeringAs = new ArrayList<String>();
        participation.byAnsweringAs().entrySet().stream().filter(e -> e.getValue() > 0).forEach(e ->
                answeringAs.add(catalog.format(language, false, "feedback.tookPart.asItem",
                        Map.of("label", catalog.format(language, "answeringAs." + e.getKey().name()), "count", e.getValue()))));
        var list = ListFormatter.getInstance(language.locale());
        String sentence = catalog.format(language, false, "feedback.tookPart.total", Map.of("total", participation.total()));
        if (!channels.isEmpty()) {
            sentence += " " + catalog.format(language, false, "feedback.tookPart.how", Map.of("list", list.format(channels)));
        }
        if (!answeringAs.isEmpty()) {
            sentence += " " + catalog.format(language, false, "feedback.tookPart.as", Map.of("list", list.format(answeringAs)));
        }
        return sentence;
    }
}
