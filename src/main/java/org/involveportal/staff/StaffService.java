package org.involveportal.staff;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.involveportal.platform.PasswordHasher;

/** Staff accounts: checking passwords and codes, setting up the app, and the first admin. */
@Stateless
public class StaffService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PasswordHasher hasher;

    public Optional<StaffAccount> findByEmail(String email) {
        return em.createQuery("select a from StaffAccount a where a.email = :email", StaffAccount.class)
                .setParameter("email", StaffAccount.normalisedEmail(email))
                .getResultStream().findFirst();
    }

    public Optional<StaffAccount> find(long id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id)).map(account -> {
            account.getRoles().size();
            return account;
        });
    }

    public List<StaffAccount> all() {
        return em.createQuery("select a from StaffAccount a order by a.email", StaffAccount.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from StaffAccount a", Long.class).getSingleResult();
    }

    /**
     * The account whose password this is, if it may sign in. An unknown email costs the same time as a
     * wrong password, so the answer gives nothing away; an old hash is upgraded on the way.
     */
    public Optional<StaffAccount> checkPassword(String email, String password) {
        var account = findByEmail(email);
        if (account.isEmpty()) {
            hasher.verifyDummy(password);
            return Optional.empty();
        }
        var found = account.get();
        if (!hasher.verify(password, found.getPasswordHash()) || !found.canSignIn()) {
            return Optional.empty();
        }
        if (hasher.needsRehash(found.getPasswordHash())) {
            found.rehashPassword(hasher.hash(password));
        }
        return Optional.of(found);
    }

    /** A code from the app or a recovery code; the row is locked so one code can't be used twice at once. */
    public boolean checkSecondFactor(long accountId, String typed) {
        var account = em.find(StaffAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.canSignIn()) {
            return false;
        }
        return account.acceptTotpCode(new Totp(clock), typed) || account.useRecoveryCode(typed, clock.instant());
    }

    /**
     * Keeps the app's secret once a right code from it was typed, and returns new recovery codes to show
     * once; empty when the code was wrong.
     */
    public Optional<List<String>> enrolApp(long accountId, String secret, String typed) {
        var account = em.find(StaffAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.hasTotp()) {
            return Optional.empty();
        }
        var step = new Totp(clock).verify(secret, typed, null);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        account.enrolTotp(secret, step.getAsLong(), clock.instant());
        var issued = RecoveryCodes.issue();
        account.replaceRecoveryCodes(issued.hashes());
        return Optional.of(issued.codes());
    }

    /** A new account; the password must already satisfy the policy. */
    public StaffAccount create(String email, String displayName, String password, Set<StaffRole> roles) {
        var account = new StaffAccount(email, displayName, hasher.hash(password), roles, clock.instant());
        em.persist(account);
        return account;
    }

    /** A new password chosen by the person, already checked against the policy. */
    public void changePassword(long accountId, String newPassword) {
        em.find(StaffAccount.class, accountId).changePassword(hasher.hash(newPassword), clock.instant());
    }

    /** New roles for an account; returns the old ones, for the audit trail. */
    public Set<StaffRole> changeRoles(long accountId, Set<StaffRole> roles) {
        var account = em.find(StaffAccount.class, accountId);
        var old = Set.copyOf(account.getRoles());
        account.changeRoles(roles);
        return old;
    }

    /** Forgets the account's app (a lost phone): the next sign-in sets up a new one. */
    public void resetApp(long accountId) {
        var account = em.find(StaffAccount.class, accountId);
        account.resetTotp();
        account.replaceRecoveryCodes(List.of());
    }

    public void setDisabled(long accountId, boolean disabled) {
        var account = em.find(StaffAccount.class, accountId);
        if (disabled) {
            account.disable();
        } else {
            account.enable();
        }
    }

    /** For the demo accounts only: an app already set up with a known secret. */
    public void enrolKnownApp(long accountId, String secret) {
        var account = em.find(StaffAccount.class, accountId);
        account.enrolTotp(secret, 0, clock.instant());
        account.replaceRecoveryCodes(RecoveryCodes.issue().hashes());
    }
}
