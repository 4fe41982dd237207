package org.involveportal.forum;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;

/** Staff writing groups and deciding on requests to join. Every change is in the audit trail. */
@Stateless
public class GroupEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private jakarta.enterprise.event.Event<MembershipDecided> decided;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    public InvolvementGroup create(GroupForm form, String actor) {
        var group = new InvolvementGroup(uniqueSlug(form.slugBase()), form.textFor("en"));
        form.applyTo(group);
        em.persist(group);
        em.flush();
        audit.record(actor, AuditAction.GROUP_CREATED, "group", group.getSlug(), null);
        return group;
    }

    public void update(String slug, GroupForm form, String actor) {
        var group = find(slug);
        form.applyTo(group);
        audit.record(actor, AuditAction.GROUP_EDITED, "group", slug, null);
    }

    /** Approves or refuses a request to join; only a pending request can be decided. */
    public void decide(long membershipId, boolean approve, String actor) {
        var membership = em.find(GroupMembership.class, membershipId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (membership == null) {
            throw new ForumRuleViolation("membership.rule.notRequested");
        }
        if (approve) {
            membership.approve(actor, clock.instant());
        } else {
            membership.refuse(actor, clock.instant());
        }
        audit.record(actor, AuditAction.MEMBERSHIP_DECIDED, "group", membership.getGroup().getSlug(),
                "resident " + membership.getResidentId() + (approve ? " approved" : " refused"));
        decided.fire(new MembershipDecided(membership.getId(), membership.getResidentId(), approve));
    }

    public InvolvementGroup find(String slug) {
        return em.createQuery("select g from InvolvementGroup g where g.slug = :slug", InvolvementGroup.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new ForumRuleViolation("group.rule.notFound"));
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; em.createQuery("select count(g) from InvolvementGroup g where g.slug = :s", Long.class)
                .setParameter("s", slug).getSingleResult() > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
