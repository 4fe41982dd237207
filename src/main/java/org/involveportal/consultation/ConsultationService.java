package org.involveportal.consultation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.content.TranslatedContent;

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
                        where c.publishedAt is not null and c.withdrawnAt is null and c.window.opensAt <= :now and c.window.closesAt > :now
                        order by c.window.closesAt, c.id""", Consultation.class)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * The public list: open ones closing soonest first, then forthcoming ones opening soonest first,
     * then closed ones most recently closed first; optionally only those on a topic or for a group.
     */
    public List<Consultation> findForList(Topic topic, ClientGroup clientGroup) {
        // A council runs tens of consultations, not thousands: filtering here keeps the query plain.
        // Withdrawn ones leave the list; their own pages stay and say why.
        Instant now = clock.instant();
        return em.createQuery("select c from Consultation c where c.publishedAt is not null and c.withdrawnAt is null", Consultation.class)
                .getResultList().stream()
                .filter(c -> topic == null || c.getTopics().contains(topic))
                .filter(c -> clientGroup == null || c.getClientGroups().contains(clientGroup))
                .sorted(listOrder(now))
                .toList();
    }

    static Comparator<Consultation> listOrder(Instant now) {
        return Comparator.<Consultation>comparingInt(c -> switch (c.statusAt(now)) {
                    case OPEN -> 0;
                    case FORTHCOMING -> 1;
                    case CLOSED, FEEDBACK_PUBLISHED -> 2;
                    case DRAFT, WITHDRAWN -> 3;
                })
                .thenComparing(c -> switch (c.statusAt(now)) {
                    case OPEN -> c.getWindow().closesAt();
                    case FORTHCOMING, DRAFT -> c.getWindow().opensAt();
                    case CLOSED, FEEDBACK_PUBLISHED, WITHDRAWN -> Instant.MAX.minusSeconds(c.getWindow().closesAt().getEpochSecond());
                });
    }

    /** Published consultations (not withdrawn) whose window touches [from, to): those a new one may compete with. */
    public List<Consultation> publishedDuring(Instant from, Instant to) {
        return em.createQuery("""
                        select c from Consultation c where c.publishedAt is not null and c.withdrawnAt is null
                        and c.window.opensAt < :to and c.window.closesAt > :from""", Consultation.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** A published consultation, for the public pages. */
    public Optional<Consultation> findBySlug(String slug) {
        // Only read, to be shown or to start answering: the shared instance, not a copy made for this
        // transaction (copying the whole consultation made every visitor wait on the others' copies).
        return bySlug(slug, true).filter(Consultation::isPublished);
    }

    /** A consultation whether published or not, for the staff pages. */
    public Optional<Consultation> findAnyBySlug(String slug) {
        return bySlug(slug, false);
    }

    private Optional<Consultation> bySlug(String slug, boolean onlyRead) {
        return em.createQuery("select c from Consultation c where c.slug = :slug", Consultation.class)
                .setParameter("slug", slug)
                .setHint(QueryHints.READ_ONLY, onlyRead)
                .getResultStream()
                .findFirst()
                .map(c -> {
                    // the page shows both; load them inside the transaction
                    c.easyReadIn(TranslatedContent.ENGLISH);
                    c.documentsFor(TranslatedContent.ENGLISH);
                    return c;
                });
    }

    /** Every consultation, drafts too, newest window first: the staff list. */
    public List<Consultation> findAllForStaff() {
        return em.createQuery("select c from Consultation c order by c.window.opensAt desc, c.id desc", Consultation.class)
                .getResultList();
    }

    public Instant now() {
        return clock.instant();
    }

    public void add(Consultation consultation) {
        em.persist(consultation);
    }
}
