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

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.council.welsh-language-standards", defaultValue = "false")
    boolean welshByDefault;

    /** Whether the Welsh Language Standards apply: Welsh must be complete to publish, and a question on effects on Welsh is added. */
    public boolean welshLanguageStandards() {
        java.util.List<?> stored = em.createNativeQuery("select value from portal_setting where name = ?")
                .setParameter(1, WELSH_LANGUAGE_STANDARDS)
                .getResultList();
        return stored.isEmpty() ? welshByDefault : Boolean.parseBoolean(String.valueOf(stored.get(0)));
    }

    public void setWelshLanguageStandards(boolean on) {
        em.createNativeQuery("insert into portal_setting (name, value) values (?, ?) on duplicate key update value = ?")
                .setParameter(1, WELSH_LANGUAGE_STANDARDS)
                .setParameter(2, String.valueOf(on))
                .setParameter(3, String.valueOf(on))
                .executeUpdate();
    }
}
