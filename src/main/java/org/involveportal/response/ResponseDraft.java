package org.involveportal.response;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import org.involveportal.consultation.Consultation;
import org.involveportal.platform.NotOnPublicPages;

/**
 * A response being written, saved at every page. Its token is the only key: it is in every page's
 * address, so the address is the "come back later" link, and no session is needed (an expired one
 * loses nothing). After sending, the answers and contact details are cleared and only the reference
 * stays, so sending twice is recognised.
 */
@Entity
@NotOnPublicPages
@Cacheable(false)
@Table(name = "response_draft")
public class ResponseDraft {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The longest answer value a draft keeps; longer is refused before saving, not cut. */
    static final int VALUE_MAX = 20_000;

    @Id
    @Column(name = "token", length = 43)
    private String token;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "answering_as", length = 30)
    private AnsweringAs answeringAs;

    // read with the draft in one statement: each page of the journey reads one draft by its token
    @JoinFetch(JoinFetchType.OUTER)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "response_draft_answer", joinColumns = @JoinColumn(name = "token"))
    private List<DraftAnswer> answers = new ArrayList<>();

    @Embedded
    private ContactDetails contact;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sent_reference", length = 20)
    private String sentReference;

    @Column(name = "equality_done", nullable = false)
    private boolean equalityDone;

    /** Staff trying the questions: sending it keeps nothing. */
    @Column(name = "preview", nullable = false)
    private boolean preview;

    protected ResponseDraft() {
        // for JPA
    }

    ResponseDraft(Consultation consultation, String language, Instant now) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.consultation = consultation;
        this.language = language;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The values typed for a question, in order; empty when not answered. */
    public List<String> answerTo(long questionId) {
        return answers.stream()
                .filter(answer -> answer.getQuestionId() == questionId)
                .sorted(Comparator.comparingInt(DraftAnswer::getPosition))
                .map(DraftAnswer::getValue)
                .toList();
    }

    /** Replaces the answers to the given questions; blank values are not kept. */
    void putAnswers(Map<Long, List<String>> byQuestion) {
        answers.removeIf(answer -> byQuestion.containsKey(answer.getQuestionId()));
        byQuestion.forEach((questionId, values) -> {
            int position = 0;
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    answers.add(new DraftAnswer(questionId, position++, value));
                }
            }
        });
    }

    void markPreview() {
        this.preview = true;
    }

    public boolean isPreview() {
        return preview;
    }

    void markSent(String reference, Instant now) {
        this.sentReference = reference;
        this.answers.clear();
        this.contact = null;
        this.answeringAs = null;
        this.updatedAt = now;
    }

    void touch(String pageLanguage, Instant now) {
        this.language = pageLanguage;
        this.updatedAt = now;
    }

    public String getToken() {
        return token;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public String getLanguage() {
        return language;
    }

    public AnsweringAs getAnsweringAs() {
        return answeringAs;
    }

    void setAnsweringAs(AnsweringAs answeringAs) {
        this.answeringAs = answeringAs;
    }

    /** What the person chose about being contacted; an empty choice until they reach that page. */
    public ContactDetails getContact() {
        return contact == null ? new ContactDetails() : contact;
    }

    void setContact(ContactDetails contact) {
        this.contact = contact;
    }

    public boolean isSent() {
        return sentReference != null;
    }

    public String getSentReference() {
        return sentReference;
    }

    public boolean isEqualityDone() {
        return equalityDone;
    }

    void markEqualityDone() {
        this.equalityDone = true;
    }
}
