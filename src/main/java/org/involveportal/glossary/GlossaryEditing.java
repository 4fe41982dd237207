package org.involveportal.glossary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;

/**
 * Staff keeping the glossary: adding, changing and removing terms. Every change is in the audit trail, and
 * its commit clears the public pages kept (as for any public content), so links and the glossary page follow.
 */
@Stateless
public class GlossaryEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private GlossaryService glossary;

    @Inject
    private AuditTrail audit;

    public GlossaryTerm add(GlossaryForm form, String actor) {
        var term = new GlossaryTerm(uniqueSlug(form.slugBase()), form.textFor(GlossaryTerm.ENGLISH));
        form.applyTo(term);
        em.persist(term);
        em.flush();
        audit.record(actor, AuditAction.GLOSSARY_TERM_ADDED, "glossary", term.getSlug(), form.textFor(GlossaryTerm.ENGLISH).getWord());
        return term;
    }

    public void update(String slug, GlossaryForm form, String actor) {
        var term = find(slug);
        form.applyTo(term);
        audit.record(actor, AuditAction.GLOSSARY_TERM_EDITED, "glossary", slug, null);
    }

    public void remove(String slug, String actor) {
        var term = find(slug);
        String word = term.textIn(GlossaryTerm.ENGLISH).getWord();
        em.remove(term);
        audit.record(actor, AuditAction.GLOSSARY_TERM_REMOVED, "glossary", slug, word);
    }

    private GlossaryTerm find(String slug) {
        return glossary.find(slug).orElseThrow(() -> new IllegalArgumentException("No glossary term " + slug));
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; glossary.find(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
