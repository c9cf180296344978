package dev.quantsdk.samples.worker;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.persistence.DatabaseVendor;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.worker.DiscoveryWorker;
import dev.quantsdk.worker.WorkerSettings;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * A headless discovery worker process: connects to the shared PostgreSQL database as a login user
 * of the {@code quant_discovery} role (no DDL: the schema owner migrates first), starts a
 * {@link DiscoveryWorker} with the nightly schedule of its {@link WorkerSettings}, and runs until
 * SIGTERM or Ctrl-C, when it stops picking tasks, lets running ones finish (up to the settings'
 * shutdown wait) and closes its connections.
 *
 * <pre>
 * QUANT_DB_PASSWORD=... java -jar samples/discovery-worker/target/discovery-worker.jar \
 *     --url jdbc:postgresql://db:5432/quant --user quant_worker_1 [--run-now]
 * </pre>
 *
 * <p>Start as many as wanted, on one host or several, on the same database: they share the work
 * through the {@code scheduled_tasks} table (see the README). Thread-safe; {@link #close()} is
 * idempotent.
 */
public final class WorkerHost implements AutoCloseable {

  private final HikariDataSource pool;
  private final DiscoveryWorker worker;
  private final Optional<LocalDate> triggered;
  private boolean closed;

  private WorkerHost(HikariDataSource pool, DiscoveryWorker worker,
      Optional<LocalDate> triggered) {
    this.pool = pool;
    this.worker = worker;
    this.triggered = triggered;
  }

  /**
   * Connects and starts a worker.
   *
   * @param config the connection and worker settings
   * @param clock stamps runs and results, and gives "today" for {@code --run-now}
   * @return the running host
   * @throws IllegalStateException if the database cannot be reached or is not PostgreSQL; the
   *     message names the URL without its parameters
   */
  public static WorkerHost start(WorkerHostConfig config, Clock clock) {
    ArgChecker.notNull(config, "config");
    ArgChecker.notNull(clock, "clock");
    WorkerSettings settings = config.settings();
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    // the task threads, the poller and the heartbeats
    hikari.setMaximumPoolSize(settings.threads() + 3);
    hikari.setPoolName("quant-worker-" + settings.schedulerName());
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new IllegalStateException(String.format(Locale.ROOT, "cannot connect to %s as %s: %s",
          config.jdbcUrl().replaceAll("[?;].*", ""), config.user(), e.getMessage()), e);
    }
    try {
      DatabaseVendor vendor = QuantDatabase.vendorOf(pool);
      if (vendor != DatabaseVendor.POSTGRESQL) {
        throw new IllegalStateException("the worker host runs on PostgreSQL but the database is "
            + vendor);
      }
      DiscoveryWorker worker = DiscoveryWorker.create(pool, settings, clock, List.of());
      worker.start();
      Optional<LocalDate> triggered = Optional.empty();
      if (config.runNow()) {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        worker.trigger(today);
        triggered = Optional.of(today);
      }
      return new WorkerHost(pool, worker, triggered);
    } catch (IllegalStateException e) {
      pool.close();
      throw e;
    } catch (RuntimeException e) {
      pool.close();
      throw new IllegalStateException("cannot start the worker on "
          + config.jdbcUrl().replaceAll("[?;].*", "") + ": " + e.getMessage(), e);
    }
  }

  /**
   * The running worker, for monitoring.
   *
   * @return the worker
   */
  public DiscoveryWorker worker() {
    return worker;
  }

  /**
   * The date whose run this host scheduled at start ({@code --run-now}).
   *
   * @return the date, empty without {@code --run-now}
   */
  public Optional<LocalDate> triggered() {
    return triggered;
  }

  /**
   * Stops the worker (running tasks get the settings' shutdown wait) and closes the connections.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      worker.stop();
    } finally {
      pool.close();
    }
  }

  /**
   * Runs a worker until the JVM is asked to stop (SIGTERM, Ctrl-C). Exit codes: 0 stopped, 1 the
   * database could not be used, 2 bad arguments.
   *
   * @param args see {@link WorkerHostConfig#USAGE}
   */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.err));
  }

  static int run(List<String> args, PrintStream err) {
    WorkerHostConfig config;
    try {
      config = WorkerHostConfig.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      err.println("discovery-worker: " + e.getMessage());
      return 2;
    }
    WorkerHost host;
    try {
      host = start(config, Clock.systemUTC());
    } catch (IllegalStateException e) {
      err.println("discovery-worker: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("discovery-worker: stopping (running tasks get up to "
          + config.settings().shutdownMaxWait().toSeconds() + " s)");
      host.close();
      stopped.countDown();
    }, "discovery-worker-stop"));
    WorkerSettings s = config.settings();
    err.printf(Locale.ROOT, "discovery-worker %s running: %d threads, nightly '%s' in %s%s; "
        + "SIGTERM or Ctrl-C to stop%n", s.schedulerName(), s.threads(), s.nightlyCron(),
        s.zone(), host.triggered().map(d -> ", run of " + d + " scheduled now").orElse(""));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
