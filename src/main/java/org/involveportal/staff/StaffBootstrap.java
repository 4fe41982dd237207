package org.involveportal.staff;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.platform.DatabaseMigration;
import org.involveportal.platform.PasswordPolicy;
import org.involveportal.platform.SettingsCheck;

/**
 * The first admin, from configuration ({@code PORTAL_ADMIN_EMAIL}, {@code PORTAL_ADMIN_PASSWORD}),
 * created once when the schema is ready and no staff account exists yet. There is no default
 * password: without both settings nobody can sign in until they are given.
 */
@ApplicationScoped
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

    @Inject
    private StaffService staff;

    @Inject
    private PasswordPolicy policy;

    @Inject
    @ConfigProperty(name = "portal.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> adminPassword;

    void onSchemaReady(@Observes DatabaseMigration.SchemaReady ready) {
        if (adminEmail.isEmpty() || adminPassword.isEmpty() || staff.count() > 0) {
            return;
        }
        var problems = policy.problems(adminPassword.get(), adminEmail.get(), "Administrator");
        if (!problems.isEmpty()) {
            // the start's check (SettingsCheck) stops the portal before this; said here too should it ever be reached
            LOG.severe(() -> "PORTAL_ADMIN_PASSWORD: not accepted: " + SettingsCheck.passwordProblem(problems.get(0))
                    + "; no admin was created");
            return;
        }
        staff.create(adminEmail.get(), "Administrator", adminPassword.get(), EnumSet.of(StaffRole.ADMIN));
        LOG.info("The first admin account was created from PORTAL_ADMIN_EMAIL; it sets up its app at first sign-in");
    }
}
