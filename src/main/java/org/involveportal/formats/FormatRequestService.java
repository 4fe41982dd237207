package org.involveportal.formats;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.people.EmailToken;
import org.involveportal.platform.References;

/**
 * Requests for another format, from the public form to the file sent: kept with a due date of ten working days,
 * acknowledged and told "it is sent" by email after commit (or by a letter or call staff record), handled by staff
 * through a queue. Every staff change is audited with the request's reference only, never the person's details.
 */
@Stateless
public class FormatRequestService {

    /** How long the emailed link to a produced file works, and how many times. */
    static final Duration LINK_LASTS = Duration.ofDays(28);
    static final int LINK_MOST_DOWNLOADS = 5;
    static final String SUBJECT = "format request";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private FormatFileStore store;

    @Inject
    private Event<FormatRequestEvents.Made> made;

    @Inject
    private Event<FormatRequestEvents.Sent> sent;

    /** Keeps a valid request for staff and returns its reference, e.g. "AF-7KQ2-M9XD". */
    public String submit(FormatRequestForm form, String pageLanguage) {
        return submit(form, pageLanguage, null);
    }

    /** As {@link #submit(FormatRequestForm, String)}, naming the account of the resident signed in, if any. */
    public String submit(FormatRequestForm form, String pageLanguage, Long residentId) {
        if (!form.validate().isEmpty()) {
            throw new IllegalArgumentException("A format request must be valid before it is kept");
        }
        var request = new FormatRequest(newReference(), clock.instant(), pageLanguage, form);
        request.belongsTo(residentId);
        em.persist(request);
        em.flush();
        made.fire(new FormatRequestEvents.Made(request.getId()));
        return request.getReference();
    }

    /** The queue: every request, or those in one status, the soonest due first. */
    public List<FormatRequest> queue(FormatRequest.Status status) {
        if (status == null) {
            return em.createQuery("select r from FormatRequest r order by r.dueOn, r.requestedAt, r.id", FormatRequest.class)
                    .getResultList();
        }
        return em.createQuery("select r from FormatRequest r where r.status = :s order by r.dueOn, r.requestedAt, r.id",
                FormatRequest.class).setParameter("s", status).getResultList();
    }

