package org.involveportal.feedback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.involveportal.content.EasyReadIdea;
import org.involveportal.content.Topic;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.Navigation;

/**
 * The public side of "You said, we did": the section on a consultation's page, and the page listing
 * all published feedback, newest first, optionally on one topic (a plain GET form).
 */
@Named
@RequestScoped
public class FeedbackPages {

    @Inject
    private FeedbackService feedback;

    @Inject
    private Messages messages;

    @Inject
    private HttpServletRequest request;

    /** Published feedback as the reader sees it: the words in their language (or English), the easy read, the date. */
    public record Shown(FeedbackText text, Language textLanguage, List<EasyReadIdea> easyRead, String published) {
    }

    /** One entry of the list. */
    public record Entry(String slug, String title, Language titleLanguage, String tookPart, Language textLanguage, String published) {
    }

    /** A consultation's published feedback, or null while there is none. */
    public Shown forConsultation(long consultationId) {
        return feedback.find(consultationId).filter(FeedbackReport::isPublished).map(report -> {
            String reader = messages.getLanguage().tag();
            return new Shown(report.textIn(reader), report.languageShownTo(reader),
                    report.easyReadIn(reader), DateFormatting.date(report.getPublishedAt(), messages.languageOf("feedback.published")));
        }).orElse(null);
    }

    public List<Entry> getEntries() {
        String reader = messages.getLanguage().tag();
        return feedback.published(getTopicChosen()).stream().map(published -> {
            var consultation = published.consultation();
            var report = published.report();
            return new Entry(consultation.getSlug(), consultation.textIn(reader).getTitle(),
                    consultation.languageShownTo(reader),
                    report.textIn(reader).getTookPart(), report.languageShownTo(reader),
                    DateFormatting.date(report.getPublishedAt(), messages.languageOf("feedback.published")));
        }).toList();
    }

    public Topic getTopicChosen() {
        String wanted = request.getParameter("topic");
        var chosen = Arrays.stream(Topic.values()).filter(t -> t.name().equals(wanted)).findFirst();
        if (wanted != null && chosen.isEmpty()) {
            Navigation.doNotKeep(); // a made-up topic shows everything, and is not kept
        }
        return chosen.orElse(null);
    }

    public String getTopic() {
        var topic = getTopicChosen();
        return topic == null ? "" : topic.name();
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }
}
