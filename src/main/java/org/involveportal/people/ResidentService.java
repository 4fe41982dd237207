package org.involveportal.people;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.PasswordHasher;

/**
 * Residents' accounts: signing up, tokens sent by email (verification and sign-in links), checking a
 * password, the involvement profile, and deleting an account with everything it holds.
 *
 * <p>Nothing here tells a caller whether an email address has an account in a way that reaches the
 * page: {@link #signUp} says which email to send, and the page shows the same thing whichever it is.
 */
@Stateless
public class ResidentService {

    /** What signing up did, so the right email goes to the address (the page looks the same for all). */
    public sealed interface SignUp {
        /** A new account, or one never verified given a new password: send the verification link. */
        record VerifyEmail(String email, String token) implements SignUp {
        }

        /** The address has a verified account: tell its owner, who may have forgotten. */
        record AlreadyRegistered(String email) implements SignUp {
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<ResidentDeleting> deleting;

    @Inject
    @Any
    private Instance<PersonalDataSource> otherData;

    public Instant now() {
        return clock.instant();
    }

    /** The password must already meet the policy (the page checks it, to show the problem). */
    public SignUp signUp(String email, String password, String language) {
        String hash = hasher.hash(password); // hashed in every case, so each takes the same time
        var existing = findByEmail(email);
        if (existing.isPresent() && existing.get().isVerified()) {
            return new SignUp.AlreadyRegistered(existing.get().getEmail());
        }
        Resident resident;
        if (existing.isPresent()) {
            resident = existing.get();
            resident.replaceUnverifiedPassword(hash);
        } else {
            resident = new Resident(email, hash, language, clock.instant());
            em.persist(resident);
        }
        return new SignUp.VerifyEmail(resident.getEmail(), issue(resident, TokenPurpose.VERIFY_EMAIL).value());
    }

    /**
     * The account when the password is right, verified or not (the page tells an unverified one to verify
     * first); empty for an unknown address or a wrong password, after the same work.
     */
    public Optional<Resident> checkPassword(String email, String password) {
        var resident = findByEmail(email);
        if (resident.isEmpty()) {
            hasher.verifyDummy(password);
            return Optional.empty();
        }
        if (!hasher.verify(password, resident.get().getPasswordHash())) {
            return Optional.empty();
        }
        if (hasher.needsRehash(resident.get().getPasswordHash())) {
            resident.get().rehashPassword(hasher.hash(password));
        }
        return resident;
    }

    /** A new verification link for an account not yet verified; empty otherwise. */
    public Optional<String> newVerification(long residentId) {
        return find(residentId).filter(r -> !r.isVerified()).map(r -> issue(r, TokenPurpose.VERIFY_EMAIL).value());
    }

    /** A sign-in link for the address's account; empty when there is none (the page says the same). */
    public Optional<SignUp.VerifyEmail> newSignInLink(String email) {
        return findByEmail(email).map(r -> new SignUp.VerifyEmail(r.getEmail(), issue(r, TokenPurpose.SIGN_IN).value()));
    }

    private EmailToken issue(Resident resident, TokenPurpose purpose) {
        var token = EmailToken.generate();
        em.persist(new ResidentToken(resident, purpose, token.hash(), clock.instant()));
        return token;
    }

    /** A link for the digest's email that stops the digest, without signing in. */
    public String newStopDigestLink(long residentId) {
        return issue(em.find(Resident.class, residentId), TokenPurpose.STOP_DIGEST).value();
    }

    /**
     * Stops the digest of the token's account and uses the token up; false when the token is unknown, used,
     * expired or for another purpose. It signs no one in.
     */
    public boolean stopDigest(String tokenValue) {
        var token = token(tokenValue, true);
        if (token.isEmpty() || !token.get().use(TokenPurpose.STOP_DIGEST, clock.instant())) {
            return false;
        }
        token.get().getResident().stopDigest();
        return true;
    }

    /** Whether a token from a link could still be used, to say so before the button is pressed. */
    public boolean isUsable(String tokenValue, TokenPurpose purpose) {
        return token(tokenValue, false).filter(t -> t.getPurpose() == purpose && t.isUsableAt(clock.instant())).isPresent();
    }

