package org.involveportal.people;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.i18n.Language;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.NotOnPublicPages;

/**
 * A resident's account: an email address, a password hash, the language they use, whether the address
 * is verified, and their {@link InvolvementProfile} (kept in this row and in one small table per set of
 * choices). Deleting the row deletes all of it.
 */
@Entity
@NotOnPublicPages
@Table(name = "resident")
public class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Trimmed and in lower case, so sign-in matches however the address is typed. */
    @Column(name = "email", nullable = false, unique = true, length = FormRules.EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    /** The language of the pages when they signed up, and of the emails sent to them. */
    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "display_name", length = InvolvementProfile.NAME_MAX)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "involvement", length = 20)
    private InvolvementLevel involvement;

    @Column(name = "preferred_language", length = InvolvementProfile.LANGUAGE_MAX)
    private String preferredLanguage;

    @Column(name = "access_needs", length = InvolvementProfile.ACCESS_NEEDS_MAX)
    private String accessNeeds;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "postal_address", length = InvolvementProfile.ADDRESS_MAX)
    private String postalAddress;

    @Column(name = "welsh_correspondence", nullable = false)
    private boolean welshCorrespondence;

    @Column(name = "contact_consent", nullable = false)
    private boolean contactConsent;

    @Column(name = "keep_informed", nullable = false)
    private boolean keepInformed = true;

    /** Worked out from the postal address when the profile is saved: the register's area. */
    @Column(name = "postcode_district", length = PostcodeDistrict.MAX)
    private String postcodeDistrict;

    @Column(name = "profile_updated_at")
    private Instant profileUpdatedAt;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resident_topic", joinColumns = @JoinColumn(name = "resident_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 40)
    private Set<Topic> topics = new HashSet<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resident_client_group", joinColumns = @JoinColumn(name = "resident_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "client_group", nullable = false, length = 40)
    private Set<ClientGroup> clientGroups = new HashSet<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resident_communication_need", joinColumns = @JoinColumn(name = "resident_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need", nullable = false, length = 20)
    private Set<CommunicationNeed> communicationNeeds = new HashSet<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resident_contact_way", joinColumns = @JoinColumn(name = "resident_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "way", nullable = false, length = 10)
    private Set<ContactWay> contactWays = new HashSet<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resident_availability", joinColumns = @JoinColumn(name = "resident_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "availability", nullable = false, length = 20)
    private Set<Availability> availability = new HashSet<>();

    protected Resident() {
        // for JPA
    }

    /** A new, unverified account; email is contact by default, as it is the one thing we know. */
    public Resident(String email, String passwordHash, String language, Instant now) {
        if (!FormRules.isEmail(email) || passwordHash == null || language == null || now == null) {
            throw new IllegalArgumentException("An account needs an email, a password and a language");
        }
        this.email = normalisedEmail(email);
        this.passwordHash = passwordHash;
        this.language = language;
        this.createdAt = now;
        this.contactWays.add(ContactWay.EMAIL);
    }

    public static String normalisedEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    /** The first time only: a later verification keeps the first date. */
    public void markVerified(Instant now) {
        if (verifiedAt == null) {
            verifiedAt = now;
        }
    }

    /** A new password before the address was verified: whoever proves the mailbox decides. */
    public void replaceUnverifiedPassword(String newHash) {
        if (isVerified()) {
            throw new IllegalStateException("A verified account's password is changed only by its owner");
        }
        this.passwordHash = newHash;
    }

    public InvolvementProfile profile() {
        return new InvolvementProfile(displayName, involvement, topics, clientGroups, communicationNeeds,
                preferredLanguage, accessNeeds, contactWays, phone, postalAddress, welshCorrespondence, availability,
                contactConsent, keepInformed);
    }

    /** Keeps a profile with no problems; the sets are replaced, not changed in place. */
    public void updateProfile(InvolvementProfile profile, Instant now) {
        if (!profile.isComplete()) {
            throw new IllegalArgumentException("The profile has problems: " + profile.problems().values());
        }
        this.displayName = profile.name();
        this.involvement = profile.involvement();
        this.preferredLanguage = profile.preferredLanguage();
        this.accessNeeds = profile.accessNeeds();
        this.phone = profile.phone();
        this.postalAddress = profile.postalAddress();
        this.welshCorrespondence = profile.welshCorrespondence();
        this.topics = new HashSet<>(profile.topics());
        this.clientGroups = new HashSet<>(profile.clientGroups());
        this.communicationNeeds = new HashSet<>(profile.communicationNeeds());
        this.contactWays = new HashSet<>(profile.contactWays());
        this.availability = new HashSet<>(profile.availability());
        this.contactConsent = profile.contactConsent();
        this.keepInformed = profile.keepInformed();
        this.postcodeDistrict = profile.postcodeDistrict().orElse(null);
        this.profileUpdatedAt = now;
    }

    /**
     * Keeps the communication and access needs told on another page (asking to join a group), leaving the
     * rest of the profile as it is, complete or not.
     */
    public void updateNeeds(Set<CommunicationNeed> needs, String access, Instant now) {
        var kept = new InvolvementProfile(null, null, null, null, needs, null, access, null, null, null, false);
        this.communicationNeeds = new HashSet<>(kept.communicationNeeds());
        this.accessNeeds = kept.accessNeeds();
        this.profileUpdatedAt = now;
    }

    /** Stops the "Keep me informed" digest (from the link in one), leaving the rest of the profile as it is. */
    public void stopDigest() {
        this.keepInformed = false;
    }

    public String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    /** Whether the involvement profile was ever saved (a new account has only its defaults). */
    public boolean hasProfile() {
        return profileUpdatedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void rehashPassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** The language to write to them in: Welsh when they asked for correspondence in Welsh, else their account's. */
    public Language correspondenceLanguage() {
        if (profile().welshCorrespondence()) {
            return Language.WELSH;
        }
        return Language.fromTag(getLanguage()).orElse(Language.DEFAULT);
    }

    public String getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getProfileUpdatedAt() {
        return profileUpdatedAt;
    }
}
