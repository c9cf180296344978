package dev.quantsdk.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.jdbc.JdbcFuturesStore;
import dev.quantsdk.orchestration.JobScheduler;
import dev.quantsdk.orchestration.futures.FileBarSource;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job-scheduling port on db-scheduler, on embedded PostgreSQL with a worker logged in as the
 * discovery role: futures analyses of the bundled ES1 and ES2 files (and an instrument whose
 * file is missing) run now or on a stored cron schedule, and the nightly discovery's schedule is
 * set and cancelled at run time.
 */
class WorkerJobSchedulerTest {

  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final AtomicInteger NAMES = new AtomicInteger();

  private static QuantDatabase admin;
  private static DatabaseConfig workerLogin;

  @TempDir
  Path dir;

  private QuantDatabase workerDb;
  private DiscoveryWorker worker;
  private JobScheduler jobs;

  @BeforeAll
  static void migrate() throws SQLException {
    DatabaseConfig config = TestDatabases.postgres();
    admin = QuantDatabase.open(config);
    String user = "quant_worker_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + user + " LOGIN PASSWORD 'worker-test' IN ROLE quant_discovery");
    }
    workerLogin = DatabaseConfig.of(config.jdbcUrl().replaceAll("[?&]user=[^&]*", ""), user,
        "worker-test");
  }

  @AfterAll
  static void closeAdmin() {
    admin.close();
  }

  @BeforeEach
  void startWorker() {
    Path futures = Path.of(System.getProperty("quant.data.dir"), "futures");
    FileBarSource bars = FileBarSource.builder()
        .chris("ES1", futures.resolve("ES1_front_month_daily.csv"), FuturesCatalogue.ES)
        .chris("ES2", futures.resolve("ES2_second_month_daily.csv"), FuturesCatalogue.ES)
        .chris("NQ1", dir.resolve("missing_NQ1.csv"), FuturesCatalogue.NQ)
        .build();
    WorkerSettings settings = WorkerSettings.defaults("jobs-" + NAMES.incrementAndGet())
        .withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(500), 4)
        .withRetries(Duration.ofMillis(100), 2.0, 2)
        .withShutdownMaxWait(Duration.ofSeconds(10));
    workerDb = QuantDatabase.connect(workerLogin.withMaxPoolSize(6));
    FuturesAnalysisJobs futuresJobs = FuturesAnalysisJobs.of(workerDb.dataSource(), bars,
        Clock.systemUTC(), settings);
    worker = DiscoveryWorker.create(workerDb.dataSource(), settings, Clock.systemUTC(),
        List.of(), futuresJobs.tasks());
    jobs = new WorkerJobScheduler(worker, futuresJobs);
    worker.start();
  }

  @AfterEach
  void stopWorker() {
    worker.stop();
    workerDb.close();
  }

  /** status, items_ok, items_failed, message of a job run once it has finished. */
  private static List<String> waitForRun(String runId) throws Exception {
    Instant deadline = Instant.now().plus(RUN_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      try (Connection c = admin.dataSource().getConnection(); PreparedStatement ps =
          c.prepareStatement("SELECT status, items_ok, items_failed, message, kind FROM job_runs "
              + "WHERE id = ?")) {
        ps.setObject(1, UUID.fromString(runId));
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next() && !rs.getString(1).equals("RUNNING")) {
            assertThat(rs.getString(5)).isEqualTo(FuturesAnalysisJobs.RUN_KIND);
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
              out.add(rs.getString(i));
            }
            return out;
          }
        }
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    throw new AssertionError("run " + runId + " did not finish within " + RUN_TIMEOUT);
  }

  /** The next execution time of a task instance, empty if none is scheduled. */
  private static Optional<Instant> next(String task, String instance) throws SQLException {
    try (Connection c = admin.dataSource().getConnection(); PreparedStatement ps =
        c.prepareStatement("SELECT execution_time FROM scheduled_tasks WHERE task_name = ? "
            + "AND task_instance = ?")) {
      ps.setString(1, task);
      ps.setString(2, instance);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
      }
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void assertNextAt(String task, String instance, LocalTime time)
      throws SQLException {
    Instant due = next(task, instance).orElseThrow();
    assertThat(due).isAfter(Instant.now());
    assertThat(due).isBefore(Instant.now().plus(Duration.ofHours(25)));
    assertThat(due.atZone(NEW_YORK).toLocalTime()).isEqualTo(time);
  }

  @Test
  void runFuturesAnalysisNow_storesEachReport_andRecordsTheMissingFileAsAFailure()
      throws Exception {
    String runId = jobs.runFuturesAnalysisNow(List.of("ES1", "ES2", "NQ1"));

    List<String> run = waitForRun(runId);

    assertThat(run.subList(0, 3)).containsExactly("PARTIAL", "2", "1");
    assertThat(run.get(3)).startsWith("NQ1: ingest: ");
    JdbcFuturesStore store = new JdbcFuturesStore(admin.dataSource());
    for (String es : List.of("ES1", "ES2")) {
      FuturesAnalysisReport report = store.latestAnalysis(es).orElseThrow();
      assertThat(report.succeeded()).as(es).isTrue();
      assertThat(store.backtestRun(report.runId())).as(es).isPresent();
    }
    assertThat(store.latestAnalysis("NQ1").orElseThrow().succeeded()).isFalse();
  }

  /**
   * A job scheduled for 03:00 New York whose due time is moved into the past (as if every worker
   * had been down) runs once, records its run under the id of that scheduled time, and is due at
   * the next 03:00 again; scheduling the name again replaces its schedule; cancelling removes it.
   */
  @Test
  void scheduledFuturesAnalysis_runsOncePerScheduledTime_isReplacedAndCancelled()
      throws Exception {
    String name = "es-" + NAMES.incrementAndGet();
    jobs.scheduleFuturesAnalysis(name, List.of("ES1"),
        JobScheduler.Schedule.of("0 0 3 * * *", NEW_YORK));
    assertNextAt(FuturesAnalysisJobs.RECURRING_TASK, name, LocalTime.of(3, 0));

    Instant missed = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    try (Connection c = admin.dataSource().getConnection(); PreparedStatement ps =
        c.prepareStatement("UPDATE scheduled_tasks SET execution_time = ? WHERE task_name = ? "
            + "AND task_instance = ?")) {
      ps.setObject(1, missed.atOffset(ZoneOffset.UTC));
      ps.setString(2, FuturesAnalysisJobs.RECURRING_TASK);
      ps.setString(3, name);
      assertThat(ps.executeUpdate()).isOne();
    }
    String runId = UUID.nameUUIDFromBytes((FuturesAnalysisJobs.RECURRING_TASK + ":" + name + ":"
        + missed).getBytes(StandardCharsets.UTF_8)).toString();

    assertThat(waitForRun(runId).subList(0, 3)).containsExactly("SUCCEEDED", "1", "0");
    TimeUnit.MILLISECONDS.sleep(500);
    assertThat(count("SELECT COUNT(*) FROM job_runs WHERE kind = '" + FuturesAnalysisJobs.RUN_KIND
        + "' AND started_at >= TIMESTAMP WITH TIME ZONE '" + missed + "' AND id = '" + runId
        + "'")).isOne();
    assertNextAt(FuturesAnalysisJobs.RECURRING_TASK, name, LocalTime.of(3, 0));

    jobs.scheduleFuturesAnalysis(name, List.of("ES1", "ES2"),
        JobScheduler.Schedule.of("0 30 4 * * *", NEW_YORK));
    assertNextAt(FuturesAnalysisJobs.RECURRING_TASK, name, LocalTime.of(4, 30));
    assertThat(count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = '"
        + FuturesAnalysisJobs.RECURRING_TASK + "'")).isOne();

    assertThat(jobs.cancelFuturesAnalysis(name)).isTrue();
    assertThat(next(FuturesAnalysisJobs.RECURRING_TASK, name)).isEmpty();
    assertThat(jobs.cancelFuturesAnalysis(name)).isFalse();
  }

  @Test
  void nightlyDiscovery_scheduledAndCancelledAtRunTime_andRunNowOncePerDate() throws Exception {
    jobs.scheduleNightlyDiscovery(JobScheduler.Schedule.of("0 15 1 * * *", NEW_YORK));
    assertNextAt(DiscoveryWorker.SCHEDULED_NIGHTLY_TASK, "recurring", LocalTime.of(1, 15));
    jobs.scheduleNightlyDiscovery(JobScheduler.Schedule.of("0 45 2 * * *", NEW_YORK));
    assertNextAt(DiscoveryWorker.SCHEDULED_NIGHTLY_TASK, "recurring", LocalTime.of(2, 45));

    assertThat(jobs.cancelNightlyDiscovery()).isTrue();
    assertThat(next(DiscoveryWorker.SCHEDULED_NIGHTLY_TASK, "recurring")).isEmpty();
    assertThat(jobs.cancelNightlyDiscovery()).isFalse();

    LocalDate date = LocalDate.of(1999, 1, 4);
    assertThat(jobs.runDiscoveryNow(date)).isTrue();
    assertThat(jobs.runDiscoveryNow(date)).isFalse();
  }
}
