package org.involveportal.digest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.involveportal.platform.NotOnPublicPages;

/** When the digest job first saw a consultation, group or activity open: "new" for digests made after it. */
@Entity
@NotOnPublicPages
@IdClass(DigestSeen.Key.class)
@Table(name = "digest_seen")
public class DigestSeen {

    /** The composite key: kind and id. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private DigestItem.Kind kind;
        private long itemId;

        public Key() {
            // for JPA
        }

        public Key(DigestItem.Kind kind, long itemId) {
            this.kind = kind;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind == kind && key.itemId == itemId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, itemId);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DigestItem.Kind kind;

    @Id
    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected DigestSeen() {
        // for JPA
    }

    DigestSeen(DigestItem.Kind kind, long itemId, Instant seenAt) {
        this.kind = kind;
        this.itemId = itemId;
        this.seenAt = seenAt;
    }

    public DigestItem.Kind getKind() {
        return kind;
    }

    public long getItemId() {
        return itemId;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
