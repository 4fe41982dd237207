package org.involveportal.formats;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.involveportal.platform.References;

@Stateless
public class FormatRequestService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Keeps a valid request for staff and returns its reference, e.g. "AF-7KQ2-M9XD". */
    public String submit(FormatRequestForm form, String pageLanguage) {
        if (!form.validate().isEmpty()) {
            throw new IllegalArgumentException("A format request must be valid before it is kept");
        }
        var request = new FormatRequest(newReference(), clock.instant(), pageLanguage, form);
        em.persist(request);
        return request.getReference();
    }

    static String newReference() {
        return References.next("AF");
    }

    static boolean looksLikeReference(String value) {
        return References.looksLike("AF", value);
    }
}
