package org.involveportal.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationRuleViolation;
import org.involveportal.platform.ClockProducer;

/**
 * What came after a consultation closed: its analysis published (on which day, where, by whom) and the decision (who
 * decided, on which day, in which meeting, a link to the minutes, and the decision in each language, English
 * required). Both only once the consultation has closed, and never dated before its last day: a decision recorded
 * before people had their say would not be one taken on what they said.
 */
@Entity
@Table(name = "consultation_decision")
public class ConsultationDecision {

    public static final String ENGLISH = "en";

    @Id
    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(name = "analysis_published_on")
    private LocalDate analysisPublishedOn;

    @Column(name = "analysis_link", length = 500)
    private String analysisLink;

    @Column(name = "analysis_by", length = 200)
    private String analysisBy;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "meeting", length = 200)
    private String meeting;

    @Column(name = "minutes_link", length = 500)
    private String minutesLink;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_decision_text", joinColumns = @JoinColumn(name = "consultation_id"))
    @MapKeyColumn(name = "language", length = 16)
    @Column(name = "decision", length = 4000)
    private Map<String, String> texts = new HashMap<>();

    protected ConsultationDecision() {
        // for JPA
    }

    public ConsultationDecision(long consultationId, Instant now) {
        this.consultationId = consultationId;
        this.updatedAt = now;
    }

    /**
     * Records the analysis published: on a day not before the consultation's last day nor after today, at an https
     * link, by a role or body (as "Adult Social Care Engagement Team").
     */
    public void recordAnalysis(Consultation consultation, LocalDate publishedOn, String link, String by, Instant now) {
        requireClosed(consultation, now);
        requireDay(consultation, publishedOn, now, "decision.rule.analysisDay");
        if (!Consultation.isDocumentLink(link == null ? null : link.strip())) {
            throw new ConsultationRuleViolation("decision.rule.analysisLink");
        }
        if (isBlank(by)) {
            throw new ConsultationRuleViolation("decision.rule.analysisBy");
        }
        this.analysisPublishedOn = publishedOn;
        this.analysisLink = link.strip();
        this.analysisBy = by.strip();
        this.updatedAt = now;
    }

    /**
     * Records the decision: who decided (a role or body, as "Cabinet"), on which day (not before the consultation's
     * last day, nor after today), in which meeting, a link to the minutes (https), and the decision's words (English
     * required, Welsh and other languages where written).
     */
    public void recordDecision(Consultation consultation, String by, LocalDate on, String meetingName, String minutes,
                               Map<String, String> words, Instant now) {
        requireClosed(consultation, now);
        if (isBlank(by)) {
            throw new ConsultationRuleViolation("decision.rule.decidedBy");
        }
        requireDay(consultation, on, now, "decision.rule.decidedOn");
        if (isBlank(meetingName)) {
            throw new ConsultationRuleViolation("decision.rule.meeting");
        }
        if (!Consultation.isDocumentLink(minutes == null ? null : minutes.strip())) {
            throw new ConsultationRuleViolation("decision.rule.minutesLink");
        }
        if (isBlank(words.get(ENGLISH))) {
            throw new ConsultationRuleViolation("decision.rule.englishNeeded");
        }
        this.decidedBy = by.strip();
        this.decidedOn = on;
        this.meeting = meetingName.strip();
        this.minutesLink = minutes.strip();
        texts.clear();
        words.forEach((language, text) -> {
            if (!isBlank(text)) {
                texts.put(language, text.strip());
            }
        });
        this.updatedAt = now;
    }

    /** Nothing is decided on a consultation before it has closed, nor on one that was withdrawn. */
    static void requireClosed(Consultation consultation, Instant now) {
        if (!consultation.isPublished() || consultation.isWithdrawn() || !consultation.getWindow().hasClosedAt(now)) {
            throw new ConsultationRuleViolation("decision.rule.notBeforeClose");
        }
    }

    private static void requireDay(Consultation consultation, LocalDate day, Instant now, String key) {
        if (day == null || day.isBefore(consultation.getWindow().closingDay())
                || day.isAfter(LocalDate.ofInstant(now, ClockProducer.LONDON))) {
            throw new ConsultationRuleViolation(key);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isAnalysisPublished() {
        return analysisPublishedOn != null;
    }

    public boolean isDecided() {
        return decidedOn != null;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public LocalDate getAnalysisPublishedOn() {
        return analysisPublishedOn;
    }

    public String getAnalysisLink() {
        return analysisLink;
    }

    public String getAnalysisBy() {
        return analysisBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getMeeting() {
        return meeting;
    }

    public String getMinutesLink() {
        return minutesLink;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The decision in a language, or null when not written in it. */
    public String decisionIn(String language) {
        return texts.get(language);
    }

    /** The language a reader is shown the decision in: their own where written, else English. */
    public String decisionLanguage(String language) {
        return texts.containsKey(language) ? language : ENGLISH;
    }
}
