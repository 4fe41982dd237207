package org.involveportal.platform;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings admins change on the staff screens, kept in the database. Until an admin changes one, its
 * value comes from configuration, e.g. {@code PORTAL_COUNCIL_WELSH_LANGUAGE_STANDARDS=true} for a
 * council in Wales.
 */
@Stateless
public class PortalSettings {

    static final String WELSH_LANGUAGE_STANDARDS = "welsh-language-standards";
    static final String OVERLAP_THRESHOLD = "consultation-overlap-threshold";
    /** The most consultations for the same people in the same weeks a threshold may allow. */
    public static final int OVERLAP_THRESHOLD_MAX = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.council.welsh-language-standards", defaultValue = "false")
    boolean welshByDefault;

    @Inject
    @ConfigProperty(name = "portal.council.consultation-overlap-threshold", defaultValue = "2")
    int overlapByDefault;

    /** Whether the Welsh Language Standards apply: Welsh must be complete to publish, and a question on effects on Welsh is added. */
    public boolean welshLanguageStandards() {
        java.util.List<?> stored = em.createNativeQuery("select value from portal_setting where name = ?")
                .setParameter(1, WELSH_LANGUAGE_STANDARDS)
                .getResultList();
        return stored.isEmpty() ? welshByDefault : Boolean.parseBoolean(String.valueOf(stored.get(0)));
    }

    /**
     * How many consultations for the same people may run in the same weeks before staff scheduling one more are warned
     * (warned when there would be more than this).
     */
    public int consultationOverlapThreshold() {
        java.util.List<?> stored = em.createNativeQuery("select value from portal_setting where name = ?")
                .setParameter(1, OVERLAP_THRESHOLD)
                .getResultList();
        if (stored.isEmpty()) {
            return overlapByDefault;
        }
        try {
            return Integer.parseInt(String.valueOf(stored.get(0)));
        } catch (NumberFormatException e) {
            return overlapByDefault;
        }
    }

    public void setConsultationOverlapThreshold(int threshold) {
        if (threshold < 1 || threshold > OVERLAP_THRESHOLD_MAX) {
            throw new IllegalArgumentException("Overlap threshold out of range: " + threshold);
        }
        em.createNativeQuery("insert into portal_setting (name, value) values (?, ?) on duplicate key update value = ?")
                .setParameter(1, OVERLAP_THRESHOLD)
                .setParameter(2, String.valueOf(threshold))
                .setParameter(3, String.valueOf(threshold))
                .executeUpdate();
    }

    public void setWelshLanguageStandards(boolean on) {
        em.createNativeQuery("insert into portal_setting (name, value) values (?, ?) on duplicate key update value = ?")
                .setParameter(1, WELSH_LANGUAGE_STANDARDS)
                .setParameter(2, String.valueOf(on))
                .setParameter(3, String.valueOf(on))
                .executeUpdate();
    }
}
