package org.involveportal.glossary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reading the glossary: every term with its words in every language (one query, texts batch-fetched). */
@Stateless
public class GlossaryService {

    @PersistenceContext
    private EntityManager em;

    public List<GlossaryTerm> all() {
        return em.createQuery("select t from GlossaryTerm t order by t.slug", GlossaryTerm.class).getResultList();
    }

    public Optional<GlossaryTerm> find(String slug) {
        return em.createQuery("select t from GlossaryTerm t where t.slug = :slug", GlossaryTerm.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }
}
