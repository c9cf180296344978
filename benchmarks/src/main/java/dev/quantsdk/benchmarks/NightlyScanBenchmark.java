package dev.quantsdk.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.worker.DiscoveryWorker;
import dev.quantsdk.worker.WorkerSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of one nightly discovery over the bundled House file on embedded PostgreSQL, end to
 * end through one discovery worker: the fan-out into one db-scheduler task per politician, every
 * politician's task (cycle search, anomalies, outcome recorded), the finalising step (BH across
 * members, the network) and the run's end in {@code job_runs}. {@code threads} is the worker's
 * thread count. Each invocation is the run of a new date (runs are per date), timed from the
 * trigger until the run row is no longer {@code RUNNING}, polled every 10 ms; the worker's default
 * settings (5 s polling, which the worker's own scheduling short-cuts).
 *
 * <p>Run from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar NightlyScanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class NightlyScanBenchmark {

  private static final long TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(5);

  /** The worker's threads. */
  @Param({"1", "2"})
  public int threads;

  private EmbeddedPostgres postgres;
  private HikariDataSource pool;
  private DiscoveryWorker worker;
  private int politicians;
  private final AtomicLong days = new AtomicLong();

  /**
   * Starts PostgreSQL, migrates, imports the House file and starts the worker.
   *
   * @throws IOException if PostgreSQL cannot start
   * @throws SQLException if counting fails
   */
  @Setup(Level.Trial)
  public void start() throws IOException, SQLException {
    Path house = Path.of(System.getProperty("quant.data.dir", "samples/data"))
        .resolve("congress/house_transactions_2020_2022.csv");
    postgres = EmbeddedPostgres.builder().start();
    HikariConfig config = new HikariConfig();
    config.setDataSource(postgres.getPostgresDatabase());
    config.setMaximumPoolSize(threads + 4);
    pool = new HikariDataSource(config);
    QuantDatabase.migrate(pool);
    new DisclosureImporter(pool, Clock.systemUTC()).importFile(house, n -> { });
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT COUNT(*) FROM politicians p WHERE EXISTS "
            + "(SELECT 1 FROM trades t WHERE t.politician_id = p.id)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      politicians = rs.getInt(1);
    }
    worker = DiscoveryWorker.create(pool, WorkerSettings.defaults("bench").withThreads(threads),
        Clock.systemUTC(), List.of());
    worker.start();
  }

  /**
   * Stops the worker and PostgreSQL.
   *
   * @throws IOException if stopping fails
   */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    worker.stop();
    pool.close();
    postgres.close();
  }

  /**
   * One nightly run, from the trigger to the recorded end.
   *
   * @return politicians that succeeded
   * @throws Exception if the run fails or times out
   */
  @Benchmark
  public int nightly() throws Exception {
    LocalDate date = LocalDate.of(2001, 1, 1).plusDays(days.incrementAndGet());
    worker.trigger(date);
    UUID run = UUID.fromString(DiscoveryWorker.runIdOf(date));
    long deadline = System.nanoTime() + TIMEOUT_NANOS;
    while (System.nanoTime() < deadline) {
      try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
          "SELECT status, items_ok FROM job_runs WHERE id = ?")) {
        ps.setObject(1, run);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next() && !rs.getString(1).equals("RUNNING")) {
            if (!rs.getString(1).equals("SUCCEEDED") || rs.getInt(2) != politicians) {
              throw new IllegalStateException("run of " + date + ": " + rs.getString(1) + ", "
                  + rs.getInt(2) + " of " + politicians + " politicians");
            }
            return rs.getInt(2);
          }
        }
      }
      TimeUnit.MILLISECONDS.sleep(10);
    }
    throw new IllegalStateException("run of " + date + " did not finish in 5 minutes");
  }
}
