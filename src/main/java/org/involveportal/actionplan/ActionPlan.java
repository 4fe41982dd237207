package org.involveportal.actionplan;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.content.TranslatedContent;

/**
 * An action plan: its title and summary in each language written (English required), and whether residents see it.
 * Its themes and actions are written in the language of the document they come from (English), and marked so.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends TranslatedContent<ActionPlanText> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_plan_text", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, ActionPlanText> texts = new HashMap<>();

    protected ActionPlan() {
        // for JPA
    }

    public ActionPlan(String slug, ActionPlanText english, Instant now) {
        this.slug = slug;
        this.createdAt = now;
        this.texts.put(ENGLISH, english);
    }

    @Override
    protected Map<String, ActionPlanText> texts() {
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
