package org.involveportal.activity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.content.TranslatedContent;
import org.involveportal.forum.Support;

/**
 * A one-off involvement opportunity: its kind and rung of the ladder, what it is about and who it is for, when and
 * where, the support offered, how many places and whether it is paid, with its words in each language (English
 * required). Residents see it once published, and may say they are interested until it starts.
 */
@Entity
@Table(name = "activity")
public class Activity extends TranslatedContent<ActivityText> {

    /** The most places one activity offers: a panel or a workshop, not an event for the public. */
    public static final int MOST_PLACES = 500;
    /** The outcome is one sentence. */
    public static final int OUTCOME_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private ActivityKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "ladder", nullable = false, length = 20)
    private LadderLevel ladder;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 40)
    private Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "client_group", nullable = false, length = 40)
    private ClientGroup clientGroup;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "paid", nullable = false)
    private boolean paid;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "outcome", length = OUTCOME_MAX)
    private String outcome;

    /** The training course people need to have done first, or null. */
    @Column(name = "requires_course_id")
    private Long requiresCourseId;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_text", joinColumns = @JoinColumn(name = "activity_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, ActivityText> texts = new HashMap<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_support", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "support", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Support> support = EnumSet.noneOf(Support.class);

    protected Activity() {
        // for JPA
    }

    public Activity(String slug, ActivityText english) {
        this.slug = slug;
        this.texts.put(ENGLISH, english);
    }

    @Override
    protected Map<String, ActivityText> texts() {
        return texts;
    }

    /** What it is, for whom and on what terms. */
    public Activity describe(ActivityKind newKind, LadderLevel newLadder, Topic newTopic, ClientGroup who, boolean isPaid) {
        if (newKind == null || newLadder == null || newTopic == null || who == null) {
            throw new IllegalArgumentException("An activity needs its kind, ladder level, topic and who it is for");
        }
        this.kind = newKind;
        this.ladder = newLadder;
        this.topic = newTopic;
        this.clientGroup = who;
        this.paid = isPaid;
        return this;
    }

    /** When it happens and how many can take part: it ends after it starts, and has between 1 and 500 places. */
    public Activity schedule(Instant starts, Instant ends, int newPlaces) {
        if (starts == null || ends == null || !ends.isAfter(starts)) {
            throw new IllegalArgumentException("An activity ends after it starts");
        }
        if (newPlaces < 1 || newPlaces > MOST_PLACES) {
            throw new IllegalArgumentException("An activity has between 1 and " + MOST_PLACES + " places, not " + newPlaces);
        }
        this.startsAt = starts;
        this.endsAt = ends;
        this.places = newPlaces;
        return this;
    }

    public Activity offer(Set<Support> offered) {
        support.clear();
        support.addAll(offered);
        return this;
    }

    /** Shown to residents (or taken down: interest already expressed is kept). */
    public void setPublished(boolean shown) {
        this.published = shown;
    }

    /** Residents may say they are interested while it is published and has not started. */
    public boolean interestOpenAt(Instant now) {
        return published && now.isBefore(startsAt);
    }

    /**
     * The places not yet matched by someone interested. Interest is not a booking: more people may be interested
     * than there are places, and staff choose who takes part.
     */
    public int placesLeftAfter(long interested) {
        return (int) Math.max(0, places - interested);
    }

    /** Staff may choose another person while fewer than the places are chosen. */
    public boolean mayChooseAnother(long chosen) {
        return chosen < places;
    }

    /** Who came, and what it led to, are known once it has started. */
    public boolean hasStartedAt(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** What the activity led to, in a sentence, once it has started (blank clears it). */
    public void recordOutcome(String sentence, Instant now) {
        if (!hasStartedAt(now)) {
            throw new ActivityRuleViolation("activity.rule.notStarted");
        }
        if (sentence != null && sentence.strip().length() > OUTCOME_MAX) {
            throw new ActivityRuleViolation("activityPeople.error.outcomeTooLong");
        }
        this.outcome = sentence == null || sentence.isBlank() ? null : sentence.strip();
    }

    /** Asks that people have done a course first (null for none); people without it may still say they are interested. */
    public void requireCourse(Long courseId) {
        this.requiresCourseId = courseId;
    }

    /**
     * Whether someone who completed these courses (by id) still lacks the course this activity asks for: the activity
     * page then says the course is needed, and staff choosing people see who has not done it.
     */
    public boolean courseMissingFor(Set<Long> completedCourseIds) {
        return requiresCourseId != null && !completedCourseIds.contains(requiresCourseId);
    }

    public Long getRequiresCourseId() {
        return requiresCourseId;
    }

    /** Whether the activity suits a list's filters (null for any): a kind, a topic, and who it is for (everyone suits anyone). */
    public boolean matches(ActivityKind wantedKind, Topic wantedTopic, ClientGroup who) {
        return (wantedKind == null || kind == wantedKind)
                && (wantedTopic == null || topic == wantedTopic)
                && (who == null || clientGroup == who || clientGroup == ClientGroup.EVERYONE);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LadderLevel getLadder() {
        return ladder;
    }

    public Topic getTopic() {
        return topic;
    }

    public ClientGroup getClientGroup() {
        return clientGroup;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getPlaces() {
        return places;
    }

    public boolean isPaid() {
        return paid;
    }

    public boolean isPublished() {
        return published;
    }

    public String getOutcome() {
        return outcome;
    }

    public Set<Support> getSupport() {
        return Set.copyOf(support);
    }
}
