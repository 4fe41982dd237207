package org.involveportal.consultation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

@Stateless
public class ConsultationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Consultations open now, closing soonest first. */
    public List<Consultation> findOpen() {
        var now = clock.instant();
        return em.createQuery("""
                        select c from Consultation c
                        where c.window.opensAt <= :now and c.window.closesAt > :now
                        order by c.window.closesAt, c.id""", Consultation.class)
                .setParameter("now", now)
                .getResultList();
    }

    public void add(Consultation consultation) {
        em.persist(consultation);
    }
}
