package org.involveportal.formats;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;

@Stateless
public class FormatRequestService {

    /** No 0/O, 1/I/L: a reference read out on the phone must not be misheard. */
    private static final char[] REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

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
        var reference = new StringBuilder("AF-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return reference.toString();
    }

    static boolean looksLikeReference(String value) {
        return value != null && value.matches("AF-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
    }
}
