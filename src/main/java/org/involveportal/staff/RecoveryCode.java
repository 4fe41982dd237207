package org.involveportal.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One of a staff account's recovery codes, as its salted hash; used up when it is used to sign in. */
@Entity
@NotOnPublicPages
@Table(name = "staff_recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private StaffAccount account;

    @Column(name = "code_hash", nullable = false, length = 100)
    private String codeHash;

    /** Kept rather than deleting the row, so the account page can say when a code was used. */
    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    RecoveryCode(StaffAccount account, String codeHash) {
        this.account = account;
        this.codeHash = codeHash;
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
