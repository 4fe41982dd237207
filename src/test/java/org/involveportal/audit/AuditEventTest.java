package org.involveportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final Instant AT = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    @DisplayName("An event keeps who, what, which thing and when")
    void keeps() {
        var event = new AuditEvent(AT, "sian.llewelyn@wrexham.gov.uk", AuditAction.CONSULTATION_EXTENDED, "consultation",
                "42", "closing moved to 2027-04-30");
        assertThat(event.getOccurredAt()).isEqualTo(AT);
        assertThat(event.getActorEmail()).isEqualTo("sian.llewelyn@wrexham.gov.uk");
        assertThat(event.getAction()).isEqualTo(AuditAction.CONSULTATION_EXTENDED);
        assertThat(event.getSubjectType()).isEqualTo("consultation");
        assertThat(event.getSubjectId()).isEqualTo("42");
        assertThat(event.getDetail()).isEqualTo("closing moved to 2027-04-30");

        var signIn = AuditEvent.of(AT, "sian.llewelyn@wrexham.gov.uk", AuditAction.SIGN_IN);
        assertThat(signIn.getSubjectType()).isNull();
        assertThat(signIn.getDetail()).isNull();
        assertThatThrownBy(() -> AuditEvent.of(null, "a@b.cy", AuditAction.SIGN_IN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEvent.of(AT, "a@b.cy", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Typed values cannot forge a line or reorder text: control and direction marks become spaces")
    void noForgedLines() {
        var event = new AuditEvent(AT, "x@y.cy\r\n2027-01-04 SIGN_IN admin@wrexham.gov.uk", AuditAction.SIGN_IN_FAILED,
                null, null, "a\tb\u2028c\u202Ed\u0000e");
        assertThat(event.getActorEmail()).isEqualTo("x@y.cy  2027-01-04 SIGN_IN admin@wrexham.gov.uk");
        assertThat(event.getDetail()).isEqualTo("a b c d e");
        assertThat(new AuditEvent(AT, " \n ", AuditAction.SIGN_OUT, null, null, null).getActorEmail()).isNull();
    }

    @Test
    @DisplayName("Values too long for their columns are shortened, never lost, without splitting a character")
    void clipped() {
        var event = new AuditEvent(AT, "a".repeat(400) + "@b.cy", AuditAction.SIGN_IN_FAILED, "t".repeat(41), "9".repeat(101),
                "😀".repeat(1001));
        assertThat(event.getActorEmail()).hasSize(320).endsWith("a…");
        assertThat(event.getSubjectType()).hasSize(40);
        assertThat(event.getSubjectId()).hasSize(100);
        assertThat(event.getDetail().codePointCount(0, event.getDetail().length())).isEqualTo(1000);
        assertThat(event.getDetail()).endsWith("😀…");
        assertThat(new AuditEvent(AT, null, AuditAction.SIGN_IN, null, null, "😀".repeat(1000)).getDetail())
                .isEqualTo("😀".repeat(1000));
    }
}
