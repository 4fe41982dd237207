package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.involveportal.testsupport.FakeClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private static final Instant CREATED = Instant.parse("2027-01-04T09:00:00Z");
    private final FakeClock clock = new FakeClock(CREATED);
    private final StaffAccount account = new StaffAccount(" Sian.Llewelyn@Wrexham.gov.uk ", " Siân Llewelyn ",
            "pbkdf2-sha256$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Set.of(StaffRole.EDITOR), CREATED);

    @Test
    @DisplayName("A new account keeps its email trimmed and in lower case, and has no app or codes yet")
    void newAccount() {
        assertThat(account.getEmail()).isEqualTo("sian.llewelyn@wrexham.gov.uk");
        assertThat(account.getDisplayName()).isEqualTo("Siân Llewelyn");
        assertThat(account.getCreatedAt()).isEqualTo(CREATED);
        assertThat(account.getPasswordChangedAt()).isEqualTo(CREATED);
        assertThat(account.hasTotp()).isFalse();
        assertThat(account.recoveryCodesLeft()).isZero();
        assertThat(account.canSignIn()).isTrue();
        assertThatThrownBy(() -> new StaffAccount("not an email", "Name", "hash", Set.of(), CREATED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffAccount("a@b.cy", " ", "hash", Set.of(), CREATED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffAccount("a@b.cy", "x".repeat(101), "hash", Set.of(), CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Roles are exactly those given, none implying another, and cannot be changed behind its back")
    void roles() {
        assertThat(account.hasRole(StaffRole.EDITOR)).isTrue();
        assertThat(account.hasRole(StaffRole.PUBLISHER)).isFalse();
        account.changeRoles(EnumSet.of(StaffRole.ADMIN, StaffRole.ANALYST));
        assertThat(account.getRoles()).containsExactly(StaffRole.ANALYST, StaffRole.ADMIN);
        assertThat(account.hasRole(StaffRole.EDITOR)).isFalse();
        assertThatThrownBy(() -> account.getRoles().add(StaffRole.PUBLISHER)).isInstanceOf(UnsupportedOperationException.class);
        account.changeRoles(Set.of());
        assertThat(account.getRoles()).isEmpty();
    }

    @Test
    @DisplayName("The app is enrolled with the step that confirmed it; that code and older ones are then refused")
    void totp() {
        var totp = new Totp(clock);
        String secret = Totp.newSecret();
        long enrolStep = totp.currentStep();
        assertThat(account.acceptTotpCode(totp, code(secret, enrolStep))).as("not enrolled yet").isFalse();

        account.enrolTotp(secret, enrolStep, clock.instant());
        assertThat(account.hasTotp()).isTrue();
        assertThat(account.getTotpEnrolledAt()).isEqualTo(CREATED);
        assertThat(account.acceptTotpCode(totp, code(secret, enrolStep))).as("the enrolment code").isFalse();

        clock.advance(Duration.ofSeconds(30));
        String next = code(secret, enrolStep + 1);
        assertThat(account.acceptTotpCode(totp, next)).isTrue();
        assertThat(account.getTotpLastStep()).isEqualTo(enrolStep + 1);
        assertThat(account.acceptTotpCode(totp, next)).as("the same code again").isFalse();
        assertThat(account.acceptTotpCode(totp, "000000")).isFalse();

        account.resetTotp();
        assertThat(account.hasTotp()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(account.acceptTotpCode(totp, code(secret, enrolStep + 2))).isFalse();
    }

    @Test
    @DisplayName("Recovery codes are used up one by one, and a new set replaces the old one")
    void recoveryCodes() {
        var first = RecoveryCodes.issue();
        account.replaceRecoveryCodes(first.hashes());
        assertThat(account.recoveryCodesLeft()).isEqualTo(10);

        Instant usedAt = Instant.parse("2027-02-01T08:30:00Z");
        assertThat(account.useRecoveryCode(first.codes().get(0).toLowerCase(), usedAt)).isTrue();
        assertThat(account.useRecoveryCode(first.codes().get(0), usedAt)).as("a second time").isFalse();
        assertThat(account.useRecoveryCode("AAAAA-AAAAA", usedAt)).isFalse();
        assertThat(account.recoveryCodesLeft()).isEqualTo(9);

        var second = RecoveryCodes.issue();
        account.replaceRecoveryCodes(second.hashes());
        assertThat(account.recoveryCodesLeft()).isEqualTo(10);
        assertThat(account.useRecoveryCode(first.codes().get(1), usedAt)).as("a code from the old set").isFalse();
        assertThat(account.useRecoveryCode(second.codes().get(9), usedAt)).isTrue();
    }

    @Test
    @DisplayName("A password change is dated; a rehash of the same password is not a change")
    void passwords() {
        Instant later = Instant.parse("2027-03-01T10:00:00Z");
        account.rehashPassword("pbkdf2-sha256$600000$rehashed");
        assertThat(account.getPasswordChangedAt()).isEqualTo(CREATED);
        account.changePassword("pbkdf2-sha256$600000$changed", later);
        assertThat(account.getPasswordHash()).isEqualTo("pbkdf2-sha256$600000$changed");
        assertThat(account.getPasswordChangedAt()).isEqualTo(later);
    }

    @Test
    @DisplayName("A disabled account cannot sign in until enabled again")
    void disabling() {
        account.disable();
        assertThat(account.canSignIn()).isFalse();
        account.enable();
        assertThat(account.canSignIn()).isTrue();
    }

    private static String code(String secret, long step) {
        return Totp.code(Base32.decode(secret), step, Totp.DIGITS);
    }
}
