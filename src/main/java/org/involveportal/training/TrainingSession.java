package org.involveportal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One sitting of a course: when, where and its access, and how many places. Residents book a place while the course
 * is published and the session has not started, never more than the places; staff record who completed the course
 * once it has started.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    /** The most places one session offers: a training room, not a conference. */
    public static final int MOST_PLACES = 200;
    public static final int VENUE_MAX = 500;
    public static final int ACCESS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "venue", nullable = false, length = VENUE_MAX)
    private String venue;

    @Column(name = "access", length = ACCESS_MAX)
    private String access;

    protected TrainingSession() {
        // for JPA
    }

    public TrainingSession(Course course) {
        this.course = course;
    }

    /** When it happens and how many can come: it ends after it starts, and has between 1 and 200 places. */
    public TrainingSession schedule(Instant starts, Instant ends, int newPlaces) {
        if (starts == null || ends == null || !ends.isAfter(starts)) {
            throw new IllegalArgumentException("A session ends after it starts");
        }
        if (newPlaces < 1 || newPlaces > MOST_PLACES) {
            throw new IllegalArgumentException("A session has between 1 and " + MOST_PLACES + " places, not " + newPlaces);
        }
        this.startsAt = starts;
        this.endsAt = ends;
        this.places = newPlaces;
        return this;
    }

    /** Where it is (required) and its access (optional). */
    public TrainingSession at(String newVenue, String newAccess) {
        if (newVenue == null || newVenue.isBlank()) {
            throw new IllegalArgumentException("A session has a place");
        }
        this.venue = newVenue.strip();
        this.access = newAccess == null || newAccess.isBlank() ? null : newAccess.strip();
        return this;
    }

    /** Residents may book while the course is published and the session has not started. */
    public boolean bookingOpenAt(Instant now) {
        return course.isPublished() && now.isBefore(startsAt);
    }

    /** The places not yet booked. */
    public int placesLeftAfter(long booked) {
        return (int) Math.max(0, places - booked);
    }

    /** Every place is booked: the session says so and takes no more. */
    public boolean isFullWith(long booked) {
        return booked >= places;
    }

    /**
     * Whether one more resident may book now, with this many booked already: refused (with the reason's key) once
     * it has started or been taken down, and when full.
     */
    public void checkMayBook(long booked, Instant now) {
        if (!bookingOpenAt(now)) {
            throw new TrainingRuleViolation("training.rule.closed");
        }
        if (isFullWith(booked)) {
            throw new TrainingRuleViolation("training.rule.full");
        }
    }

    /** A place may be given back until the session starts. */
    public boolean mayCancelAt(Instant now) {
        return now.isBefore(startsAt);
    }

    /** Who completed the course is known once the session has started. */
    public boolean hasStartedAt(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** How long it lasts, for the hours on a resident's history. */
    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
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

    public String getVenue() {
        return venue;
    }

    public String getAccess() {
        return access;
    }
}
