package dev.quantsdk.benchmarks;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quantsdk.persistence.QuantDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * db-scheduler throughput on embedded PostgreSQL with the Quant SDK's {@code scheduled_tasks}
 * table (migration V4): one invocation schedules {@value #TASKS} no-op one-time tasks in one batch
 * and waits until every one has executed (the last few completions, each a DELETE, may finish
 * during the next invocation). The score is
 * tasks per second (schedule + pick + execute + complete). {@code polling}: {@code lock-and-fetch}
 * ({@code SELECT ... FOR UPDATE SKIP LOCKED}, what the discovery workers use on PostgreSQL) or
 * db-scheduler's default {@code fetch}; 16 executor threads in one scheduler.
 *
 * <p>Run from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar SchedulerThroughputBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SchedulerThroughputBenchmark {

  /** Tasks per invocation. */
  static final int TASKS = 2_000;
  private static final int THREADS = 16;

  /** The polling strategy. */
  @Param({"lock-and-fetch", "fetch"})
  public String polling;

  private EmbeddedPostgres postgres;
  private HikariDataSource pool;
  private Scheduler scheduler;
  private OneTimeTask<Void> noop;
  private final AtomicReference<CountDownLatch> remaining = new AtomicReference<>();
  private final AtomicLong batches = new AtomicLong();

  /**
   * Starts PostgreSQL, migrates and starts the scheduler.
   *
   * @throws IOException if PostgreSQL cannot start
   */
  @Setup(Level.Trial)
  public void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    HikariConfig config = new HikariConfig();
    config.setDataSource(postgres.getPostgresDatabase());
    config.setMaximumPoolSize(THREADS + 4);
    pool = new HikariDataSource(config);
    QuantDatabase.migrate(pool);
    noop = Tasks.oneTime("noop").execute((instance, context) -> remaining.get().countDown());
    SchedulerBuilder builder = Scheduler.create(pool, noop)
        .threads(THREADS)
        .pollingInterval(Duration.ofMillis(100))
        .schedulerName(new SchedulerName.Fixed("bench"))
        .enableImmediateExecution();
    if (polling.equals("lock-and-fetch")) {
      builder.pollUsingLockAndFetch(0.5, 4.0);
    } else {
      builder.pollUsingFetch(0.5, 4.0);
    }
    scheduler = builder.build();
    scheduler.start();
  }

  /**
   * Stops the scheduler and PostgreSQL.
   *
   * @throws IOException if stopping fails
   */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    scheduler.stop();
    pool.close();
    postgres.close();
  }

  /**
   * Schedules {@value #TASKS} no-op tasks and waits until all have run.
   *
   * @return the batch number
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  @OperationsPerInvocation(TASKS)
  public long scheduleAndExecute() throws InterruptedException {
    long batch = batches.incrementAndGet();
    CountDownLatch latch = new CountDownLatch(TASKS);
    remaining.set(latch);
    List<TaskInstance<?>> instances = new ArrayList<>(TASKS);
    for (int i = 0; i < TASKS; i++) {
      instances.add(noop.instance(batch + ":" + i));
    }
    scheduler.scheduleBatch(instances, Instant.now());
    scheduler.triggerCheckForDueExecutions();
    if (!latch.await(5, TimeUnit.MINUTES)) {
      throw new IllegalStateException(latch.getCount() + " tasks still pending after 5 minutes");
    }
    return batch;
  }
}
