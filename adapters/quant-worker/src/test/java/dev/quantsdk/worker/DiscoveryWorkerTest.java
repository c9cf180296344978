package dev.quantsdk.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryQueries;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryStore;
import dev.quantsdk.jdbc.discovery.JdbcRunLedger;
import dev.quantsdk.jdbc.discovery.JdbcRunRecorder;
import dev.quantsdk.jdbc.discovery.JdbcTradeSource;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.orchestration.discovery.DiscoveryStore;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.discovery.Findings;
import dev.quantsdk.orchestration.discovery.ProgressListener;
import dev.quantsdk.orchestration.discovery.RunRecorder;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Discovery workers on a real (embedded) PostgreSQL over the bundled House file, every worker
 * logged in as a user of the {@code quant_discovery} role.
 */
class DiscoveryWorkerTest {

  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final AtomicLong DATES = new AtomicLong();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** q-values read back from JSON must equal the in-process ones bit for bit. */
  private static final double EXACT = 0.0;

  private static QuantDatabase admin;
  private static DatabaseConfig workerLogin;
  private static Set<String> politiciansWithTrades;

  private final List<QuantDatabase> opened = new ArrayList<>();
  private final List<DiscoveryWorker> workers = new ArrayList<>();

  @BeforeAll
  static void importHouseFile() throws SQLException {
    DatabaseConfig config = TestDatabases.postgres();
    admin = QuantDatabase.open(config);
    Path file = Path.of(System.getProperty("quant.data.dir"), "congress",
        "house_transactions_2020_2022.csv");
    new DisclosureImporter(admin.dataSource(), Clock.systemUTC()).importFile(file, n -> { });
    // the operator's login for workers (docs/operations.md): a member of quant_discovery
    String user = "quant_worker_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + user + " LOGIN PASSWORD 'worker-test' IN ROLE quant_discovery");
    }
    workerLogin = DatabaseConfig.of(config.jdbcUrl().replaceAll("[?&]user=[^&]*", ""), user,
        "worker-test");
    politiciansWithTrades = new TreeSet<>(strings(admin.dataSource(),
        "SELECT p.id FROM politicians p WHERE EXISTS "
            + "(SELECT 1 FROM trades t WHERE t.politician_id = p.id)"));
  }

  @AfterAll
  static void closeAdmin() {
    admin.close();
  }

  @AfterEach
  void stopWorkers() {
    for (DiscoveryWorker w : workers) {
      w.stop();
    }
    for (QuantDatabase db : opened) {
      db.close();
    }
  }

  /** A run date no other test uses (runs are per date). */
  private static LocalDate newDate() {
    return LocalDate.of(2001, 1, 1).plusDays(DATES.incrementAndGet());
  }

  private static WorkerSettings fast(String name) {
    return WorkerSettings.defaults(name)
        .withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(500), 4)
        .withRetries(Duration.ofMillis(100), 2.0, 2)
        .withShutdownMaxWait(Duration.ofSeconds(10));
  }

  private QuantDatabase connectAsWorker() {
    QuantDatabase db = QuantDatabase.connect(workerLogin.withMaxPoolSize(6));
    opened.add(db);
    return db;
  }

  private DiscoveryWorker worker(QuantDatabase db, WorkerSettings settings, ProbeSource source) {
    DiscoveryService.Settings analysis = DiscoveryService.Settings.defaults();
    DiscoveryService service = new DiscoveryService(source,
        new JdbcDiscoveryStore(db.dataSource(), Clock.systemUTC()),
        new JdbcRunRecorder(db.dataSource()), Clock.systemUTC(), Runnable::run, analysis);
    DiscoveryWorker w = new DiscoveryWorker(db.dataSource(), source, service,
        analysis.criticalSeverity(), settings, Clock.systemUTC(), List.of(), b -> { });
    workers.add(w);
    return w;
  }

  private ProbeSource probe(QuantDatabase db, String name,
      Map<String, Map<String, AtomicInteger>> completed, Optional<String> failing,
      Optional<CountDownLatch> block) {
    return new ProbeSource(new JdbcTradeSource(db.dataSource()), name, completed, failing, block);
  }

  private static String waitForRun(LocalDate date) throws Exception {
    String runId = DiscoveryWorker.runIdOf(date);
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      List<String> status = strings(admin.dataSource(),
          "SELECT status FROM job_runs WHERE id = '" + runId + "'");
      if (!status.isEmpty() && !status.get(0).equals("RUNNING")) {
        return status.get(0);
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    throw new AssertionError("run of " + date + " did not finish within " + RUN_TIMEOUT);
  }

  private static List<String> strings(DataSource ds, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static Map<String, Object> runRow(String runId) {
    return new JdbcDiscoveryQueries(admin.dataSource()).jobRuns(JdbcDiscoveryQueries.MAX_LIMIT)
        .stream().filter(r -> r.get("run_id").equals(runId)).findFirst().orElseThrow();
  }

  /** Outcome rows of a run: politician id -> status. */
  private static Map<String, String> memberStatuses(LocalDate date) {
    List<String> ids = new ArrayList<>(politiciansWithTrades);
    List<String> rows = ids.stream().map(id -> DiscoveryWorker.memberRowId(id, date)).toList();
    Map<String, JdbcRunLedger.MemberOutcome> outcomes = new JdbcRunLedger(admin.dataSource())
        .memberOutcomes(rows);
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      JdbcRunLedger.MemberOutcome o = outcomes.get(rows.get(i));
      if (o != null) {
        out.put(ids.get(i), o.status());
      }
    }
    return out;
  }

  /** Stored fourier_cycle q-values of a run, by politician. */
  private static Map<String, Double> storedCycleQ(String runId) throws Exception {
    Map<String, Double> out = new TreeMap<>();
    try (Connection c = admin.dataSource().getConnection(); PreparedStatement ps =
        c.prepareStatement("SELECT politician_id, parameters FROM pattern_discoveries "
            + "WHERE run_id = ? AND pattern_type = 'fourier_cycle'")) {
      ps.setObject(1, UUID.fromString(runId));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          JsonNode params = JSON.readTree(rs.getString(2));
          Double previous = out.put(rs.getString(1), params.get("q_value").asDouble());
          assertThat(previous).as("one cycle per politician").isNull();
        }
      }
    }
    return out;
  }

  @Test
  void threeWorkers_processEveryPoliticianExactlyOnce_andMatchTheOneProcessScan()
      throws Exception {
    Map<String, Map<String, AtomicInteger>> completed = new ConcurrentHashMap<>();
    List<DiscoveryWorker> three = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      QuantDatabase db = connectAsWorker();
      String name = "worker-" + NAMES.incrementAndGet();
      three.add(worker(db, fast(name), probe(db, name, completed, Optional.empty(),
          Optional.empty())));
    }
    three.forEach(DiscoveryWorker::start);
    LocalDate date = newDate();
    assertThat(three.get(0).trigger(date)).isTrue();
    assertThat(three.get(1).trigger(date)).as("scheduled only if absent").isFalse();

    assertThat(waitForRun(date)).isEqualTo("SUCCEEDED");

    // every politician with trades processed exactly once, by one worker; the work was shared
    assertThat(completed.keySet()).isEqualTo(politiciansWithTrades);
    completed.forEach((id, byWorker) -> assertThat(byWorker.values().stream()
        .mapToInt(AtomicInteger::get).sum()).as(id).isEqualTo(1));
    Set<String> busy = new TreeSet<>();
    completed.values().forEach(m -> busy.addAll(m.keySet()));
    assertThat(busy).as("workers that processed politicians").hasSizeGreaterThanOrEqualTo(2);
    // one outcome row per politician, and the run's counts say so (no duplicates, no gaps)
    String runId = DiscoveryWorker.runIdOf(date);
    Map<String, String> statuses = memberStatuses(date);
    assertThat(statuses.keySet()).isEqualTo(politiciansWithTrades);
    assertThat(statuses.values()).containsOnly("SUCCEEDED");
    Map<String, Object> run = runRow(runId);
    assertThat(run.get("items_ok")).isEqualTo(politiciansWithTrades.size());
    assertThat(run.get("items_failed")).isEqualTo(0);
    assertThat(run.get("success_rate")).isEqualTo(1.0);
    assertThat((Long) run.get("duration_ms")).isPositive();

    // the stored cycles are those of a one-process scanAll over the same data (BH across all
    // members at the finalising step), and the anomalies are as many
    Map<String, List<Findings.Pattern>> reference = new ConcurrentHashMap<>();
    AtomicInteger referenceAnomalies = new AtomicInteger();
    DiscoveryStore memory = new DiscoveryStore() {
      @Override
      public void replacePatterns(String r, DiscoveryWindow w, String id, String type,
          List<Findings.Pattern> p) {
        reference.put(id, p);
      }

      @Override
      public void replaceAnomalies(String r, DiscoveryWindow w, String id,
          List<Findings.Anomaly> a) {
        referenceAnomalies.addAndGet(a.size());
      }

      @Override
      public void replaceNetwork(String r, DiscoveryWindow w, Findings.Network n) {
        // not compared
      }

      @Override
      public void replaceExperiments(String r, DiscoveryWindow w, List<Findings.Experiment> e) {
        // no prices
      }
    };
    JdbcTradeSource source = new JdbcTradeSource(admin.dataSource());
    new DiscoveryService(source, memory, RunRecorder.NONE, Clock.systemUTC(), Runnable::run,
        DiscoveryService.Settings.defaults())
        .scanAll(source.dataWindow().orElseThrow(), ProgressListener.NONE);
    Map<String, Double> expectedQ = new TreeMap<>();
    reference.forEach((id, ps) -> ps.forEach(p ->
        expectedQ.put(id, (Double) p.parameters().get("q_value"))));
    Map<String, Double> storedQ = storedCycleQ(runId);
    assertThat(storedQ).isNotEmpty();
    assertThat(storedQ.keySet()).isEqualTo(expectedQ.keySet());
    storedQ.forEach((id, q) -> assertThat(q).isCloseTo(expectedQ.get(id),
        org.assertj.core.data.Offset.offset(EXACT)));
    assertThat(strings(admin.dataSource(),
        "SELECT COUNT(*) FROM anomaly_detections WHERE run_id = '" + runId + "'"))
        .containsExactly(String.valueOf(referenceAnomalies.get()));
    assertThat(strings(admin.dataSource(),
        "SELECT COUNT(*) FROM network_discoveries WHERE run_id = '" + runId + "'"))
        .containsExactly("1");
  }

  @Test
  void workerStoppedMidRun_finishesItsTasks_andTheOthersFinishTheRunWithoutDuplicates()
      throws Exception {
    Map<String, Map<String, AtomicInteger>> completed = new ConcurrentHashMap<>();
    List<DiscoveryWorker> three = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      QuantDatabase db = connectAsWorker();
      String name = "stopping-" + NAMES.incrementAndGet();
      names.add(name);
      three.add(worker(db, fast(name), probe(db, name, completed, Optional.empty(),
          Optional.empty())));
    }
    three.forEach(DiscoveryWorker::start);
    LocalDate date = newDate();
    three.get(0).trigger(date);
    // stop the first worker (as Ctrl-C does) once the run is under way
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (completed.size() < 20 && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(5);
    }
    assertThat(completed.size()).isBetween(20, politiciansWithTrades.size() - 1);
    three.get(0).stop();
    int doneByStopped = (int) completed.values().stream()
        .filter(m -> m.containsKey(names.get(0))).count();

    assertThat(waitForRun(date)).isEqualTo("SUCCEEDED");
    // the stopped worker did nothing after its stop returned; every politician exactly once
    assertThat(completed.values().stream().filter(m -> m.containsKey(names.get(0))).count())
        .isEqualTo(doneByStopped);
    assertThat(completed.keySet()).isEqualTo(politiciansWithTrades);
    completed.forEach((id, byWorker) -> assertThat(byWorker.values().stream()
        .mapToInt(AtomicInteger::get).sum()).as(id).isEqualTo(1));
    assertThat(memberStatuses(date).keySet()).isEqualTo(politiciansWithTrades);
    assertThat(runRow(DiscoveryWorker.runIdOf(date)).get("items_ok"))
        .isEqualTo(politiciansWithTrades.size());
  }

  @Test
  void killedWorker_hasItsTasksRevivedElsewhere_andTheRunFinishesWithoutDuplicates()
      throws Exception {
    Map<String, Map<String, AtomicInteger>> completed = new ConcurrentHashMap<>();
    CountDownLatch never = new CountDownLatch(1);
    QuantDatabase dbA = connectAsWorker();
    ProbeSource hanging = probe(dbA, "doomed", completed, Optional.empty(), Optional.of(never));
    DiscoveryWorker doomed = worker(dbA, fast("doomed-" + NAMES.incrementAndGet()), hanging);
    doomed.start();
    LocalDate date = newDate();
    doomed.trigger(date);
    // the doomed worker ran the fan-out and now hangs inside politicians' tasks
    assertThat(hanging.entered.await(30, TimeUnit.SECONDS)).isTrue();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    List<String> twoMembers = List.of(DiscoveryWorker.MEMBER_TASK, DiscoveryWorker.MEMBER_TASK);
    List<String> picked = List.of();
    while (!picked.equals(twoMembers) && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(50);
      picked = strings(admin.dataSource(), "SELECT task_name FROM scheduled_tasks WHERE picked");
    }
    // both of its threads hang in politicians' tasks (the fan-out has completed)
    assertThat(picked).isEqualTo(twoMembers);
    // "kill" it: its database connections are gone, so no heartbeat, no poll, no completion;
    // its task threads stay stuck like a frozen process's
    workers.remove(doomed);
    opened.remove(dbA);
    dbA.close();

    for (int i = 0; i < 2; i++) {
      QuantDatabase db = connectAsWorker();
      String name = "survivor-" + NAMES.incrementAndGet();
      worker(db, fast(name), probe(db, name, completed, Optional.empty(), Optional.empty()))
          .start();
    }
    assertThat(waitForRun(date)).isEqualTo("SUCCEEDED");

    // the doomed worker's politicians were revived and done by the survivors, once each
    assertThat(completed.keySet()).isEqualTo(politiciansWithTrades);
    completed.forEach((id, byWorker) -> {
      assertThat(byWorker).doesNotContainKey("doomed");
      assertThat(byWorker.values().stream().mapToInt(AtomicInteger::get).sum()).as(id)
          .isEqualTo(1);
    });
    Map<String, String> statuses = memberStatuses(date);
    assertThat(statuses.keySet()).isEqualTo(politiciansWithTrades);
    assertThat(runRow(DiscoveryWorker.runIdOf(date)).get("items_ok"))
        .isEqualTo(politiciansWithTrades.size());
    never.countDown();
    doomed.stop();
  }

  @Test
  void workerProcessKilledMidTask_hasItsTasksRevivedByTheOthers_exactlyOnceEach() throws Exception {
    LocalDate date = newDate();
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(javaBin.toString(), "-cp",
        System.getProperty("java.class.path"), KilledWorkerMain.class.getName(),
        workerLogin.jdbcUrl(), workerLogin.user(), workerLogin.password(), date.toString(),
        "victim-" + NAMES.incrementAndGet())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("HUNG");
      List<String> twoMembers = List.of(DiscoveryWorker.MEMBER_TASK,
          DiscoveryWorker.MEMBER_TASK);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      List<String> picked = List.of();
      while (!picked.equals(twoMembers) && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(50);
        picked = strings(admin.dataSource(), "SELECT task_name FROM scheduled_tasks WHERE picked");
      }
      assertThat(picked).isEqualTo(twoMembers);
    } finally {
      // kill -9: no shutdown hook, no release, no heartbeat
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    List<String> orphaned = strings(admin.dataSource(), "SELECT task_instance FROM "
        + "scheduled_tasks WHERE picked AND task_name = '" + DiscoveryWorker.MEMBER_TASK + "'");
    assertThat(orphaned).hasSize(2);

    Map<String, Map<String, AtomicInteger>> completed = new ConcurrentHashMap<>();
    for (int i = 0; i < 2; i++) {
      QuantDatabase db = connectAsWorker();
      String name = "survivor-" + NAMES.incrementAndGet();
      worker(db, fast(name), probe(db, name, completed, Optional.empty(), Optional.empty()))
          .start();
    }
    assertThat(waitForRun(date)).isEqualTo("SUCCEEDED");
    assertThat(completed.keySet()).isEqualTo(politiciansWithTrades);
    completed.forEach((id, byWorker) -> assertThat(byWorker.values().stream()
        .mapToInt(AtomicInteger::get).sum()).as(id).isEqualTo(1));
    // the killed process's two politicians among them, each recorded once
    for (String instance : orphaned) {
      String id = instance.split(":")[1];
      assertThat(memberStatuses(date)).containsEntry(id, "SUCCEEDED");
    }
    assertThat(runRow(DiscoveryWorker.runIdOf(date)).get("items_ok"))
        .isEqualTo(politiciansWithTrades.size());
  }

  @Test
  void failingPolitician_isRetriedWithBackOff_thenRecordedWithItsReason_whileTheRestSucceed()
      throws Exception {
    String victim = politiciansWithTrades.iterator().next();
    String victimName = strings(admin.dataSource(),
        "SELECT full_name FROM politicians WHERE id = '" + victim + "'").get(0);
    Map<String, Map<String, AtomicInteger>> completed = new ConcurrentHashMap<>();
    QuantDatabase db = connectAsWorker();
    ProbeSource source = probe(db, "w", completed, Optional.of(victim), Optional.empty());
    DiscoveryWorker w = worker(db, fast("failing-" + NAMES.incrementAndGet()), source);
    w.start();
    LocalDate date = newDate();
    w.trigger(date);

    assertThat(waitForRun(date)).isEqualTo("PARTIAL");
    // 1 attempt + 2 retries, then recorded
    assertThat(source.failingAttempts.get()).isEqualTo(3);
    Map<String, Object> run = runRow(DiscoveryWorker.runIdOf(date));
    int n = politiciansWithTrades.size();
    assertThat(run.get("items_ok")).isEqualTo(n - 1);
    assertThat(run.get("items_failed")).isEqualTo(1);
    assertThat((double) run.get("success_rate")).isEqualTo((double) (n - 1) / n);
    assertThat((String) run.get("failures")).startsWith(victimName + ": reading trades: ")
        .contains("corrupt (test)");
    Map<String, String> statuses = memberStatuses(date);
    assertThat(statuses).hasSize(n).containsEntry(victim, "FAILED");
    assertThat(statuses.values().stream().filter("SUCCEEDED"::equals).count()).isEqualTo(n - 1);
    // the failed politician's task is gone, not retried for ever
    assertThat(strings(admin.dataSource(), "SELECT COUNT(*) FROM scheduled_tasks WHERE "
        + "task_instance = '" + DiscoveryWorker.memberInstanceId(victim, date) + "'"))
        .containsExactly("0");
  }

  @Test
  void missedNightlyRun_runsOnceWhenAWorkerStarts_notOncePerMissedNight() throws Exception {
    ZoneId zone = ZoneId.of("America/New_York");
    QuantDatabase db = connectAsWorker();
    Map<String, Map<String, AtomicInteger>> completed = new ConcurrentHashMap<>();
    WorkerSettings settings = fast("nightly-" + NAMES.incrementAndGet())
        .withSchedule(WorkerSettings.DEFAULT_CRON, zone);
    // a first worker schedules the recurring task (next 02:00 New York) and goes away
    DiscoveryWorker first = worker(db, settings, probe(db, "first", completed, Optional.empty(),
        Optional.empty()));
    first.start();
    first.stop();
    workers.remove(first);
    // every worker stays down for three nights: the due time is three days ago
    Instant missed = Instant.now().minus(Duration.ofDays(3));
    try (Connection c = admin.dataSource().getConnection(); PreparedStatement ps =
        c.prepareStatement("UPDATE scheduled_tasks SET execution_time = ? WHERE task_name = ?")) {
      ps.setObject(1, missed.atOffset(java.time.ZoneOffset.UTC));
      ps.setString(2, DiscoveryWorker.NIGHTLY_TASK);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    Instant restarted = Instant.now();
    worker(db, settings.withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(500), 4),
        probe(db, "second", completed, Optional.empty(), Optional.empty())).start();

    LocalDate missedDate = missed.atZone(zone).toLocalDate();
    assertThat(waitForRun(missedDate)).isEqualTo("SUCCEEDED");
    // exactly one nightly run since the restart, for the missed date; the next one is the next
    // 02:00 in New York after now
    TimeUnit.MILLISECONDS.sleep(500);
    try (Connection c = admin.dataSource().getConnection(); PreparedStatement ps =
        c.prepareStatement("SELECT id FROM job_runs WHERE kind = ? AND started_at >= ?")) {
      ps.setString(1, DiscoveryWorker.RUN_KIND);
      ps.setObject(2, restarted.minusSeconds(1).atOffset(java.time.ZoneOffset.UTC));
      List<String> runs = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          runs.add(rs.getString(1));
        }
      }
      assertThat(runs).containsExactly(DiscoveryWorker.runIdOf(missedDate));
    }
    List<String> next = strings(admin.dataSource(), "SELECT execution_time FROM scheduled_tasks "
        + "WHERE task_name = '" + DiscoveryWorker.NIGHTLY_TASK + "'");
    assertThat(next).hasSize(1);
    try (Connection c = admin.dataSource().getConnection(); PreparedStatement ps =
        c.prepareStatement("SELECT execution_time FROM scheduled_tasks WHERE task_name = ?")) {
      ps.setString(1, DiscoveryWorker.NIGHTLY_TASK);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Instant due = rs.getTimestamp(1).toInstant();
        assertThat(due).isAfter(restarted);
        assertThat(due.atZone(zone).toLocalTime()).isEqualTo(java.time.LocalTime.of(2, 0));
        assertThat(due).isBefore(restarted.plus(Duration.ofHours(25)));
      }
    }
  }

  @Test
  void workerRole_isRefusedWritesToPoliticiansAndTrades() throws SQLException {
    QuantDatabase db = connectAsWorker();
    String someone = politiciansWithTrades.iterator().next();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("INSERT INTO politicians (id, full_name, chamber, "
          + "natural_key) VALUES ('" + UUID.randomUUID() + "', 'Intruder', 'HOUSE', "
          + "'HOUSE|intruder')"))
          .isInstanceOfSatisfying(SQLException.class,
              e -> assertThat(e.getSQLState()).isEqualTo("42501"));
      assertThatThrownBy(() -> s.executeUpdate("UPDATE trades SET ticker = 'XXX' "
          + "WHERE politician_id = '" + someone + "'"))
          .isInstanceOfSatisfying(SQLException.class,
              e -> assertThat(e.getSQLState()).isEqualTo("42501"));
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM trades"))
          .isInstanceOfSatisfying(SQLException.class,
              e -> assertThat(e.getSQLState()).isEqualTo("42501"));
      // what a worker writes is allowed (and the other tests run whole nights as this user)
      assertThat(s.executeUpdate("INSERT INTO scheduled_tasks (task_name, task_instance, "
          + "execution_time, picked, version) VALUES ('probe', 'role-test', now(), false, 1)"))
          .isEqualTo(1);
      assertThat(s.executeUpdate("DELETE FROM scheduled_tasks WHERE task_name = 'probe'"))
          .isEqualTo(1);
    }
    JdbcRunLedger ledger = new JdbcRunLedger(db.dataSource());
    String run = UUID.randomUUID().toString();
    assertThat(ledger.startRun(run, DiscoveryWorker.RUN_KIND, Instant.now()))
        .isEqualTo(JdbcRunLedger.RunState.NEW);
    assertThat(ledger.recordMember(run, UUID.randomUUID().toString(), Instant.now(),
        Instant.now(), Optional.empty())).isEqualTo(1);
  }
}
