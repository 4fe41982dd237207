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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.consultation.Consultation;
import org.involveportal.platform.NotOnPublicPages;

/**
 * A sent response: who answered as what, in which language and through which channel, and the answers.
 * The counts kept of responses ({@link ResponseTallies}) are on no public page either.
 */
@Entity
@NotOnPublicPages(tables = {"response_tally", "question_tally", "answer_tally"})
@Cacheable(false)
@Table(name = "response")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    /** The draft it came from, unique: the database itself refuses a second response from one draft. */
    @Column(name = "draft_token", unique = true, length = 43)
    private String draftToken;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "answering_as", nullable = false, length = 30)
    private AnsweringAs answeringAs;

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Embedded
    private ContactDetails contact;

    /** When this person, having asked, was told what happened (feedback); null until then. */
    @Column(name = "told_outcome_at")
    private Instant toldOutcomeAt;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "response_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<ResponseAnswer> answers = new ArrayList<>();

    protected Response() {
        // for JPA
    }

    Response(Consultation consultation, String reference, String draftToken, Channel channel, AnsweringAs answeringAs,
             String language, Instant submittedAt, ContactDetails contact, List<ResponseAnswer> answers) {
        this.consultation = consultation;
        this.reference = reference;
        this.draftToken = draftToken;
        this.channel = channel;
        this.answeringAs = answeringAs;
        this.language = language;
        this.submittedAt = submittedAt;
        this.contact = contact;
        this.answers.addAll(answers);
    }

    Consultation getConsultation() {
        return consultation;
    }

    AnsweringAs getAnsweringAs() {
        return answeringAs;
    }

    List<ResponseAnswer> getAnswers() {
        return answers;
    }

    public Instant getToldOutcomeAt() {
        return toldOutcomeAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getReference() {
        return reference;
    }

    public String getLanguage() {
        return language;
    }

    public ContactDetails getContact() {
        return contact == null ? ContactDetails.anonymous() : contact;
    }
}
