package org.involveportal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.involveportal.web.cache.PublicPageDeadlines;

/** The next instant a meeting starts or ends: a group's page moves it from coming up to past with no write. */
@ApplicationScoped
public class MeetingDeadlines implements PublicPageDeadlines {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Instant> nextAfter(Instant now) {
        return Stream.of(first("m.startsAt", now), first("m.endsAt", now)).flatMap(Optional::stream).min(Instant::compareTo);
    }

    /** The earliest value of the attribute after now (min() would skip the attribute's converter). */
    private Optional<Instant> first(String attribute, Instant now) {
        return em.createQuery("select " + attribute + " from Meeting m where " + attribute + " > :now order by " + attribute,
                Instant.class).setParameter("now", now).setMaxResults(1).getResultStream().findFirst();
    }
}
