package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JobsTest {

    @Test
    @DisplayName("A lease lasts half the time between runs, at most half an hour: over before the next run, so another instance can take it")
    void leaseLength() {
        assertThat(Jobs.leaseFor(Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(450));
        assertThat(Jobs.leaseFor(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(30));
        assertThat(Jobs.leaseFor(Duration.ofDays(1))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    @DisplayName("Each instance names itself differently in the leases, and within a lease's width")
    void holder() {
        assertThat(Jobs.HOLDER).isNotBlank().hasSizeLessThanOrEqualTo(200).contains("/" + ProcessHandle.current().pid() + "/");
    }
}
