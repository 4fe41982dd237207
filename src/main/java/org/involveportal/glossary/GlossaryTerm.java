package org.involveportal.glossary;

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
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.content.TranslatedContent;

/**
 * A word residents meet, explained in plain language: English always, any other language of the portal
 * where staff wrote it. Its slug never changes: it is the anchor on the glossary page that pages and
 * content link to ({@code /glossary#carer}).
 */
@Entity
@Table(name = "glossary_term")
public class GlossaryTerm extends TranslatedContent<GlossaryText> {

    /** Letters, digits and hyphens: the built-in terms' anchors are camel case ("serviceUser"), new ones hyphenated. */
    static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,79}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 80)
    private String slug;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "glossary_term_text", joinColumns = @JoinColumn(name = "term_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, GlossaryText> texts = new HashMap<>();

    protected GlossaryTerm() {
        // for JPA
    }

    public GlossaryTerm(String slug, GlossaryText english) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Not a glossary slug: " + slug);
        }
        this.slug = slug;
        this.texts.put(ENGLISH, english);
    }

    @Override
    protected Map<String, GlossaryText> texts() {
        return texts;
    }

    /** The languages this term is written in, English among them. */
    public Set<String> languagesWritten() {
        return Set.copyOf(texts.keySet());
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }
}
