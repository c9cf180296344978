package dev.quantsdk.samples.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryQueries;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.testing.TestDatabases;
import dev.quantsdk.worker.DiscoveryWorker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The worker host on a real (embedded) PostgreSQL, logged in as a user of the
 * {@code quant_discovery} role: "run now" scans every politician with trades once and records the
 * run, then the host stops cleanly.
 */
class WorkerHostTest {

  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
  /** A slice of the House file keeps the run short: its header and first 2,000 rows. */
  private static final int SLICE_ROWS = 2_000;
  private static final String PASSWORD = "sample-worker-test";

  @Test
  void start_runNow_scansEveryPoliticianOnce_thenStopsCleanly() throws Exception {
    DatabaseConfig owner = TestDatabases.postgres();
    String user = "quant_worker_" + UUID.randomUUID().toString().substring(0, 8);
    try (HikariDataSource admin = pool(owner)) {
      QuantDatabase.migrate(admin);
      Path house = Path.of(System.getProperty("quant.data.dir"), "congress",
          "house_transactions_2020_2022.csv");
      String slice;
      try (Stream<String> lines = Files.lines(house, StandardCharsets.UTF_8)) {
        slice = lines.limit(SLICE_ROWS + 1L).collect(Collectors.joining("\n", "", "\n"));
      }
      new DisclosureImporter(admin, Clock.systemUTC()).importFrom(new StringReader(slice),
          "house slice", n -> { });
      execute(admin, "CREATE ROLE " + user + " LOGIN PASSWORD '" + PASSWORD
          + "' IN ROLE quant_discovery");
      long politicians = count(admin, "SELECT COUNT(DISTINCT politician_id) FROM trades");
      assertThat(politicians).isPositive();

      String url = owner.jdbcUrl().replaceAll("[?&]user=[^&]*", "");
      WorkerHostConfig config = WorkerHostConfig.parse(List.of("--url", url, "--user", user,
          "--name", "sample-worker-test", "--poll-seconds", "1", "--run-now"),
          Map.of(WorkerHostConfig.PASSWORD_VARIABLE, PASSWORD));
      WorkerHost host = WorkerHost.start(config, Clock.systemUTC());
      try {
        LocalDate date = host.triggered().orElseThrow();
        String runId = DiscoveryWorker.runIdOf(date);
        assertThat(waitForRun(admin, runId)).isEqualTo("SUCCEEDED");
        Map<String, Object> run = new JdbcDiscoveryQueries(admin)
            .jobRuns(JdbcDiscoveryQueries.MAX_LIMIT).stream()
            .filter(r -> r.get("run_id").equals(runId)).findFirst().orElseThrow();
        assertThat(((Number) run.get("items_ok")).longValue()).isEqualTo(politicians);
        assertThat(((Number) run.get("items_failed")).longValue()).isZero();
        assertThat(count(admin, "SELECT COUNT(*) FROM anomaly_detections")).isPositive();
      } finally {
        host.close();
      }
      assertThat(host.worker().scheduler().getSchedulerState().isShuttingDown()).isTrue();
      host.close();
      // the worker's user may read trades but not write them (it is not the host app)
      try (HikariDataSource asWorker = pool(DatabaseConfig.of(url, user, PASSWORD))) {
        assertThatThrownBy(() -> execute(asWorker, "DELETE FROM trades"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
      }
    }
  }

  @Test
  void start_unreachableDatabase_failsNamingTheUrl() {
    WorkerHostConfig config = WorkerHostConfig.parse(List.of("--url",
        "jdbc:postgresql://127.0.0.1:1/quant?connectTimeout=2", "--user", "nobody"), Map.of());
    assertThatThrownBy(() -> WorkerHost.start(config, Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/quant as nobody")
        .hasMessageNotContaining("connectTimeout");
  }

  @Test
  void run_badArguments_exits2_withTheUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = WorkerHost.run(List.of("--bogus", "x"), new PrintStream(err, true,
        StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus",
        "usage: discovery-worker");
  }

  private static HikariDataSource pool(DatabaseConfig config) {
    HikariConfig h = new HikariConfig();
    h.setJdbcUrl(config.jdbcUrl());
    h.setUsername(config.user());
    h.setPassword(config.password());
    h.setMaximumPoolSize(2);
    return new HikariDataSource(h);
  }

  private static String waitForRun(HikariDataSource admin, String runId) throws Exception {
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection c = admin.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT status FROM job_runs WHERE id = '" + runId
              + "'")) {
        if (rs.next() && !rs.getString(1).equals("RUNNING")) {
          return rs.getString(1);
        }
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    throw new AssertionError("run " + runId + " did not finish within " + RUN_TIMEOUT);
  }

  private static void execute(HikariDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long count(HikariDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
