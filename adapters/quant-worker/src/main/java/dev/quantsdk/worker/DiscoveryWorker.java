package dev.quantsdk.worker;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTaskWithPersistentSchedule;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.PersistentCronSchedule;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryStore;
import dev.quantsdk.jdbc.discovery.JdbcRunLedger;
import dev.quantsdk.jdbc.discovery.JdbcRunRecorder;
import dev.quantsdk.jdbc.discovery.JdbcTradeSource;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.discovery.PoliticianRef;
import dev.quantsdk.orchestration.discovery.TradeSource;
import dev.quantsdk.persistence.DatabaseVendor;
import dev.quantsdk.persistence.QuantDatabase;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A discovery worker: one db-scheduler instance that runs the nightly discovery's tasks. Start any
 * number of workers, in one process or many, on the same database: they share the work through
 * the {@code scheduled_tasks} table, and each task runs on one worker at a time.
 *
 * <p>The tasks, all idempotent:
 * <ul>
 *   <li>{@value #NIGHTLY_TASK} (recurring, the configured cron in the configured zone): schedules
 *       the fan-out of the run for its date (the scheduled time's date in the zone). A run missed
 *       while every worker was down executes once when a worker starts, not once per missed night.
 *   <li>{@value #FAN_OUT_TASK} ({@code nightly:<date>}): records the run in {@code job_runs}
 *       (id derived from the date) and schedules one {@value #MEMBER_TASK} task per politician
 *       with trades, {@code politician:<id>:<date>}, each only if absent. The window is every
 *       stored trade (first to last transaction date), as {@code scan-all} scans by default. A
 *       date whose run has finished is not run again.
 *   <li>{@value #MEMBER_TASK}: {@link DiscoveryService#scanMember} for one politician, then its
 *       outcome is recorded once in the run ({@link JdbcRunLedger}); a failure is retried with
 *       exponential back-off and, after the last retry, recorded as the politician's failure with
 *       its reason. The task that records the last outcome schedules the finalising task.
 *   <li>{@value #FINALISE_TASK} ({@code finalise:<date>}): {@link DiscoveryService#finaliseStaged}
 *       (Benjamini–Hochberg across the members' cycle candidates, the network), then the run's end,
 *       counts, success rate and failures. If it exhausts its retries the run is marked failed.
 * </ul>
 *
 * <p>A worker killed mid-task stops sending heartbeats; after
 * {@code heartbeatInterval × missedHeartbeatsLimit} another worker revives the task. Results are
 * replaced per key and outcomes recorded once per politician, so a revived or retried task never
 * duplicates anything. {@link #stop()} lets running tasks finish for up to the shutdown wait.
 *
 * <p>Thread-safe; {@link #start()} and {@link #stop()} are meant to be called once each.
 */
public final class DiscoveryWorker implements AutoCloseable {

  /** The recurring nightly task's name. */
  public static final String NIGHTLY_TASK = "discovery-nightly";
  /** The fan-out task's name. */
  public static final String FAN_OUT_TASK = "discovery-fan-out";
  /** The per-politician task's name. */
  public static final String MEMBER_TASK = "discovery-politician";
  /** The finalising task's name. */
  public static final String FINALISE_TASK = "discovery-finalise";
  /**
   * The recurring nightly task whose schedule is stored with it (set and cancelled at run time
   * through {@link #scheduleNightly} and {@link #cancelScheduledNightly}, e.g. by
   * {@link WorkerJobScheduler}); it triggers the same dated runs as {@value #NIGHTLY_TASK}.
   */
  public static final String SCHEDULED_NIGHTLY_TASK = "discovery-nightly-scheduled";
  /** The job-run kind of a nightly run. */
  public static final String RUN_KIND = "discovery.nightly";

  private static final Logger LOG = LoggerFactory.getLogger(DiscoveryWorker.class);

  /**
   * The fan-out task's data.
   *
   * @param date the run's date
   */
  record FanOut(LocalDate date) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A politician task's data.
   *
   * @param runId the run
   * @param date the run's date
   * @param from the window's first day
   * @param to the window's last day
   * @param politicianId the politician
   * @param name the politician's name
   * @param total politicians in the run
   */
  record Member(String runId, LocalDate date, LocalDate from, LocalDate to, String politicianId,
      String name, int total) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The finalising task's data.
   *
   * @param runId the run
   * @param date the run's date
   * @param from the window's first day
   * @param to the window's last day
   */
  record Finalise(String runId, LocalDate date, LocalDate from, LocalDate to)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final TradeSource source;
  private final DiscoveryService service;
  private final JdbcRunLedger ledger;
  private final WorkerSettings settings;
  private final Clock clock;
  private final double criticalSeverity;
  private final RecurringTask<Void> nightly;
  private final RecurringTaskWithPersistentSchedule<PersistentCronSchedule> scheduledNightly;
  private final OneTimeTask<FanOut> fanOut;
  private final OneTimeTask<Member> member;
  private final OneTimeTask<Finalise> finalise;
  private final Scheduler scheduler;

  /**
   * Creates a worker on the JDBC ports of a migrated database, with the default analysis
   * settings.
   *
   * @param dataSource the database, e.g. as a login user of the {@code quant_discovery} role
   * @param settings the worker settings
   * @param clock the clock stamping runs and results
   * @param extraRecurringTasks further recurring tasks this worker runs (for example the webhook
   *     dispatcher), empty for none
   * @return the worker, not started
   */
  public static DiscoveryWorker create(DataSource dataSource, WorkerSettings settings, Clock clock,
      List<RecurringTask<?>> extraRecurringTasks) {
    return create(dataSource, settings, clock, extraRecurringTasks, List.of());
  }

  /**
   * Creates a worker on the JDBC ports of a migrated database, with the default analysis
   * settings, that also runs further tasks (for example {@link FuturesAnalysisJobs#tasks()}).
   *
   * @param dataSource the database, e.g. as a login user of the {@code quant_discovery} role
   * @param settings the worker settings
   * @param clock the clock stamping runs and results
   * @param extraRecurringTasks further recurring tasks this worker runs, empty for none
   * @param extraTasks further tasks this worker knows (one-time, or recurring with a stored
   *     schedule), empty for none
   * @return the worker, not started
   */
  public static DiscoveryWorker create(DataSource dataSource, WorkerSettings settings, Clock clock,
      List<RecurringTask<?>> extraRecurringTasks, List<Task<?>> extraTasks) {
    TradeSource source = new JdbcTradeSource(dataSource);
    DiscoveryService service = new DiscoveryService(source,
        new JdbcDiscoveryStore(dataSource, clock), new JdbcRunRecorder(dataSource), clock,
        Runnable::run, DiscoveryService.Settings.defaults());
    return new DiscoveryWorker(dataSource, source, service, DiscoveryService.Settings.defaults()
        .criticalSeverity(), settings, clock, extraRecurringTasks, extraTasks, b -> { });
  }

  /**
   * Creates a worker.
   *
   * @param dataSource the database holding {@code scheduled_tasks} and {@code job_runs}
   * @param source where politicians and trades are read (the service's source)
   * @param service the discovery facade the tasks call
   * @param criticalSeverity the service's critical severity, for the run's counts
   * @param settings the worker settings
   * @param clock the clock stamping runs
   * @param extraRecurringTasks further recurring tasks this worker runs, empty for none
   * @param customizer last changes to the db-scheduler builder (executors, clock), applied after
   *     the settings; {@code b -> { }} for none
   */
  public DiscoveryWorker(DataSource dataSource, TradeSource source, DiscoveryService service,
      double criticalSeverity, WorkerSettings settings, Clock clock,
      List<RecurringTask<?>> extraRecurringTasks, Consumer<SchedulerBuilder> customizer) {
    this(dataSource, source, service, criticalSeverity, settings, clock, extraRecurringTasks,
        List.of(), customizer);
  }

  /**
   * Creates a worker that also knows further tasks.
   *
   * @param dataSource the database holding {@code scheduled_tasks} and {@code job_runs}
   * @param source where politicians and trades are read (the service's source)
   * @param service the discovery facade the tasks call
   * @param criticalSeverity the service's critical severity, for the run's counts
   * @param settings the worker settings
   * @param clock the clock stamping runs
   * @param extraRecurringTasks further recurring tasks this worker runs, empty for none
   * @param extraTasks further tasks this worker knows (one-time, or recurring with a stored
   *     schedule), empty for none
   * @param customizer last changes to the db-scheduler builder (executors, clock), applied after
   *     the settings; {@code b -> { }} for none
   */
  public DiscoveryWorker(DataSource dataSource, TradeSource source, DiscoveryService service,
      double criticalSeverity, WorkerSettings settings, Clock clock,
      List<RecurringTask<?>> extraRecurringTasks, List<Task<?>> extraTasks,
      Consumer<SchedulerBuilder> customizer) {
    ArgChecker.notNull(dataSource, "dataSource");
    ArgChecker.notNull(extraTasks, "extraTasks");
    this.source = ArgChecker.notNull(source, "source");
    this.service = ArgChecker.notNull(service, "service");
    this.criticalSeverity = ArgChecker.inRangeInclusive(criticalSeverity, 0, 1,
        "criticalSeverity");
    this.settings = ArgChecker.notNull(settings, "settings");
    this.clock = ArgChecker.notNull(clock, "clock");
    ArgChecker.notNull(extraRecurringTasks, "extraRecurringTasks");
    ArgChecker.notNull(customizer, "customizer");
    this.ledger = new JdbcRunLedger(dataSource);

    this.fanOut = Tasks.oneTime(FAN_OUT_TASK, FanOut.class)
        .onFailure(FailureHandler.<FanOut>maxRetries(settings.maxRetries())
            .withBackoff(settings.retryDelay(), settings.retryMultiplier())
            .then(this::fanOutGaveUp))
        .execute((inst, ctx) -> fanOut(inst.getData(), ctx));
    this.member = Tasks.oneTime(MEMBER_TASK, Member.class)
        .onFailure(FailureHandler.<Member>maxRetries(settings.maxRetries())
            .withBackoff(settings.retryDelay(), settings.retryMultiplier())
            .then(this::memberGaveUp))
        .execute((inst, ctx) -> member(inst.getData(), ctx));
    this.finalise = Tasks.oneTime(FINALISE_TASK, Finalise.class)
        .onFailure(FailureHandler.<Finalise>maxRetries(settings.maxRetries())
            .withBackoff(settings.retryDelay(), settings.retryMultiplier())
            .then(this::finaliseGaveUp))
        .execute((inst, ctx) -> finalise(inst.getData()));
    this.nightly = Tasks.recurring(NIGHTLY_TASK, settings.nightlySchedule())
        .execute((inst, ctx) -> trigger(ctx.getSchedulerClient(),
            ctx.getExecution().getExecutionTime().atZone(settings.zone()).toLocalDate()));

    this.scheduledNightly = Tasks.recurringWithPersistentSchedule(SCHEDULED_NIGHTLY_TASK,
        PersistentCronSchedule.class)
        .execute((inst, ctx) -> trigger(ctx.getSchedulerClient(),
            ctx.getExecution().getExecutionTime().atZone(ZoneId.of(
                (String) inst.getData().getData())).toLocalDate()));

    // recurring tasks are registered through startTasks (which also makes them known)
    List<Task<?>> known = new ArrayList<>(List.of(fanOut, member, finalise, scheduledNightly));
    known.addAll(extraTasks);
    List<RecurringTask<?>> startup = new ArrayList<>(List.of(nightly));
    startup.addAll(extraRecurringTasks);
    SchedulerBuilder builder = Scheduler.create(dataSource, known)
        .startTasks(startup)
        .threads(settings.threads())
        .pollingInterval(settings.pollingInterval())
        .heartbeatInterval(settings.heartbeatInterval())
        .missedHeartbeatsLimit(settings.missedHeartbeatsLimit())
        .shutdownMaxWait(settings.shutdownMaxWait())
        .schedulerName(new SchedulerName.Fixed(settings.schedulerName()))
        .enableImmediateExecution();
    if (QuantDatabase.vendorOf(dataSource) == DatabaseVendor.POSTGRESQL) {
      // SELECT ... FOR UPDATE SKIP LOCKED: workers never race for the same due rows
      builder.pollUsingLockAndFetch(0.5, 1.0);
    }
    customizer.accept(builder);
    this.scheduler = builder.build();
  }

  /** Starts the worker: it polls for due tasks and schedules the nightly run if absent. */
  public void start() {
    scheduler.start();
    LOG.info("discovery worker {} started: {} threads, nightly '{}' in {}",
        settings.schedulerName(), settings.threads(), settings.nightlyCron(), settings.zone());
  }

  /**
   * Stops the worker: no new tasks are picked, running ones get up to the shutdown wait to
   * finish; a task still running after it is left to be revived by another worker.
   */
  public void stop() {
    scheduler.stop();
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Schedules the nightly run of a date now, unless it is scheduled already (the same step the
   * recurring task takes at the cron time).
   *
   * @param date the run's date
   * @return true if this call scheduled it
   */
  public boolean trigger(LocalDate date) {
    return trigger(scheduler, date);
  }

  /**
   * Schedules the recurring nightly run with a stored cron schedule ({@value
   * #SCHEDULED_NIGHTLY_TASK}), replacing the one set before. Independent of the settings' nightly
   * task: both trigger the same dated runs, and a date runs at most once.
   *
   * @param cron six fields, seconds first
   * @param zone the zone the cron is read in; a run's date is its time's date there
   * @throws IllegalArgumentException if the cron does not parse
   */
  public void scheduleNightly(String cron, ZoneId zone) {
    WorkerSettings.schedule(cron, zone);
    SchedulableInstance<PersistentCronSchedule> instance = scheduledNightly.schedulableInstance(
        RecurringTask.INSTANCE, new PersistentCronSchedule(cron, zone, zone.getId()));
    scheduleOrReplace(scheduler, instance);
  }

  /** Schedules an instance, or replaces its stored schedule and data if it exists. */
  static <T> void scheduleOrReplace(SchedulerClient client, SchedulableInstance<T> instance) {
    if (client.getScheduledExecution(TaskInstanceId.of(instance.getTaskName(), instance.getId()))
        .isPresent()) {
      try {
        client.reschedule(instance);
        return;
      } catch (TaskInstanceNotFoundException gone) {
        // cancelled in between: schedule it afresh
      }
    }
    client.scheduleIfNotExists(instance);
  }

  /**
   * Cancels the recurring nightly run set by {@link #scheduleNightly}.
   *
   * @return true if one was scheduled
   * @throws IllegalStateException if its run is executing right now (try again after it)
   */
  public boolean cancelScheduledNightly() {
    return cancel(scheduler, TaskInstanceId.of(SCHEDULED_NIGHTLY_TASK, RecurringTask.INSTANCE));
  }

  /** Cancels a scheduled execution if it exists; false if none. */
  static boolean cancel(SchedulerClient client, TaskInstanceId id) {
    if (client.getScheduledExecution(id).isEmpty()) {
      return false;
    }
    try {
      client.cancel(id);
      return true;
    } catch (TaskInstanceNotFoundException gone) {
      return false;
    } catch (TaskInstanceCurrentlyExecutingException running) {
      throw new IllegalStateException(id.getTaskName() + " '" + id.getId()
          + "' is executing now: cancel it after this run", running);
    }
  }

  /**
   * The scheduler, for monitoring (currently executing, failing executions).
   *
   * @return the db-scheduler instance
   */
  public Scheduler scheduler() {
    return scheduler;
  }

  /**
   * The job-run id of a date's nightly run.
   *
   * @param date the run's date
   * @return a UUID derived from the date
   */
  public static String runIdOf(LocalDate date) {
    return stableId("discovery.nightly:" + date);
  }

  /**
   * The task instance id of a politician's task.
   *
   * @param politicianId the politician
   * @param date the run's date
   * @return {@code politician:<id>:<date>}
   */
  public static String memberInstanceId(String politicianId, LocalDate date) {
    return "politician:" + politicianId + ":" + date;
  }

  /**
   * The id of a politician's outcome row in {@code job_runs}.
   *
   * @param politicianId the politician
   * @param date the run's date
   * @return a UUID derived from the task instance id
   */
  public static String memberRowId(String politicianId, LocalDate date) {
    return stableId(memberInstanceId(politicianId, date));
  }

  private static String stableId(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private boolean trigger(SchedulerClient client, LocalDate date) {
    boolean scheduled = client.scheduleIfNotExists(
        fanOut.instance("nightly:" + date, new FanOut(date)), clock.instant());
    LOG.info("nightly discovery of {}: {}", date, scheduled ? "scheduled" : "already scheduled");
    return scheduled;
  }

  private void fanOut(FanOut data, ExecutionContext ctx) {
    LocalDate date = data.date();
    String runId = runIdOf(date);
    Instant now = clock.instant();
    JdbcRunLedger.RunState state = ledger.startRun(runId, RUN_KIND, now);
    if (state == JdbcRunLedger.RunState.FINISHED) {
      LOG.info("nightly discovery of {} has finished already (run {}): not run again", date,
          runId);
      return;
    }
    Optional<DiscoveryWindow> window = source.dataWindow();
    List<PoliticianRef> politicians = window.isPresent() ? source.politicians() : List.of();
    if (politicians.isEmpty()) {
      DiscoveryWindow w = window.orElse(DiscoveryWindow.of(date, date));
      ledger.finishRun(new DiscoveryReport(runId, RUN_KIND, w, now, clock.instant(), 0, 0,
          List.of(), 0, 0, 0, Optional.empty(), 0));
      return;
    }
    DiscoveryWindow w = window.get();
    // a revived or retried fan-out skips politicians that already have an outcome
    Map<String, JdbcRunLedger.MemberOutcome> done = ledger.memberOutcomes(politicians.stream()
        .map(p -> memberRowId(p.id(), date)).toList());
    int scheduled = 0;
    for (PoliticianRef p : politicians) {
      Member m = new Member(runId, date, w.from(), w.to(), p.id(), p.name(), politicians.size());
      if (!done.containsKey(memberRowId(p.id(), date))
          && ctx.getSchedulerClient().scheduleIfNotExists(
          member.instance(memberInstanceId(p.id(), date), m), clock.instant())) {
        scheduled++;
      }
    }
    LOG.info("nightly discovery of {} (run {}, window {}): {} politician tasks scheduled of {}"
        + " ({} done before)", date, runId, w, scheduled, politicians.size(), done.size());
  }

  private void member(Member m, ExecutionContext ctx) {
    Instant started = clock.instant();
    service.scanMember(m.runId(), DiscoveryWindow.of(m.from(), m.to()),
        new PoliticianRef(m.politicianId(), m.name()));
    int recorded = ledger.recordMember(m.runId(), memberRowId(m.politicianId(), m.date()),
        started, clock.instant(), Optional.empty());
    scheduleFinaliseIfComplete(ctx.getSchedulerClient(), m, recorded);
  }

  private void memberGaveUp(ExecutionComplete complete, ExecutionOperations<Member> ops) {
    Member m = (Member) complete.getExecution().taskInstance.getData();
    String reason = complete.getCause().map(DiscoveryWorker::reason).orElse("failed");
    try {
      int recorded = ledger.recordMember(m.runId(), memberRowId(m.politicianId(), m.date()),
          complete.getExecution().getExecutionTime(), complete.getTimeDone(),
          Optional.of(m.name() + ": " + reason));
      LOG.warn("{} failed after {} retries, recorded in run {}: {}", m.name(),
          settings.maxRetries(), m.runId(), reason);
      ops.remove();
      scheduleFinaliseIfComplete(scheduler, m, recorded);
    } catch (RuntimeException e) {
      // the database is unreachable even to record the failure: keep the task and try later
      LOG.error("cannot record the failure of {} in run {} ({}); retrying later", m.name(),
          m.runId(), e.getMessage());
      ops.reschedule(complete, complete.getTimeDone().plus(settings.retryDelay()));
    }
  }

  private void scheduleFinaliseIfComplete(SchedulerClient client, Member m, int recorded) {
    if (recorded >= m.total()) {
      client.scheduleIfNotExists(finalise.instance("finalise:" + m.date(),
          new Finalise(m.runId(), m.date(), m.from(), m.to())), clock.instant());
    }
  }

  private void finalise(Finalise f) {
    DiscoveryWindow window = DiscoveryWindow.of(f.from(), f.to());
    List<PoliticianRef> politicians = source.politicians();
    List<String> rowIds = politicians.stream().map(p -> memberRowId(p.id(), f.date())).toList();
    Map<String, JdbcRunLedger.MemberOutcome> outcomes = ledger.memberOutcomes(rowIds);
    List<String> succeeded = new ArrayList<>();
    List<DiscoveryReport.Failure> failures = new ArrayList<>();
    for (int i = 0; i < politicians.size(); i++) {
      PoliticianRef p = politicians.get(i);
      JdbcRunLedger.MemberOutcome o = outcomes.get(rowIds.get(i));
      if (o == null) {
        continue; // not part of this run (e.g. imported after the fan-out)
      }
      if (o.succeeded()) {
        succeeded.add(p.id());
      } else {
        String text = o.message().orElse("failed");
        String prefix = p.name() + ": ";
        failures.add(new DiscoveryReport.Failure(p.name(),
            text.startsWith(prefix) ? text.substring(prefix.length()) : text));
      }
    }
    DiscoveryService.StagedResult result = service.finaliseStaged(f.runId(), window, succeeded,
        ledger.candidates(f.runId()));
    int[] anomalies = ledger.anomalyCounts(f.runId(), criticalSeverity);
    Instant started = ledger.startedAt(f.runId()).orElseThrow(() -> new IllegalStateException(
        "run " + f.runId() + " is not recorded in job_runs"));
    Instant finished = clock.instant();
    DiscoveryReport report = new DiscoveryReport(f.runId(), RUN_KIND, window, started,
        finished.isBefore(started) ? started : finished, succeeded.size() + failures.size(),
        succeeded.size(), failures, result.cyclesFound(), anomalies[0], anomalies[1],
        result.network(), result.experiments());
    ledger.finishRun(report);
    LOG.info("nightly discovery of {} finished: {} politicians, {} failed, {} cycles, {} "
        + "anomalies, {} ms", f.date(), report.politicians(), report.failed(),
        report.cyclesFound(), report.anomalies(), report.duration().toMillis());
  }

  private void finaliseGaveUp(ExecutionComplete complete, ExecutionOperations<Finalise> ops) {
    Finalise f = (Finalise) complete.getExecution().taskInstance.getData();
    String reason = "finalising failed after " + settings.maxRetries() + " retries: "
        + complete.getCause().map(DiscoveryWorker::reason).orElse("failed");
    try {
      ledger.failRun(f.runId(), complete.getTimeDone(), reason);
      ops.remove();
    } catch (RuntimeException e) {
      LOG.error("cannot record the failure of run {} ({}); retrying later", f.runId(),
          e.getMessage());
      ops.reschedule(complete, complete.getTimeDone().plus(settings.retryDelay()));
    }
  }

  private void fanOutGaveUp(ExecutionComplete complete, ExecutionOperations<FanOut> ops) {
    FanOut data = (FanOut) complete.getExecution().taskInstance.getData();
    String reason = "fan-out failed after " + settings.maxRetries() + " retries: "
        + complete.getCause().map(DiscoveryWorker::reason).orElse("failed");
    try {
      String runId = runIdOf(data.date());
      ledger.startRun(runId, RUN_KIND, complete.getTimeDone());
      ledger.failRun(runId, complete.getTimeDone(), reason);
      ops.remove();
    } catch (RuntimeException e) {
      LOG.error("cannot record the failed fan-out of {} ({}); retrying later", data.date(),
          e.getMessage());
      ops.reschedule(complete, complete.getTimeDone().plus(settings.retryDelay()));
    }
  }

  private static String reason(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