    /**
     * Uses a token up and returns its account's id; empty when unknown, used, expired or for another
     * purpose. Either purpose proves the mailbox is the person's, so the account is verified too. The
     * token's row is locked, so two presses at once cannot both sign in.
     */
    public Optional<Long> useToken(String tokenValue, TokenPurpose purpose) {
        var token = token(tokenValue, true);
        Instant now = clock.instant();
        if (token.isEmpty() || !token.get().use(purpose, now)) {
            return Optional.empty();
        }
        var resident = token.get().getResident();
        resident.markVerified(now);
        return Optional.of(resident.getId());
    }

    private Optional<ResidentToken> token(String value, boolean lock) {
        String hash = EmailToken.hashOf(value);
        if (hash == null) {
            return Optional.empty();
        }
        var query = em.createQuery("select t from ResidentToken t where t.tokenHash = :hash", ResidentToken.class)
                .setParameter("hash", hash);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList().stream().findFirst();
    }

    public Optional<Resident> find(long residentId) {
        return Optional.ofNullable(em.find(Resident.class, residentId));
    }

    public Optional<Resident> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select r from Resident r where r.email = :email", Resident.class)
                .setParameter("email", Resident.normalisedEmail(email))
                .getResultList().stream().findFirst();
    }

    /**
     * The resident's involvement profile, for any page that asks for needs or contact details again
     * (joining a group, registering for a meeting): offer these as the answers already given (WCAG 3.3.7).
     * Empty when there is no such account.
     */
    public Optional<InvolvementProfile> profileOf(long residentId) {
        return find(residentId).map(Resident::profile);
    }

    /** Keeps the profile; false, keeping nothing, when it has problems or the account is gone. */
    public boolean saveProfile(long residentId, InvolvementProfile profile) {
        if (!profile.isComplete()) {
            return false;
        }
        var resident = em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        if (resident == null) {
            return false;
        }
        resident.updateProfile(profile, clock.instant());
        return true;
    }

    /**
     * Keeps needs told again on another page (asking to join a group) in the profile, so they are offered
     * next time; false when the access needs are too long or the account is gone.
     */
    public boolean saveNeeds(long residentId, Set<CommunicationNeed> needs, String accessNeeds) {
        if (FormRules.length(accessNeeds) > InvolvementProfile.ACCESS_NEEDS_MAX) {
            return false;
        }
        var resident = em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        if (resident == null) {
            return false;
        }
        resident.updateNeeds(needs, accessNeeds, clock.instant());
        return true;
    }

    /** Everything held about a resident, for "my data"; empty when there is no such account. */
    public Optional<PersonalData> personalData(long residentId) {
        var resident = em.find(Resident.class, residentId);
        if (resident == null) {
            return Optional.empty();
        }
        var expiring = em.createQuery("select t.expiresAt from ResidentToken t where t.resident.id = :id and t.usedAt is null"
                        + " and t.expiresAt > :now order by t.expiresAt", Instant.class)
                .setParameter("id", residentId)
                .setParameter("now", clock.instant())
                .getResultList();
        var elsewhere = new ArrayList<PersonalDataSource.Section>();
        for (PersonalDataSource source : otherData) {
            elsewhere.addAll(source.sectionsFor(residentId));
        }
        return Optional.of(new PersonalData(residentId, resident.getEmail(), resident.getLanguage(), resident.getCreatedAt(),
                resident.getVerifiedAt(), resident.getProfileUpdatedAt(), resident.profile(), List.copyOf(expiring),
                List.copyOf(elsewhere)));
    }

    /**
     * Deletes the account and everything it holds: the profile's tables and tokens go with the row (ON
     * DELETE CASCADE); other features delete theirs on {@link ResidentDeleting}. The audit trail records
     * that an account was deleted, by its former id only, with no actor: nothing personal outlives it.
     */
    public boolean delete(long residentId) {
        var resident = em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        if (resident == null) {
            return false;
        }
        deleting.fire(new ResidentDeleting(residentId));
        em.createQuery("delete from ResidentToken t where t.resident.id = :id").setParameter("id", residentId).executeUpdate();
        em.remove(resident);
        em.flush();
        audit.record(null, AuditAction.RESIDENT_ACCOUNT_DELETED, "resident", String.valueOf(residentId), null);
        return true;
    }
}
