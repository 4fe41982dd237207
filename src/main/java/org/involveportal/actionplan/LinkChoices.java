package org.involveportal.actionplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.involveportal.consultation.Consultation;
import org.involveportal.forum.InvolvementGroup;

/** What an action may come from, for the staff forms: consultations, those with "You said, we did" out, and groups. */
@Named("actionLinkChoices")
@RequestScoped
public class LinkChoices {

    @PersistenceContext
    private EntityManager em;

    /** A choice: its id and English name. */
    public record Choice(long id, String label) {
    }

    private List<Choice> consultations;
    private List<Choice> feedback;
    private List<Choice> groups;

    public List<Choice> getConsultations() {
        if (consultations == null) {
            consultations = em.createQuery("select c from Consultation c order by c.id desc", Consultation.class).getResultList().stream()
                    .map(c -> new Choice(c.getId(), c.textIn("en").getTitle())).toList();
        }
        return consultations;
    }

    public List<Choice> getFeedback() {
        if (feedback == null) {
            feedback = em.createQuery("select c from Consultation c where c.feedbackPublishedAt is not null order by c.id desc",
                            Consultation.class).getResultList().stream()
                    .map(c -> new Choice(c.getId(), c.textIn("en").getTitle())).toList();
        }
        return feedback;
    }

    public List<Choice> getGroups() {
        if (groups == null) {
            groups = em.createQuery("select g from InvolvementGroup g order by g.id", InvolvementGroup.class).getResultList().stream()
                    .map(g -> new Choice(g.getId(), g.textIn("en").getName())).toList();
        }
        return groups;
    }

    /** Whether an id (or null) is one of the choices. */
    boolean knows(List<Choice> choices, Long id) {
        return id == null || choices.stream().anyMatch(c -> c.id() == id);
    }
}