    public long count(FormatRequest.Status status) {
        return em.createQuery("select count(r) from FormatRequest r where r.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    /** Open requests (new or in progress) not yet past their due date: what staff have to answer. For the staff home. */
    public long countDue(Instant now) {
        return em.createQuery("select count(r) from FormatRequest r where r.status in :open and r.dueOn >= :today", Long.class)
                .setParameter("open", List.of(FormatRequest.Status.NEW, FormatRequest.Status.IN_PROGRESS))
                .setParameter("today", WorkingDays.today(now)).getSingleResult();
    }

    /** Open requests past their due date (London's date). For the staff home. */
    public long countOverdue(Instant now) {
        return em.createQuery("select count(r) from FormatRequest r where r.status in :open and r.dueOn < :today", Long.class)
                .setParameter("open", List.of(FormatRequest.Status.NEW, FormatRequest.Status.IN_PROGRESS))
                .setParameter("today", WorkingDays.today(now)).getSingleResult();
    }

    public Optional<FormatRequest> find(String reference) {
        if (!looksLikeReference(reference)) {
            return Optional.empty();
        }
        return em.createQuery("select r from FormatRequest r where r.reference = :ref", FormatRequest.class)
                .setParameter("ref", reference).getResultStream().findFirst();
    }

    /**
     * The staff member's name as the back office shows it, read here by its table rather than through the staff
     * package, so the staff home can count requests without a cycle between the two.
     */
    public String staffName(String email) {
        if (email == null) {
            return null;
        }
        List<?> names = em.createNativeQuery("select display_name from staff_account where email = ?")
                .setParameter(1, email).getResultList();
        return names.isEmpty() ? email : String.valueOf(names.get(0));
    }

    public void take(String reference, String staffEmail) {
        var request = locked(reference);
        request.take(staffEmail);
        audit.record(staffEmail, AuditAction.FORMAT_REQUEST_TAKEN, SUBJECT, reference, null);
    }

    public void changeStatus(String reference, FormatRequest.Status status, String reason, String staffEmail) {
        var request = locked(reference);
        request.changeStatus(status, reason);
        audit.record(staffEmail, AuditAction.FORMAT_REQUEST_STATUS_CHANGED, SUBJECT, reference, status.name());
    }

    /** The produced file, checked by its content; one per request, a new one replacing the one before. */
    public void attach(String reference, String fileName, long size, byte[] content, String staffEmail) {
        var request = locked(reference);
        var problem = FormatFileType.problemWith(fileName, size, content);
        if (problem.isPresent()) {
            throw new FormatRuleViolation(problem.get());
        }
        String name = fileName.replaceAll("[\\\\/]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String stored = UUID.randomUUID().toString();
        String before = request.attach(stored, name, FormatFileType.ofContent(content).orElseThrow(), size);
        em.flush(); // the row first: a file is never on disk without the row that says whose it is
        store.save(stored, content);
        if (before != null) {
            store.delete(before);
        }
        audit.record(staffEmail, AuditAction.FORMAT_FILE_ATTACHED, SUBJECT, reference, request.getFileType().name());
    }

    /** Marked sent; the person is told after commit (by email, with a private link to the file when there is one). */
    public void markSent(String reference, String staffEmail) {
        var request = locked(reference);
        var now = clock.instant();
        // someone signed in fetches the file from their account; anyone else by an unguessable link
        EmailToken token = request.getFileStoredName() == null || request.getResidentId() != null ? null : EmailToken.generate();
        request.markSent(now, token == null ? null : token.hash(), token == null ? null : now.plus(LINK_LASTS));
        audit.record(staffEmail, AuditAction.FORMAT_REQUEST_SENT, SUBJECT, reference, null);
        sent.fire(new FormatRequestEvents.Sent(request.getId(), token == null ? null : token.value()));
    }

    /** Staff posted the letter or made the call: the acknowledgement, or (once sent) the "it is sent" notice. */
    public void recordContacted(String reference, String staffEmail) {
        var request = locked(reference);
        if (request.getContactMethod() == FormatRequest.ContactMethod.EMAIL) {
            throw new FormatRuleViolation("formatQueue.error.closed");
        }
        var now = clock.instant();
        boolean notice = request.getStatus() == FormatRequest.Status.SENT;
        if (notice) {
            request.toldSent(now);
        } else {
            request.acknowledged(now);
        }
        audit.record(staffEmail, AuditAction.FORMAT_REQUEST_CONTACTED, SUBJECT, reference, notice ? "SENT" : "ACKNOWLEDGED");
    }

    /** The email went: recorded on the request (after the commit that made or sent it). */
    public void emailed(long requestId, boolean notice) {
        var request = em.find(FormatRequest.class, requestId);
        if (request != null) {
            if (notice) {
                request.toldSent(clock.instant());
            } else {
                request.acknowledged(clock.instant());
            }
        }
    }

    /** The request whose emailed link this is, while the link works; each fetch counts against its limit. */
    public Optional<FormatRequest> byLink(String token) {
        String hash = EmailToken.hashOf(token);
        if (hash == null) {
            return Optional.empty();
        }
        var found = em.createQuery("select r from FormatRequest r where r.downloadTokenHash = :h", FormatRequest.class)
                .setParameter("h", hash).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .filter(request -> request.linkWorksAt(clock.instant(), LINK_MOST_DOWNLOADS));
        found.ifPresent(FormatRequest::downloaded);
        return found;
    }

    /** The signed-in resident's own request once its file is sent; nobody else's. */
    public Optional<FormatRequest> ownFile(String reference, long residentId) {
        return find(reference).filter(request -> request.getResidentId() != null && request.getResidentId() == residentId)
                .filter(request -> request.getStatus() == FormatRequest.Status.SENT && request.getFileStoredName() != null);
    }

    public byte[] content(FormatRequest request) throws IOException {
        return store.read(request.getFileStoredName());
    }

    /** The requests a resident made while signed in, newest first. */
    public List<FormatRequest> ofResident(long residentId) {
        return em.createQuery("select r from FormatRequest r where r.residentId = :r order by r.requestedAt desc, r.id desc",
                FormatRequest.class).setParameter("r", residentId).getResultList();
    }

    /** Inside the account's deleting transaction: the requests and their files go. */
    public void removeResident(long residentId) {
        for (var request : ofResident(residentId)) {
            if (request.getFileStoredName() != null) {
                store.delete(request.getFileStoredName());
            }
            em.remove(request);
        }
    }

    private FormatRequest locked(String reference) {
        var request = find(reference).orElseThrow(() -> new FormatRuleViolation("formatQueue.error.notFound"));
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(request);
        return request;
    }

    static String newReference() {
        return References.next("AF");
    }

    static boolean looksLikeReference(String value) {
        return References.looksLike("AF", value);
    }
}
