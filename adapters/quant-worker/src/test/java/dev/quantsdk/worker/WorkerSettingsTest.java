package dev.quantsdk.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkerSettingsTest {

  @Test
  void defaults_runAt2amUtc_withFiveDoublingRetries() {
    WorkerSettings s = WorkerSettings.defaults("w1");
    assertThat(s.nightlyCron()).isEqualTo("0 0 2 * * *");
    assertThat(s.zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(s.maxRetries()).isEqualTo(5);
    assertThat(s.retryMultiplier()).isEqualTo(2.0);
    // a worker counts as dead after 4 missed 30 s heartbeats
    assertThat(s.heartbeatInterval().multipliedBy(s.missedHeartbeatsLimit()))
        .isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void nightlySchedule_isTheNext2amInTheZone_acrossTheDstChange() {
    // 2026-11-01 is the end of daylight saving time in New York: 02:00 EST is 07:00 UTC
    WorkerSettings s = WorkerSettings.defaults("w1")
        .withSchedule("0 0 2 * * *", ZoneId.of("America/New_York"));
    Instant next = s.nightlySchedule().getNextExecutionTime(
        ExecutionComplete.simulatedSuccess(Instant.parse("2026-11-01T12:00:00Z")));
    assertThat(next).isEqualTo(Instant.parse("2026-11-02T07:00:00Z"));
    Instant summer = s.nightlySchedule().getNextExecutionTime(
        ExecutionComplete.simulatedSuccess(Instant.parse("2026-07-01T12:00:00Z")));
    assertThat(summer).isEqualTo(Instant.parse("2026-07-02T06:00:00Z"));
  }

  @Test
  void invalidSettings_areRefusedWithAnActionableMessage() {
    WorkerSettings s = WorkerSettings.defaults("w1");
    assertThatThrownBy(() -> s.withSchedule("every night", ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'every night' does not parse")
        .hasMessageContaining("0 0 2 * * *");
    assertThatThrownBy(() -> s.withThreads(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads");
    assertThatThrownBy(() -> s.withHeartbeat(Duration.ofSeconds(1), Duration.ofSeconds(1), 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 4");
    assertThatThrownBy(() -> s.withRetries(Duration.ZERO, 2, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryDelay");
  }
}
