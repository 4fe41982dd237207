package org.involveportal.forum;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.involveportal.partner.PartnerOrganisation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.content.TranslatedContent;

/**
 * One meeting of a group: when, where (a venue, an online link or both), how many places, and the
 * support available. The rules of places live here: residents get a place while there are places and
 * nobody is waiting, otherwise they join the end of the waiting list; a place given up goes to the
 * first person waiting. The service holds a row lock on the meeting while these rules run, so two
 * changes at once see each other's results.
 */
@Entity
@Cacheable(false)
@Table(name = "meeting")
public class Meeting extends TranslatedContent<MeetingText> {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private InvolvementGroup group;

    /** The partner organisation running it with the council, if one is named. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "partner_id")
    private PartnerOrganisation partner;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "venue", length = 500)
    private String venue;

    @Column(name = "online_link", length = 1000)
    private String onlineLink;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_text", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, MeetingText> texts = new HashMap<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_support", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "support", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Support> support = EnumSet.noneOf(Support.class);

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_minutes", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, MeetingMinutes> minutes = new HashMap<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private List<MeetingRegistration> registrations = new ArrayList<>();

    protected Meeting() {
        // for JPA
    }

    @Override
    protected Map<String, MeetingText> texts() {
        return texts;
    }

    public Meeting(InvolvementGroup group, MeetingText english, Instant startsAt, Instant endsAt, String venue,
                   String onlineLink, int capacity) {
        this.group = group;
        this.texts.put(ENGLISH, english);
        reschedule(startsAt, endsAt, venue, onlineLink);
        this.capacity = checkedCapacity(capacity);
    }

    /** Sets when and where; the end comes after the start, and there is a venue, an https link, or both. */
    public final void reschedule(Instant starts, Instant ends, String newVenue, String link) {
        if (starts == null || ends == null || !ends.isAfter(starts)) {
            throw new ForumRuleViolation("meeting.rule.endAfterStart");
        }
        String v = newVenue == null || newVenue.isBlank() ? null : newVenue.trim();
        String l = link == null || link.isBlank() ? null : link.trim();
        if (v == null && l == null) {
            throw new ForumRuleViolation("meeting.rule.placeNeeded");
        }
        if (l != null && !l.startsWith("https://")) {
            throw new ForumRuleViolation("meeting.rule.linkHttps");
        }
        this.startsAt = starts;
        this.endsAt = ends;
        this.venue = v;
        this.onlineLink = l;
    }

    private static int checkedCapacity(int places) {
        if (places < 1 || places > 10_000) {
            throw new ForumRuleViolation("meeting.rule.capacity");
        }
        return places;
    }

    /**
     * Changes the number of places: never below the places already given; more places go to the people
     * waiting, in order. Returns those promoted.
     */
    public List<MeetingRegistration> changeCapacity(int places, Instant now) {
        int checked = checkedCapacity(places);
        if (checked < placesTaken()) {
            throw new ForumRuleViolation("meeting.rule.capacityBelowTaken");
        }
        this.capacity = checked;
        return promoteWhilePlaces(now);
    }

    /**
     * A resident registers, telling us their access needs. They get a place while there is one and
     * nobody is waiting, otherwise they join the end of the waiting list. Registering again updates the
     * needs; after cancelling it starts afresh.
     */
    public MeetingRegistration register(long residentId, Set<Support> supportNeeded, String accessNeeds, Instant now) {
        if (!now.isBefore(startsAt)) {
            throw new ForumRuleViolation("meeting.rule.started");
        }
        var existing = registrationOf(residentId);
        if (existing.isPresent() && existing.get().isActive()) {
            existing.get().setNeeds(supportNeeded, accessNeeds);
            return existing.get();
        }
        var registration = existing.orElseGet(() -> {
            var added = new MeetingRegistration(this, residentId, supportNeeded, accessNeeds, now);
            registrations.add(added);
            return added;
        });
        registration.setNeeds(supportNeeded, accessNeeds);
        if (getPlacesLeft() > 0 && waitingList().isEmpty()) {
            registration.place(now);
        } else {
            registration.waitlist(nextWaitlistPosition(), now);
        }
        return registration;
    }

    /**
     * A resident gives up their place (or leaves the waiting list). A place given up before the meeting
     * goes to the first person waiting; returns them, to be told.
     */
    public Optional<MeetingRegistration> cancel(long residentId, Instant now) {
        var registration = registrationOf(residentId).filter(MeetingRegistration::isActive)
                .orElseThrow(() -> new ForumRuleViolation("meeting.rule.notRegistered"));
        if (registration.getStatus() == MeetingRegistration.Status.ATTENDED) {
            throw new ForumRuleViolation("meeting.rule.attended");
        }
        boolean heldPlace = registration.holdsPlace();
        registration.cancel(now);
        if (!heldPlace || !now.isBefore(startsAt)) {
            return Optional.empty();
        }
        var promoted = promoteWhilePlaces(now);
        return promoted.isEmpty() ? Optional.empty() : Optional.of(promoted.get(0));
    }

