package org.involveportal.forum;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.content.TranslatedContent;

/** Finding groups for the directory and group pages, and residents asking to join them. */
@Stateless
public class GroupService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<InvolvementGroup> findAll() {
        return em.createQuery("select g from InvolvementGroup g order by g.slug", InvolvementGroup.class)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(g) from InvolvementGroup g", Long.class).getSingleResult();
    }

    public void add(InvolvementGroup group) {
        em.persist(group);
    }

    public Optional<InvolvementGroup> findBySlug(String slug) {
        return em.createQuery("select g from InvolvementGroup g where g.slug = :slug", InvolvementGroup.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** The listed groups matching every filter given (null for any), by English name. */
    public List<InvolvementGroup> directory(Topic topic, ClientGroup who, MeetingMode mode, String area) {
        return em.createQuery("select g from InvolvementGroup g where g.listed = true", InvolvementGroup.class)
                .getResultList().stream()
                .filter(g -> g.matches(topic, who, mode, area))
                .sorted(java.util.Comparator.comparing(g -> g.textIn(TranslatedContent.ENGLISH).getName()))
                .toList();
    }

    /** The areas groups meet in, for the directory's filter. */
    public List<String> areas() {
        return em.createQuery("select distinct g.area from InvolvementGroup g where g.listed = true and g.area is not null",
                String.class).getResultList().stream().filter(Objects::nonNull).sorted().toList();
    }

    /**
     * A resident asks to join a group: a member at once, or a request staff decide on where the group has
     * eligibility rules. Asking again after leaving or a refusal makes a new request; asking while a
     * member or waiting changes nothing.
     */
    public GroupMembership askToJoin(String groupSlug, long residentId) {
        var group = findBySlug(groupSlug).orElseThrow(() -> new ForumRuleViolation("group.rule.notFound"));
        Instant now = clock.instant();
        var existing = membershipOf(group.getId(), residentId);
        if (existing.isPresent()) {
            existing.get().askAgain(now);
            return existing.get();
        }
        var membership = GroupMembership.ask(group, residentId, now);
        em.persist(membership);
        return membership;
    }

    /** A resident leaves a group, or withdraws their request. */
    public void leave(String groupSlug, long residentId) {
        var group = findBySlug(groupSlug).orElseThrow(() -> new ForumRuleViolation("group.rule.notFound"));
        membershipOf(group.getId(), residentId).ifPresent(m -> m.leave(clock.instant()));
    }

    public Optional<GroupMembership> membershipOf(long groupId, long residentId) {
        return em.createQuery("select m from GroupMembership m where m.group.id = :g and m.residentId = :r", GroupMembership.class)
                .setParameter("g", groupId).setParameter("r", residentId).getResultStream().findFirst();
    }

    /** A group's memberships with a status, oldest request first. */
    public List<GroupMembership> memberships(long groupId, GroupMembership.Status status) {
        return em.createQuery("select m from GroupMembership m where m.group.id = :g and m.status = :s order by m.requestedAt, m.id",
                        GroupMembership.class)
                .setParameter("g", groupId).setParameter("s", status).getResultList();
    }

    /** How many memberships each group has in a status, for every group at once (groups with none are absent). */
    public Map<Long, Long> membershipCounts(GroupMembership.Status status) {
        var counts = new HashMap<Long, Long>();
        em.createQuery("select m.group.id, count(m) from GroupMembership m where m.status = :s group by m.group.id", Object[].class)
                .setParameter("s", status)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The groups a resident belongs to or has asked to join. */
    public List<GroupMembership> membershipsOf(long residentId) {
        return em.createQuery("select m from GroupMembership m where m.residentId = :r and m.status in :s order by m.requestedAt",
                        GroupMembership.class)
                .setParameter("r", residentId)
                .setParameter("s", List.of(GroupMembership.Status.MEMBER, GroupMembership.Status.REQUESTED))
                .getResultList();
    }

    public Instant now() {
        return clock.instant();
    }
}
