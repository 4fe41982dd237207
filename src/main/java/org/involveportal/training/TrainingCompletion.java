package org.involveportal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.involveportal.platform.NotOnPublicPages;

/** A resident completed a course (once per course), at a session, as a member of staff recorded it. */
@Entity
@Table(name = "training_completion")
@NotOnPublicPages
public class TrainingCompletion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "recorded_by", nullable = false, length = 320)
    private String recordedBy;

    protected TrainingCompletion() {
        // for JPA
    }

    TrainingCompletion(long courseId, long residentId, Long sessionId, Instant completedAt, String recordedBy) {
        this.courseId = courseId;
        this.residentId = residentId;
        this.sessionId = sessionId;
        this.completedAt = completedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getResidentId() {
        return residentId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
