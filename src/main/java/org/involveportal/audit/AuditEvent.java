package org.involveportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.NotOnPublicPages;

/**
 * One line of the audit trail: who did what to which thing, and when. Written once and never changed, so
 * it has no setters. It names things by type and id (a consultation's id, an account's email) and never
 * holds what residents answered or their equality data: {@code detail} is for facts such as "closing
 * moved to 2027-04-30" or "roles EDITOR, ANALYST".
 */
@Entity
@NotOnPublicPages
@Table(name = "audit_event")
public class AuditEvent {

    static final int ACTOR_MAX = FormRules.EMAIL_MAX;
    static final int SUBJECT_TYPE_MAX = 40;
    static final int SUBJECT_ID_MAX = 100;
    static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /**
     * The member of staff, by email rather than by key, so the line outlives the account. For a failed
     * sign-in it is what was typed, which may match no account.
     */
    @Column(name = "actor_email", length = ACTOR_MAX)
    private String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject_type", length = SUBJECT_TYPE_MAX)
    private String subjectType;

    @Column(name = "subject_id", length = SUBJECT_ID_MAX)
    private String subjectId;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    /**
     * Values are made safe to store and to show: line breaks, other control characters and the marks that
     * reorder text on screen become spaces, so no one can forge a line or disguise a name in an export;
     * anything too long for its column is shortened rather than losing the record.
     */
    public AuditEvent(Instant occurredAt, String actorEmail, AuditAction action, String subjectType, String subjectId,
            String detail) {
        if (occurredAt == null || action == null) {
            throw new IllegalArgumentException("An audit event needs a time and an action");
        }
        this.occurredAt = occurredAt;
        this.actorEmail = clean(actorEmail, ACTOR_MAX);
        this.action = action;
        this.subjectType = clean(subjectType, SUBJECT_TYPE_MAX);
        this.subjectId = clean(subjectId, SUBJECT_ID_MAX);
        this.detail = clean(detail, DETAIL_MAX);
    }

    /** An action on the actor's own account, such as signing in. */
    public static AuditEvent of(Instant occurredAt, String actorEmail, AuditAction action) {
        return new AuditEvent(occurredAt, actorEmail, action, null, null, null);
    }

    static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        String safe = value.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]", " ").strip();
        if (safe.isEmpty()) {
            return null;
        }
        if (FormRules.length(safe) > max) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, max - 1)) + "…";
        }
        return safe;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
