package org.involveportal.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dated progress update on an action and the status it left the action at. Published updates are never changed. */
@Entity
@Table(name = "action_update")
public class ActionUpdate {

    public static final int WORDS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "progress_on", nullable = false)
    private LocalDate progressOn;

    @Column(name = "words", nullable = false, length = WORDS_MAX)
    private String words;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag", nullable = false, length = 10)
    private Rag rag;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected ActionUpdate() {
        // for JPA
    }

    ActionUpdate(Long actionId, LocalDate progressOn, String words, Rag rag, Instant publishedAt) {
        this.actionId = actionId == null ? 0 : actionId;
        this.progressOn = progressOn;
        this.words = words.strip();
        this.rag = rag;
        this.publishedAt = publishedAt;
    }

    /** For tests of the order rules: an update as if published with this id. */
    static ActionUpdate withId(long id, LocalDate on, Rag rag) {
        var update = new ActionUpdate(1L, on, "Progress", rag, Instant.EPOCH);
        update.id = id;
        return update;
    }

    public Long getId() {
        return id == null ? Long.MAX_VALUE : id;
    }

    public long getActionId() {
        return actionId;
    }

    public LocalDate getProgressOn() {
        return progressOn;
    }

    public String getWords() {
        return words;
    }

    public Rag getRag() {
        return rag;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
