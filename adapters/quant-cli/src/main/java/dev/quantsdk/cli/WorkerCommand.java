package dev.quantsdk.cli;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.webhooks.WebhookDispatcher;
import dev.quantsdk.webhooks.WebhookTasks;
import dev.quantsdk.worker.DiscoveryWorker;
import dev.quantsdk.worker.WorkerSettings;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * {@code quant worker [--threads N] [--schedule-nightly CRON] [--zone ZONE]}: runs a discovery
 * worker until stopped. The worker shares the nightly discovery (one task per politician) with
 * every other worker on the same database and delivers due webhooks. Ctrl-C (SIGINT/SIGTERM) stops
 * it gracefully: no new task is picked, running tasks get up to the shutdown wait to finish, and
 * a task still running after it is revived by another worker. Immutable and thread-safe.
 */
final class WorkerCommand implements Command {

  static final OptionSpec THREADS = OptionSpec.valued("--threads", "N",
      "Tasks this worker executes at once (1 to 64).").withDefault("2");
  static final OptionSpec CRON = OptionSpec.valued("--schedule-nightly", "CRON",
      "The nightly discovery's cron expression, six fields with seconds first.")
      .withDefault(WorkerSettings.DEFAULT_CRON);
  static final OptionSpec ZONE = OptionSpec.valued("--zone", "ZONE",
      "The time zone of the schedule and of a run's date, e.g. America/New_York.")
      .withDefault("UTC");
  static final OptionSpec NAME = OptionSpec.valued("--name", "NAME",
      "This worker's name in the task table, unique per worker.").withDefault("host-pid");
  static final OptionSpec RUN_NOW = OptionSpec.flag("--run-now",
      "Also schedule today's nightly run (in the zone) now, unless it is scheduled or done.");
  static final OptionSpec SHUTDOWN_WAIT = OptionSpec.valued("--shutdown-wait", "SECONDS",
      "How long Ctrl-C waits for running tasks before leaving them to other workers.")
      .withDefault("60");

  /** How often a worker delivers due webhooks. */
  static final Duration WEBHOOK_INTERVAL = Duration.ofSeconds(10);

  private final Consumer<Runnable> shutdownHooks;

  /** A command that stops on the JVM's shutdown (Ctrl-C, SIGTERM). */
  WorkerCommand() {
    this(hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook, "quant-worker-stop")));
  }

  /**
   * A command that stops when a registered hook runs.
   *
   * @param shutdownHooks registers the action that stops the worker
   */
  WorkerCommand(Consumer<Runnable> shutdownHooks) {
    this.shutdownHooks = shutdownHooks;
  }

  @Override
  public String name() {
    return "worker";
  }

  @Override
  public String summary() {
    return "Run a discovery worker (nightly scans, webhook delivery) until stopped.";
  }

  @Override
  public String description() {
    return "Runs a db-scheduler worker on the database until Ctrl-C. Every night at the cron time "
        + "one worker fans the discovery out as one task per politician (politician:<id>:<date>); "
        + "all workers on the same database share those tasks, retry failures with exponential "
        + "back-off, revive the tasks of a worker that stopped sending heartbeats, and deliver due "
        + "webhooks. Connect as a login of the quant_discovery role; the schema must be migrated "
        + "already (any other command run as the schema owner does it). Runs show in 'quant jobs'.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(THREADS, CRON, ZONE, NAME, RUN_NOW, SHUTDOWN_WAIT);
  }

  @Override
  public List<String> examples() {
    return List.of("worker",
        "worker --threads 4 --schedule-nightly '0 30 1 * * *' --zone America/New_York",
        "--db jdbc:postgresql://db/quant --db-user quant_worker_1 worker --run-now");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    int threads = wholeNumber(invocation, THREADS, "2", 1, 64);
    int shutdownWait = wholeNumber(invocation, SHUTDOWN_WAIT, "60", 0, 86_400);
    ZoneId zone;
    try {
      zone = ZoneId.of(invocation.value(ZONE).orElse("UTC"));
    } catch (DateTimeException e) {
      throw usage("--zone: unknown time zone '" + invocation.value(ZONE).orElse("") + "' ("
          + e.getMessage() + ")");
    }
    String name = invocation.value(NAME).orElseGet(WorkerCommand::defaultName);
    WorkerSettings settings;
    try {
      settings = WorkerSettings.defaults(name).withThreads(threads)
          .withSchedule(invocation.value(CRON).orElse(WorkerSettings.DEFAULT_CRON), zone)
          .withShutdownMaxWait(Duration.ofSeconds(shutdownWait));
    } catch (IllegalArgumentException e) {
      throw usage("--schedule-nightly: " + e.getMessage());
    }
    DatabaseConfig config = GlobalOptions.database(invocation, context);
    // the worker's threads, its poller and heartbeats, and the webhook dispatcher
    CliDatabase db = CliDatabase.connect(config.withMaxPoolSize(threads + 4));
    CountDownLatch stopped = new CountDownLatch(1);
    try {
      DiscoveryWorker worker = DiscoveryWorker.create(db.dataSource(), settings, context.clock(),
          List.of(WebhookTasks.dispatcher(WEBHOOK_INTERVAL,
              WebhookDispatcher.of(db.dataSource()))));
      shutdownHooks.accept(() -> {
        context.err().printf(Locale.ROOT, "worker %s stopping (waiting up to %d s for running "
            + "tasks)%n", name, shutdownWait);
        worker.stop();
        db.close();
        stopped.countDown();
      });
      worker.start();
      context.err().printf(Locale.ROOT, "worker %s running: %d threads, nightly '%s' in %s; "
          + "Ctrl-C to stop%n", name, threads, settings.nightlyCron(), zone);
      if (invocation.flag(RUN_NOW)) {
        LocalDate today = LocalDate.now(context.clock().withZone(zone));
        context.err().printf(Locale.ROOT, "nightly run of %s %s%n", today,
            worker.trigger(today) ? "scheduled now" : "was scheduled already");
      }
      stopped.await();
      context.err().printf(Locale.ROOT, "worker %s stopped%n", name);
      return ExitStatus.OK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException("worker interrupted before it stopped", e);
    } finally {
      db.close();
    }
  }

  private int wholeNumber(Invocation invocation, OptionSpec option, String fallback, int low,
      int high) {
    String text = invocation.value(option).orElse(fallback);
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw usage(option.name() + " expects a whole number but was '" + text + "'");
    }
    if (value < low || value > high) {
      throw usage(option.name() + " must be in " + low + ".." + high + " but was " + value);
    }
    return value;
  }

  private UsageException usage(String message) {
    return new UsageException(message, List.of(QuantCli.PROGRAM, name()));
  }

  private static String defaultName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
  }
}
