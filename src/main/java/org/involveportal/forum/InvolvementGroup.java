package org.involveportal.forum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** A standing forum, reference group, board or panel residents can join. */
@Entity
@Table(name = "involvement_group")
public class InvolvementGroup {

    public static final String DEFAULT_LANGUAGE = "en";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "involvement_group_text", joinColumns = @JoinColumn(name = "group_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, GroupText> texts = new HashMap<>();

    protected InvolvementGroup() {
        // for JPA
    }

    public InvolvementGroup(String slug, GroupText english) {
        this.slug = slug;
        this.texts.put(DEFAULT_LANGUAGE, english);
    }

    public void putText(String language, GroupText text) {
        texts.put(language, text);
    }

    /** The words in the given language, or in English where that language has none yet. */
    public GroupText textIn(String language) {
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
}
