package org.involveportal.partner;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;

/**
 * Partner organisations: the list (by name), one by its address name or id, and admins adding and changing them. Each
 * change is in the audit trail, and its commit clears the public pages kept, like any public content.
 */
@Stateless
public class PartnerService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public List<PartnerOrganisation> all() {
        return em.createQuery("select p from PartnerOrganisation p order by p.name, p.id", PartnerOrganisation.class).getResultList();
    }

    public Optional<PartnerOrganisation> findBySlug(String slug) {
        return em.createQuery("select p from PartnerOrganisation p where p.slug = :slug", PartnerOrganisation.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<PartnerOrganisation> find(long id) {
        return Optional.ofNullable(em.find(PartnerOrganisation.class, id));
    }

    /** Adds a partner whose details have no {@link PartnerOrganisation#problems problems}. */
    public PartnerOrganisation add(String name, String email, String phone, String website, String actor) {
        var partner = new PartnerOrganisation(uniqueSlug(slugBase(name)), name.strip(), clock.instant());
        partner.describe(name, email, phone, website);
        em.persist(partner);
        em.flush();
        audit.record(actor, AuditAction.PARTNER_ADDED, "partner", partner.getSlug(), partner.getName());
        return partner;
    }

    public void change(String slug, String name, String email, String phone, String website, String actor) {
        var partner = findBySlug(slug).orElseThrow();
        partner.describe(name, email, phone, website);
        audit.record(actor, AuditAction.PARTNER_CHANGED, "partner", slug, partner.getName());
    }

    /** Keeps a new logo (already checked by {@link LogoType}), in place of any earlier one. */
    public void replaceLogo(String slug, String storedName, LogoType type, String actor) {
        var partner = findBySlug(slug).orElseThrow();
        partner.replaceLogo(storedName, type.contentType());
        audit.record(actor, AuditAction.PARTNER_CHANGED, "partner", slug, "logo");
    }

    /** The part of an address made from a name: lower-case letters and digits joined by hyphens. */
    static String slugBase(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > 100) {
            plain = plain.substring(0, 100).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "partner" : plain;
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
