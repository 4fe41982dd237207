package org.involveportal.staff;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.stream.Collectors;
import org.involveportal.platform.ClientAddress;
import org.involveportal.platform.LimitStore;
import org.involveportal.platform.PasswordHasher;
import org.involveportal.platform.PasswordPolicy;
import org.involveportal.platform.SignInThrottle;

/**
 * How staff sign in, with Jakarta Security: any page under {@code /staff/} sends a visitor who is not
 * signed in to {@code /staff/sign-in} ({@link StaffAuthentication}). The password and then the code from the app are checked by the
 * sign-in pages; only when both are right do they hand the container a {@link BothFactorsChecked},
 * which this identity store turns into the person and their roles (groups named like the roles).
 */
@ApplicationScoped
@DeclareRoles({"EDITOR", "PUBLISHER", "ANALYST", "ADMIN", "FINANCE"})
public class StaffSecurity implements IdentityStore {

    /** Made only by the sign-in pages, after the password and the second factor were both right. */
    public record BothFactorsChecked(long accountId) implements Credential {
    }

    @Inject
    private StaffService staff;

    public CredentialValidationResult validate(BothFactorsChecked checked) {
        return staff.find(checked.accountId())
                .filter(StaffAccount::canSignIn)
                .map(account -> new CredentialValidationResult(account.getEmail(),
                        account.getRoles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof BothFactorsChecked checked ? validate(checked) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    @Produces
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }

    @Produces
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }

    /** Staff sign-in's throttle: its counts are in the database, shared by every instance. */
    @Produces
    @Singleton
    SignInThrottle signInThrottle(Clock clock, LimitStore store, ClientAddress clientAddress) {
        return new SignInThrottle(clock, store, "staff", clientAddress::isProxy);
    }
}
