package org.involveportal.expense;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.involveportal.platform.NotOnPublicPages;

/**
 * A receipt kept with a claim: its checked type, the name it was sent with (shown, never used to store it), and the
 * random name of the file in the receipts folder, outside anything the web server serves.
 */
@Entity
@Table(name = "expense_receipt")
@NotOnPublicPages
public class ExpenseReceipt {

    /** A claim keeps a handful of receipts, not an archive. */
    public static final int MOST_PER_CLAIM = 10;
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "stored_name", nullable = false, length = 36, unique = true)
    private String storedName;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 10)
    private ReceiptType type;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ExpenseReceipt() {
        // for JPA
    }

    ExpenseReceipt(long claimId, String fileName, ReceiptType type, long sizeBytes, Instant now) {
        this.claimId = claimId;
        this.storedName = UUID.randomUUID().toString();
        this.fileName = shortName(fileName);
        this.type = type;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = now;
    }

    /** The file's own name without any folder a browser sent, cut to fit. */
    static String shortName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        return name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name;
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getFileName() {
        return fileName;
    }

    public ReceiptType getType() {
        return type;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
