package org.involveportal.forum;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@Stateless
public class GroupService {

    @PersistenceContext
    private EntityManager em;

    public List<InvolvementGroup> findAll() {
        return em.createQuery("select g from InvolvementGroup g order by g.slug", InvolvementGroup.class)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(g) from InvolvementGroup g", Long.class).getSingleResult();
    }

    public void add(InvolvementGroup group) {
        em.persist(group);
    }
}
