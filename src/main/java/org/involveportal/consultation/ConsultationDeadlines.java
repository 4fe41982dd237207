package org.involveportal.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.involveportal.web.cache.PublicPageDeadlines;

/**
 * The next instant a consultation opens or closes: at each, its status, whether it takes answers and
 * what the lists show change with no write. Every consultation counts, published or not: one more
 * expiry of the cached pages costs less than a wrong page.
 */
@ApplicationScoped
public class ConsultationDeadlines implements PublicPageDeadlines {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Instant> nextAfter(Instant now) {
        return Stream.of(first("c.window.opensAt", now), first("c.window.closesAt", now)).flatMap(Optional::stream).min(Instant::compareTo);
    }

    /** The earliest value of the attribute after now (min() would skip the attribute's converter). */
    private Optional<Instant> first(String attribute, Instant now) {
        return em.createQuery("select " + attribute + " from Consultation c where " + attribute + " > :now order by " + attribute,
                Instant.class).setParameter("now", now).setMaxResults(1).getResultStream().findFirst();
    }
}