    private List<MeetingRegistration> promoteWhilePlaces(Instant now) {
        var promoted = new ArrayList<MeetingRegistration>();
        if (!now.isBefore(startsAt)) {
            return promoted;
        }
        var waiting = new ArrayList<>(waitingList());
        while (getPlacesLeft() > 0 && !waiting.isEmpty()) {
            var first = waiting.remove(0);
            first.place(now);
            promoted.add(first);
        }
        return promoted;
    }

    /** Staff record who came (or undo it); only once the meeting has started, for people with a place. */
    public void markAttendance(long residentId, boolean came, Instant now) {
        if (now.isBefore(startsAt)) {
            throw new ForumRuleViolation("meeting.rule.notStarted");
        }
        var registration = registrationOf(residentId).filter(MeetingRegistration::holdsPlace)
                .orElseThrow(() -> new ForumRuleViolation("meeting.rule.notRegistered"));
        registration.attended(came, now);
    }

    /** Publishes (or replaces) the minutes in one language, once the meeting has started. */
    public void publishMinutes(String language, String html, String easyReadHtml, Instant now) {
        if (now.isBefore(startsAt)) {
            throw new ForumRuleViolation("meeting.rule.notStarted");
        }
        if (html == null || html.isBlank()) {
            throw new ForumRuleViolation("meeting.rule.minutesEmpty");
        }
        minutes.put(language, new MeetingMinutes(html, easyReadHtml, now));
    }

    public void withdrawMinutes(String language) {
        minutes.remove(language);
    }

    /** The waiting list, first in line first. */
    public List<MeetingRegistration> waitingList() {
        return registrations.stream()
                .filter(r -> r.getStatus() == MeetingRegistration.Status.WAITLISTED)
                .sorted(Comparator.comparing(MeetingRegistration::getWaitlistPosition))
                .toList();
    }

    /** Where someone waiting is in the line, counting from 1; 0 when not waiting. */
    public int placeInLine(long residentId) {
        var waiting = waitingList();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).getResidentId() == residentId) {
                return i + 1;
            }
        }
        return 0;
    }

    private int nextWaitlistPosition() {
        return registrations.stream().map(MeetingRegistration::getWaitlistPosition)
                .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    public Optional<MeetingRegistration> registrationOf(long residentId) {
        return registrations.stream().filter(r -> r.getResidentId() == residentId).findFirst();
    }

    public int placesTaken() {
        return (int) registrations.stream().filter(MeetingRegistration::holdsPlace).count();
    }

    public int getPlacesLeft() {
        return Math.max(0, capacity - placesTaken());
    }

    public boolean isFull() {
        return getPlacesLeft() == 0;
    }

    /** What staff plan for: places taken and waiting, and how many of those with a place asked for each support. */
    public AccessSummary accessSummary() {
        var counts = new EnumMap<Support, Integer>(Support.class);
        for (var s : Support.values()) {
            counts.put(s, 0);
        }
        int withNeeds = 0;
        for (var r : registrations) {
            if (r.holdsPlace()) {
                r.getSupportNeeded().forEach(s -> counts.merge(s, 1, Integer::sum));
                if (r.getAccessNeeds() != null) {
                    withNeeds++;
                }
            }
        }
        return new AccessSummary(placesTaken(), waitingList().size(), counts, withNeeds);
    }

    /** Counts for planning a meeting. */
    public record AccessSummary(int registered, int waiting, Map<Support, Integer> bySupport, int withOtherNeeds) {
        public int count(Support support) {
            return bySupport.getOrDefault(support, 0);
        }

        /** The supports at least one person asked for, in the order of {@link Support}. */
        public List<Support> getAsked() {
            return bySupport.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        }
    }






    public void replaceSupport(Set<Support> offered) {
        support.clear();
        support.addAll(offered);
    }

    /** Minutes in a language, or in English where that language has none; null when none are published. */
    public MeetingMinutes minutesIn(String language) {
        return minutes.getOrDefault(language, minutes.get(ENGLISH));
    }

    public String minutesLanguage(String language) {
        return minutes.containsKey(language) ? language : ENGLISH;
    }

    public MeetingMinutes minutesWrittenIn(String language) {
        return minutes.get(language);
    }

    public boolean hasMinutes() {
        return !minutes.isEmpty();
    }

    /** Marks the reminder sent; false if it was sent before (so it is sent once). */
    public boolean markReminderSent(Instant now) {
        if (reminderSentAt != null) {
            return false;
        }
        reminderSentAt = now;
        return true;
    }

    public List<MeetingRegistration> getRegistrations() {
        return List.copyOf(registrations);
    }

    public Long getId() {
        return id;
    }

    public InvolvementGroup getGroup() {
        return group;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public Set<Support> getSupport() {
        return Set.copyOf(support);
    }

    public PartnerOrganisation getPartner() {
        return partner;
    }

    /** Names the partner running it (null: none). */
    public void namePartner(PartnerOrganisation runBy) {
        this.partner = runBy;
    }
}
