package org.involveportal.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A question put to residents for a fixed response window, with its words in each language. */
@Entity
@Table(name = "consultation")
public class Consultation {

    public static final String DEFAULT_LANGUAGE = "en";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @Embedded
    private ResponseWindow window;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_text", joinColumns = @JoinColumn(name = "consultation_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, ConsultationText> texts = new HashMap<>();

    protected Consultation() {
        // for JPA
    }

    public Consultation(String slug, ResponseWindow window, ConsultationText english) {
        this.slug = slug;
        this.window = window;
        this.texts.put(DEFAULT_LANGUAGE, english);
    }

    public ConsultationStatus statusAt(Instant now) {
        if (window.isOpenAt(now)) {
            return ConsultationStatus.OPEN;
        }
        return window.hasClosedAt(now) ? ConsultationStatus.CLOSED : ConsultationStatus.FORTHCOMING;
    }

    public void putText(String language, ConsultationText text) {
        texts.put(language, text);
    }

    /** The words in the given language, or in English where that language has none yet. */
    public ConsultationText textIn(String language) {
        return texts.getOrDefault(language, texts.get(DEFAULT_LANGUAGE));
    }

    /** The language {@link #textIn} actually gives for a language: itself, or English. */
    public String textLanguage(String language) {
        return texts.containsKey(language) ? language : DEFAULT_LANGUAGE;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public ResponseWindow getWindow() {
        return window;
    }
}
