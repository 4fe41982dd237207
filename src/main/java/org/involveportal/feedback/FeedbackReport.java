package org.involveportal.feedback;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationRuleViolation;
import org.involveportal.consultation.ConsultationStatus;
import org.involveportal.content.EasyReadIdea;
import org.involveportal.content.TranslatedContent;

/**
 * "You said, we did" for one consultation: its words in each language (English needed) and an
 * easy-read version. It can be published once the consultation has closed; publishing again after
 * changes keeps the first publication date, so nobody is told twice.
 */
@Entity
@Table(name = "feedback_report")
public class FeedbackReport extends TranslatedContent<FeedbackText> {

    @Id
    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_text", joinColumns = @JoinColumn(name = "consultation_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, FeedbackText> texts = new HashMap<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_easy_read_idea", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "position")
    private List<EasyReadIdea> easyReadIdeas = new ArrayList<>();

    protected FeedbackReport() {
        // for JPA
    }

    @Override
    protected Map<String, FeedbackText> texts() {
        return texts;
    }

    @Override
    protected List<EasyReadIdea> easyReadIdeas() {
        return easyReadIdeas;
    }

    public FeedbackReport(long consultationId, Instant now) {
        this.consultationId = consultationId;
        this.updatedAt = now;
    }

    /** Sets a language's words, or removes them (never English) when null. */
    public void putText(String language, FeedbackText text, Instant now) {
        if (text == null) {
            if (!ENGLISH.equals(language)) {
                texts.remove(language);
            }
        } else {
            texts.put(language, text);
        }
        updatedAt = now;
    }


    /**
     * Publishes the feedback of a closed consultation. English needs every required part; with the
     * Welsh Language Standards on, Welsh must cover every part English has.
     */
    public void publish(Consultation consultation, boolean welshRequired, Instant now) {
        var status = consultation.statusAt(now);
        if (status != ConsultationStatus.CLOSED && status != ConsultationStatus.FEEDBACK_PUBLISHED) {
            throw new ConsultationRuleViolation("feedback.rule.closedOnly");
        }
        var english = texts.get(ENGLISH);
        if (english == null || !english.hasRequiredParts()) {
            throw new ConsultationRuleViolation("feedback.rule.englishNeeded");
        }
        if (welshRequired && !partsMissingIn("cy").isEmpty()) {
            throw new ConsultationRuleViolation("feedback.rule.welshIncomplete");
        }
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
        consultation.feedbackPublished(publishedAt);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }






    public List<EasyReadIdea> allEasyRead() {
        return List.copyOf(easyReadIdeas);
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
