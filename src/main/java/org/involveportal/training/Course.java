package org.involveportal.training;

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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.content.TranslatedContent;

/** A training course, with its title and description in each language (English required); residents see it once published. */
@Entity
@Table(name = "course")
public class Course extends TranslatedContent<CourseText> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @Column(name = "published", nullable = false)
    private boolean published;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_text", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, CourseText> texts = new HashMap<>();

    protected Course() {
        // for JPA
    }

    public Course(String slug, CourseText english) {
        this.slug = slug;
        this.texts.put(ENGLISH, english);
    }

    @Override
    protected Map<String, CourseText> texts() {
        return texts;
    }

    public void setPublished(boolean shown) {
        this.published = shown;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isPublished() {
        return published;
    }
}
