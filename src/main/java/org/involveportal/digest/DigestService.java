package org.involveportal.digest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.activity.Activity;
import org.involveportal.activity.ActivityService;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.content.Topic;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.joining.MessageRecipient;
import org.involveportal.people.Resident;
import org.involveportal.people.ResidentService;
import org.involveportal.platform.MailSender;

/**
 * "Keep me informed" digests: notes when consultations, groups and activities are first seen open, and makes
 * each resident's digest when {@link DigestRule} says it is due, under the resident's row lock so it is made
 * once: emailed in their correspondence language with a link that stops it, or put on the post list staff print.
 */
@Stateless
public class DigestService {

    /** How long a digest for post stays on the list staff print. */
    public static final Duration POST_LIST = Duration.ofDays(28);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConsultationService consultations;

    @Inject
    private GroupService groups;

    @Inject
    private ActivityService activities;

    @Inject
    private ResidentService residents;

    @Inject
    private MailSender mail;

    @Inject
    private MessageCatalog catalog;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** Everything open now with its topics and when first seen open; what is seen for the first time is noted now. */
    public List<DigestItem> openNow() {
        Instant now = clock.instant();
        Map<DigestSeen.Key, Instant> seen = new HashMap<>();
        for (var row : em.createQuery("select s from DigestSeen s", DigestSeen.class).getResultList()) {
            seen.put(new DigestSeen.Key(row.getKind(), row.getItemId()), row.getSeenAt());
        }
        var open = new ArrayList<DigestItem>();
        for (var consultation : consultations.findOpen()) {
            open.add(item(seen, DigestItem.Kind.CONSULTATION, consultation.getId(), consultation.getTopics(), now));
        }
        for (var group : groups.directory(null, null, null, null)) {
            open.add(item(seen, DigestItem.Kind.GROUP, group.getId(), group.getTopics(), now));
        }
        for (var activity : activities.upcoming(null, null, null)) {
            open.add(item(seen, DigestItem.Kind.ACTIVITY, activity.getId(), Set.of(activity.getTopic()), now));
        }
        return open;
    }

    private DigestItem item(Map<DigestSeen.Key, Instant> seen, DigestItem.Kind kind, long id, Set<Topic> topics, Instant now) {
        Instant at = seen.get(new DigestSeen.Key(kind, id));
        if (at == null) {
            em.persist(new DigestSeen(kind, id, now));
            at = now;
        }
        return new DigestItem(kind, id, topics, at);
    }

    /** The residents who may be due one: they want it, chose a topic and proved their email address. */
    public List<Long> subscribers() {
        return em.createQuery("select distinct r.id from Resident r join r.topics t where r.keepInformed = true"
                + " and r.verifiedAt is not null order by r.id", Long.class).getResultList();
    }

    /**
     * Makes the resident's digest if one is due, in its own transaction under the resident's row lock; returns
     * how it went ("EMAIL", "POST"), or null when none was due. An email that fails rolls the digest back, so
     * the next run tries again.
     */
    public String sendIfDue(long residentId, List<DigestItem> open) {
        var resident = em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        if (resident == null) {
            return null;
        }
        Instant now = clock.instant();
        var profile = resident.profile();
        var items = DigestRule.due(profile.keepInformed(), profile.topics(), lastSent(residentId), open, now);
        if (items.isEmpty()) {
            return null;
        }
        Language language = resident.correspondenceLanguage();
        var recipient = MessageRecipient.of(resident);
        String contents = contents(items, language);
        String way = recipient.isByEmail() ? "EMAIL" : "POST";
        em.persist(new DigestSent(residentId, now, way, language.tag(), items.size(), contents));
        em.flush();
        if (recipient.isByEmail()) {
            String stop = base() + language.pathPrefix() + "/account/stop-digest/" + residents.newStopDigestLink(residentId);
            try {
                mail.send(resident.getEmail(), catalog.format(language, false, "mail.digest.subject", Map.of("count", items.size())),
                        contents + "\n\n-- \n" + catalog.format(language, false, "mail.digest.footer",
                                Map.of("stop", stop, "profile", base() + language.pathPrefix() + "/account/profile")), language.tag());
            } catch (MessagingException e) {
                throw new IllegalStateException("The digest was not emailed", e); // rolls the digest back
            }
        }
        return way;
    }

    /** When the resident's last digest was made, or null when never. */
    public Instant lastSent(long residentId) {
        // the newest row, not max(): an aggregate's value does not pass through the Instant converter
        return em.createQuery("select d.sentAt from DigestSent d where d.residentId = :r order by d.sentAt desc", Instant.class)
                .setParameter("r", residentId).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
    }

    /** Digests for post made in the last four weeks, newest first, for the list staff print. */
    public List<DigestSent> postList() {
        return em.createQuery("select d from DigestSent d where d.way <> 'EMAIL' and d.sentAt > :since order by d.sentAt desc, d.id desc",
                DigestSent.class).setParameter("since", clock.instant().minus(POST_LIST)).getResultList();
    }

    /** The digest in words: a line saying what it is, then each thing with what it is and where to find it. */
    String contents(List<DigestItem> items, Language language) {
        var text = new StringBuilder(catalog.format(language, false, "mail.digest.intro", Map.of("count", items.size())));
        for (var item : items) {
            String path;
            String title;
            switch (item.kind()) {
                case CONSULTATION -> {
                    var consultation = em.find(Consultation.class, item.id());
                    path = "/consultations/" + consultation.getSlug();
                    title = consultation.textIn(language.tag()).getTitle();
                }
                case GROUP -> {
                    var group = em.find(InvolvementGroup.class, item.id());
                    path = "/groups/" + group.getSlug();
                    title = group.textIn(language.tag()).getName();
                }
                default -> {
                    var activity = em.find(Activity.class, item.id());
                    path = "/activities/" + activity.getSlug();
                    title = activity.textIn(language.tag()).getTitle();
                }
            }
            text.append("\n\n* ").append(catalog.format(language, "digest.kind." + item.kind().name())).append(": ").append(title)
                    .append("\n  ").append(base()).append(language.pathPrefix()).append(path);
        }
        return text.toString();
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }
}
