package dev.quantsdk.samples.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.worker.WorkerSettings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worker host's command line and environment. */
class WorkerHostConfigTest {

  private static final String URL = "jdbc:postgresql://db.example:5432/quant";

  @Test
  void parse_takesTheConnectionFromTheEnvironment_andTheDefaultsOfWorkerSettings() {
    WorkerHostConfig c = WorkerHostConfig.parse(List.of(), Map.of("QUANT_DB_URL", URL,
        "QUANT_DB_USER", "quant_worker_1", "QUANT_DB_PASSWORD", "s3cret"));

    assertThat(c.jdbcUrl()).isEqualTo(URL);
    assertThat(c.user()).isEqualTo("quant_worker_1");
    assertThat(c.password()).isEqualTo("s3cret");
    assertThat(c.runNow()).isFalse();
    WorkerSettings defaults = WorkerSettings.defaults(c.settings().schedulerName());
    assertThat(c.settings()).isEqualTo(defaults);
    assertThat(c.settings().nightlyCron()).isEqualTo("0 0 2 * * *");
    assertThat(c.toString()).doesNotContain("s3cret").contains("(hidden)");
  }

  @Test
  void parse_optionsOverrideTheEnvironment() {
    WorkerHostConfig c = WorkerHostConfig.parse(List.of("--url", URL, "--user", "w2",
        "--password", "pw", "--name", "worker-2", "--threads", "4", "--cron", "0 30 1 * * *",
        "--zone", "America/New_York", "--poll-seconds", "1", "--run-now"),
        Map.of("QUANT_DB_URL", "jdbc:postgresql://other/db", "QUANT_DB_USER", "w1"));

    assertThat(c.jdbcUrl()).isEqualTo(URL);
    assertThat(c.user()).isEqualTo("w2");
    assertThat(c.password()).isEqualTo("pw");
    assertThat(c.runNow()).isTrue();
    assertThat(c.settings().schedulerName()).isEqualTo("worker-2");
    assertThat(c.settings().threads()).isEqualTo(4);
    assertThat(c.settings().nightlyCron()).isEqualTo("0 30 1 * * *");
    assertThat(c.settings().zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(c.settings().pollingInterval()).isEqualTo(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--user w|--url JDBC_URL or set QUANT_DB_URL",
      "--url jdbc:postgresql://h/d|--user USER or set QUANT_DB_USER",
      "--url jdbc:h2:mem:x --user w|must start with jdbc:postgresql:",
      "--url jdbc:postgresql://h/d --user w --threads many|--threads expects a whole number",
      "--url jdbc:postgresql://h/d --user w --zone Mars/Base|unknown time zone 'Mars/Base'",
      "--url jdbc:postgresql://h/d --user w --cron never|never",
      "--url jdbc:postgresql://h/d --user w --bogus x|unknown option --bogus",
      "--url jdbc:postgresql://h/d --user|--user is unknown or lacks its value"})
  void parse_rejectsWhatCannotRun(String line, String message) {
    assertThatThrownBy(() -> WorkerHostConfig.parse(List.of(line.split(" ")), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
