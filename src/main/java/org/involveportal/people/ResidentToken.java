package org.involveportal.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.platform.NotOnPublicPages;

/** A token sent by email, kept as its hash: usable once, for one purpose, until it expires. */
@Entity
@NotOnPublicPages
@Table(name = "resident_token")
public class ResidentToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resident_id", nullable = false)
    private Resident resident;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ResidentToken() {
        // for JPA
    }

    public ResidentToken(Resident resident, TokenPurpose purpose, String tokenHash, Instant now) {
        if (resident == null || purpose == null || tokenHash == null || now == null) {
            throw new IllegalArgumentException("A token needs a resident, a purpose, a hash and a time");
        }
        this.resident = resident;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** Not yet used, and before its expiry (the expiry instant itself is too late). */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the token up; false, changing nothing, when it was used already or has expired. */
    public boolean use(TokenPurpose expected, Instant now) {
        if (purpose != expected || !isUsableAt(now)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public Resident getResident() {
        return resident;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
