package dev.quantsdk.worker;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTaskWithPersistentSchedule;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.PersistentCronSchedule;
import dev.quantsdk.futures.jdbc.JdbcFuturesStore;
import dev.quantsdk.jdbc.discovery.JdbcRunLedger;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.discovery.ProgressListener;
import dev.quantsdk.orchestration.futures.BarSource;
import dev.quantsdk.orchestration.futures.FuturesAnalysisService;
import dev.quantsdk.orchestration.futures.FuturesBatchReport;
import dev.quantsdk.orchestration.futures.FuturesNotifier;
import dev.quantsdk.orchestration.futures.Ticker;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled futures analyses on db-scheduler: the tasks a worker registers (pass
 * {@link #tasks()} to {@link DiscoveryWorker#create(DataSource, WorkerSettings, Clock, List,
 * List)}) and the calls that schedule them through any worker's scheduler client.
 *
 * <ul>
 *   <li>{@value #RECURRING_TASK}: one instance per job name, its cron schedule and instruments
 *       stored with it ({@link #schedule}, {@link #cancel}). Each execution analyses the
 *       instruments.
 *   <li>{@value #NOW_TASK}: one instance per run ({@link #runNow}).
 * </ul>
 *
 * <p>A run calls {@link FuturesAnalysisService#analyzeAll} over the instruments, one after the
 * other on the task's thread; the service stores every report (and its sma-cross backtest run)
 * through its store, normally a {@link JdbcFuturesStore}. The run is recorded in
 * {@code job_runs} with kind {@value #RUN_KIND}: an instrument counts as succeeded when every
 * step of its analysis succeeded, the failures list {@code instrument: step: reason}, and the
 * status is SUCCEEDED, PARTIAL or FAILED. The run's id is derived from the job and its scheduled
 * time, so a retried or revived execution records the same row, and a finished run is not
 * repeated. A run whose recording fails is retried with the worker settings' back-off; after the
 * last retry the run is marked FAILED with the reason. Thread-safe.
 */
public final class FuturesAnalysisJobs {

  /** The recurring task's name. */
  public static final String RECURRING_TASK = "futures-analysis";
  /** The run-once task's name. */
  public static final String NOW_TASK = "futures-analysis-now";
  /** The job-run kind of a futures analysis run. */
  public static final String RUN_KIND = "futures.analysis";

  private static final Logger LOG = LoggerFactory.getLogger(FuturesAnalysisJobs.class);

  /**
   * A job's instruments.
   *
   * @param name the job's name ({@code now} for a run-once)
   * @param instruments the instruments, in order
   */
  record Job(String name, List<String> instruments) implements Serializable {
    private static final long serialVersionUID = 1L;

    Job {
      ArgChecker.notBlank(name, "name");
      instruments = List.copyOf(ArgChecker.notEmpty(instruments, "instruments"));
    }
  }

  /**
   * A run-once's data.
   *
   * @param runId the run's id
   * @param job the instruments
   */
  record Run(String runId, Job job) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final FuturesAnalysisService service;
  private final JdbcRunLedger ledger;
  private final Clock clock;
  private final RecurringTaskWithPersistentSchedule<PersistentCronSchedule> recurring;
  private final OneTimeTask<Run> now;

  /**
   * Tasks analysing through a service.
   *
   * @param dataSource the database holding {@code job_runs} (V9 grants for the discovery role)
   * @param service the futures facade (its bar source and store: e.g. a {@code FileBarSource}
   *     or {@code JdbcBarSource}, and a {@link JdbcFuturesStore})
   * @param clock stamps the job runs
   * @param settings the worker settings (retries and back-off of a run-once)
   */
  public FuturesAnalysisJobs(DataSource dataSource, FuturesAnalysisService service, Clock clock,
      WorkerSettings settings) {
    this.ledger = new JdbcRunLedger(ArgChecker.notNull(dataSource, "dataSource"));
    this.service = ArgChecker.notNull(service, "service");
    this.clock = ArgChecker.notNull(clock, "clock");
    ArgChecker.notNull(settings, "settings");
    this.recurring = Tasks.recurringWithPersistentSchedule(RECURRING_TASK,
        PersistentCronSchedule.class)
        .execute((inst, ctx) -> {
          Job job = (Job) inst.getData().getData();
          run(stableId(RECURRING_TASK + ":" + job.name() + ":"
              + ctx.getExecution().getExecutionTime()), job);
        });
    this.now = Tasks.oneTime(NOW_TASK, Run.class)
        .onFailure(FailureHandler.<Run>maxRetries(settings.maxRetries())
            .withBackoff(settings.retryDelay(), settings.retryMultiplier())
            .then(this::gaveUp))
        .execute((inst, ctx) -> run(inst.getData().runId(), inst.getData().job()));
  }

  /**
   * A service with the default settings over a bar source, storing in a
   * {@link JdbcFuturesStore} on the same database.
   *
   * @param dataSource the database
   * @param bars the bar source
   * @param clock the clock
   * @param settings the worker settings
   * @return the jobs
   */
  public static FuturesAnalysisJobs of(DataSource dataSource, BarSource bars, Clock clock,
      WorkerSettings settings) {
    FuturesAnalysisService service = new FuturesAnalysisService(bars,
        new JdbcFuturesStore(dataSource), FuturesNotifier.NONE, clock, Ticker.SYSTEM,
        FuturesAnalysisService.Settings.defaults());
    return new FuturesAnalysisJobs(dataSource, service, clock, settings);
  }

  /**
   * The tasks a worker must know to run these jobs.
   *
   * @return the recurring and the run-once task
   */
  public List<Task<?>> tasks() {
    return List.of(recurring, now);
  }

  /**
   * Schedules a recurring analysis under a name, replacing its schedule and instruments if set.
   *
   * @param client a scheduler client of the worker database (e.g. a worker's scheduler)
   * @param name the job's name
   * @param instruments the instruments, at least one
   * @param cron six fields, seconds first
   * @param zone the zone the cron is read in
   * @throws IllegalArgumentException if the name is blank, no instrument is given or the cron
   *     does not parse
   */
  public void schedule(SchedulerClient client, String name, List<String> instruments,
      String cron, ZoneId zone) {
    ArgChecker.notNull(client, "client");
    WorkerSettings.schedule(cron, zone);
    SchedulableInstance<PersistentCronSchedule> instance = recurring.schedulableInstance(name,
        new PersistentCronSchedule(cron, zone, new Job(name, instruments)));
    DiscoveryWorker.scheduleOrReplace(client, instance);
    LOG.info("futures analysis '{}' of {} scheduled: '{}' in {}", name, instruments, cron, zone);
  }

  /**
   * Cancels a recurring analysis.
   *
   * @param client a scheduler client of the worker database
   * @param name the job's name
   * @return true if one was scheduled under that name
   * @throws IllegalStateException if its run is executing right now
   */
  public boolean cancel(SchedulerClient client, String name) {
    ArgChecker.notNull(client, "client");
    ArgChecker.notBlank(name, "name");
    return DiscoveryWorker.cancel(client, TaskInstanceId.of(RECURRING_TASK, name));
  }

  /**
   * Runs an analysis once, now, on whichever worker picks it up.
   *
   * @param client a scheduler client of the worker database
   * @param instruments the instruments, at least one
   * @return the run's id (its {@code job_runs} id)
   * @throws IllegalArgumentException if no instrument is given
   */
  public String runNow(SchedulerClient client, List<String> instruments) {
    ArgChecker.notNull(client, "client");
    Job job = new Job("now", instruments);
    String runId = UUID.randomUUID().toString();
    client.scheduleIfNotExists(now.instance(runId, new Run(runId, job)), clock.instant());
    return runId;
  }

  private void run(String runId, Job job) {
    Instant started = clock.instant();
    if (ledger.startRun(runId, RUN_KIND, started) == JdbcRunLedger.RunState.FINISHED) {
      LOG.info("futures analysis run {} ('{}') has finished already: not run again", runId,
          job.name());
      return;
    }
    FuturesBatchReport batch = service.analyzeAll(job.instruments(), Runnable::run,
        ProgressListener.NONE);
    Instant finished = clock.instant();
    List<DiscoveryReport.Failure> failures = batch.failures().stream()
        .map(f -> new DiscoveryReport.Failure(f.item(), f.reason())).toList();
    // job_runs holds counts, status and failures; the window is the run's day (no trade window)
    DiscoveryWindow day = DiscoveryWindow.of(started.atZone(clock.getZone()).toLocalDate(),
        started.atZone(clock.getZone()).toLocalDate());
    ledger.finishRun(new DiscoveryReport(runId, RUN_KIND, day, started,
        finished.isBefore(started) ? started : finished, job.instruments().size(),
        job.instruments().size() - failures.size(), failures, 0, 0, 0, Optional.empty(), 0));
    LOG.info("futures analysis run {} ('{}'): {} of {} instruments analysed", runId, job.name(),
        job.instruments().size() - failures.size(), job.instruments().size());
  }

  private void gaveUp(ExecutionComplete complete, ExecutionOperations<Run> ops) {
    Run r = (Run) complete.getExecution().taskInstance.getData();
    String reason = "futures analysis failed after its retries: " + complete.getCause()
        .map(e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
        .orElse("failed");
    try {
      ledger.startRun(r.runId(), RUN_KIND, complete.getTimeDone());
      ledger.failRun(r.runId(), complete.getTimeDone(), reason);
      ops.remove();
    } catch (RuntimeException e) {
      LOG.error("cannot record the failure of futures analysis run {} ({})", r.runId(),
          e.getMessage());
      ops.reschedule(complete, complete.getTimeDone().plusSeconds(60));
    }
  }

  private static String stableId(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
