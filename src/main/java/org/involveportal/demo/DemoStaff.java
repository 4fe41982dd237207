package org.involveportal.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Map;
import org.involveportal.staff.StaffRole;
import org.involveportal.staff.StaffService;

/**
 * The demo staff accounts, one per role, listed in the README: all with the same password and an
 * authenticator app already set up with a published secret. Demo mode only, never in production.
 */
@Stateless
public class DemoStaff {

    public static final String PASSWORD = "Involve demo staff 2026";
    /** Base32; codes come from any authenticator app or {@code oathtool --totp -b <secret>}. */
    public static final String APP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String STEP = "demo-staff-accounts";
    /** Accounts for roles added since: created once on databases that already have the first ones. */
    private static final String LATER_STEP = "demo-staff-accounts-finance";

    private static final Map<String, StaffRole> ACCOUNTS = Map.of(
            "editor@example.gov.uk", StaffRole.EDITOR,
            "publisher@example.gov.uk", StaffRole.PUBLISHER,
            "analyst@example.gov.uk", StaffRole.ANALYST,
            "admin@example.gov.uk", StaffRole.ADMIN);
    private static final Map<String, StaffRole> LATER_ACCOUNTS = Map.of("finance@example.gov.uk", StaffRole.FINANCE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StaffService staff;

    public boolean loadOnce() {
        boolean first = loadOnce(STEP, ACCOUNTS);
        boolean later = loadOnce(LATER_STEP, LATER_ACCOUNTS);
        return first || later;
    }

    private boolean loadOnce(String step, Map<String, StaffRole> accounts) {
        long done = em.createNativeQuery("select count(*) from setup_step where name = ?")
                .setParameter(1, step)
                .getSingleResult() instanceof Number n ? n.longValue() : 0;
        if (done > 0) {
            return false;
        }
        accounts.forEach((email, role) -> {
            String name = "Demo " + role.name().toLowerCase(java.util.Locale.ROOT);
            var account = staff.findByEmail(email).orElseGet(() -> staff.create(email, name, PASSWORD, EnumSet.of(role)));
            em.flush();
            staff.enrolKnownApp(account.getId(), APP_SECRET);
        });
        em.createNativeQuery("insert into setup_step (name, done_at) values (?, utc_timestamp(6))")
                .setParameter(1, step)
                .executeUpdate();
        return true;
    }
}
