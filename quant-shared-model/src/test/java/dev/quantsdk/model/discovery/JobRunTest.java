package dev.quantsdk.model.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobRunTest {

  private static final Instant START = Instant.parse("2022-07-07T02:00:00Z");

  @ParameterizedTest(name = "{0} ok, {1} failed -> {2}")
  @CsvSource({"10, 0, SUCCEEDED", "0, 0, SUCCEEDED", "9, 1, PARTIAL", "0, 3, FAILED"})
  void finish_derivesTheStatusFromTheCounts(int ok, int failed, JobStatus expected) {
    JobRun run = new JobRun("discovery.fourier", START);
    assertThat(run.getStatus()).isEqualTo(JobStatus.RUNNING);
    assertThat(run.getDuration()).isEmpty();
    run.finish(START.plusSeconds(125), ok, failed, null);
    assertThat(run.getStatus()).isEqualTo(expected);
    assertThat(run.getDuration()).contains(Duration.ofSeconds(125));
  }

  @Test
  void abort_isAFailureEvenWithSuccesses() {
    JobRun run = new JobRun("import.house", START);
    run.abort(START.plusSeconds(1), 5, 0, "database went away");
    assertThat(run.getStatus()).isEqualTo(JobStatus.FAILED);
    assertThat(run.getMessage()).contains("database went away");
  }

  @Test
  void finish_onlyOnce_andNotBeforeTheStart() {
    JobRun run = new JobRun("import.house", START);
    assertThatThrownBy(() -> run.finish(START.minusSeconds(1), 1, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    run.finish(START, 1, 0, null);
    assertThatThrownBy(() -> run.finish(START, 1, 0, null)).isInstanceOf(IllegalStateException.class);
  }
}
