package org.involveportal.staff;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.NotOnPublicPages;

/**
 * A member of staff who signs in to the back office: email and password, then a code from an
 * authenticator app or a recovery code. Only hashes of passwords and recovery codes are kept.
 *
 * <p>Accepting a code changes the account (the step or recovery code is used up), so the second step of
 * sign-in loads it with a pessimistic write lock: two requests with the same code must not both pass.
 */
@Entity
@NotOnPublicPages
@Table(name = "staff_account")
public class StaffAccount {

    static final int DISPLAY_NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Kept trimmed and in lower case, so sign-in matches however the address is typed. */
    @Column(name = "email", nullable = false, unique = true, length = FormRules.EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** Base32; null until the person has confirmed a first code from their app. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** The step of the last code accepted, so that code cannot be used again. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Disabled rather than deleted, so the audit trail still names who did what. */
    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<StaffRole> roles = new HashSet<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RecoveryCode> recoveryCodes = new ArrayList<>();

    protected StaffAccount() {
        // for JPA
    }

    public StaffAccount(String email, String displayName, String passwordHash, Set<StaffRole> roles, Instant now) {
        if (!FormRules.isEmail(email) || FormRules.isBlank(displayName) || passwordHash == null) {
            throw new IllegalArgumentException("An account needs an email, a name and a password");
        }
        if (FormRules.length(displayName.trim()) > DISPLAY_NAME_MAX) {
            throw new IllegalArgumentException("Name longer than " + DISPLAY_NAME_MAX);
        }
        this.email = normalisedEmail(email);
        this.displayName = displayName.trim();
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.createdAt = now;
        this.roles.addAll(roles);
    }

    /** The form an email is stored and looked up in. */
    public static String normalisedEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** A new password chosen by the person (already checked against the policy and hashed). */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    /** The same password hashed at today's cost, after it was verified against an older hash. */
    public void rehashPassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** Whether the person has an authenticator app set up; until then sign-in sends them to set one up. */
    public boolean hasTotp() {
        return totpSecret != null && totpEnrolledAt != null;
    }

    /**
     * Keeps the app's secret once the person has typed a right code from it ({@code confirmedStep}, from
     * {@link Totp#verify}), which proves the app has it; that code cannot then be used to sign in.
     */
    public void enrolTotp(String base32Secret, long confirmedStep, Instant now) {
        this.totpSecret = base32Secret;
        this.totpLastStep = confirmedStep;
        this.totpEnrolledAt = now;
    }

    /** Forgets the app, for example when the phone is lost; the next sign-in sets up a new one. */
    public void resetTotp() {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.totpEnrolledAt = null;
    }

    /** Whether the code is right and not used before; a right code is then used up. */
    public boolean acceptTotpCode(Totp totp, String typed) {
        if (!hasTotp()) {
            return false;
        }
        var step = totp.verify(totpSecret, typed, totpLastStep);
        step.ifPresent(used -> totpLastStep = used);
        return step.isPresent();
    }

    /** A new set of recovery codes replaces the whole old set, used or not. */
    public void replaceRecoveryCodes(List<String> hashes) {
        recoveryCodes.clear();
        hashes.forEach(hash -> recoveryCodes.add(new RecoveryCode(this, hash)));
    }

    /** Whether the typed code is one of the unused recovery codes; if so it is used up. */
    public boolean useRecoveryCode(String typed, Instant now) {
        var unused = recoveryCodes.stream().filter(code -> !code.isUsed()).toList();
        var matched = new RecoveryCodes(unused.stream().map(RecoveryCode::getCodeHash).toList()).use(typed);
        matched.ifPresent(hash -> unused.stream()
                .filter(code -> code.getCodeHash().equals(hash))
                .findFirst()
                .orElseThrow()
                .markUsed(now));
        return matched.isPresent();
    }

    public long recoveryCodesLeft() {
        return recoveryCodes.stream().filter(code -> !code.isUsed()).count();
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    public void changeRoles(Set<StaffRole> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public boolean canSignIn() {
        return !disabled;
    }

    public void disable() {
        this.disabled = true;
    }

    public void enable() {
        this.disabled = false;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isDisabled() {
        return disabled;
    }

    /** In the enum's order, and not to be changed through: use {@link #changeRoles}. */
    public Set<StaffRole> getRoles() {
        return roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
