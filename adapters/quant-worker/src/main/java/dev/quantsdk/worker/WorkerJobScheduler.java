package dev.quantsdk.worker;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.JobScheduler;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@link JobScheduler} port on db-scheduler, through a worker's scheduler: the nightly
 * discovery's stored schedule ({@link DiscoveryWorker#scheduleNightly}), a date's discovery now
 * ({@link DiscoveryWorker#trigger}) and the futures analyses of {@link FuturesAnalysisJobs},
 * whose tasks the worker must know. Schedules are rows of {@code scheduled_tasks}: they survive
 * restarts and any worker on the database runs them. Thread-safe.
 */
public final class WorkerJobScheduler implements JobScheduler {

  private final DiscoveryWorker worker;
  private final FuturesAnalysisJobs futures;

  /**
   * A job scheduler on a worker.
   *
   * @param worker the worker (created with {@code futures.tasks()} among its extra tasks)
   * @param futures the futures analysis tasks
   */
  public WorkerJobScheduler(DiscoveryWorker worker, FuturesAnalysisJobs futures) {
    this.worker = ArgChecker.notNull(worker, "worker");
    this.futures = ArgChecker.notNull(futures, "futures");
  }

  @Override
  public void scheduleNightlyDiscovery(Schedule schedule) {
    ArgChecker.notNull(schedule, "schedule");
    worker.scheduleNightly(schedule.cron(), schedule.zone());
  }

  @Override
  public boolean cancelNightlyDiscovery() {
    return worker.cancelScheduledNightly();
  }

  @Override
  public boolean runDiscoveryNow(LocalDate date) {
    return worker.trigger(ArgChecker.notNull(date, "date"));
  }

  @Override
  public void scheduleFuturesAnalysis(String name, List<String> instruments, Schedule schedule) {
    ArgChecker.notNull(schedule, "schedule");
    futures.schedule(worker.scheduler(), name, instruments, schedule.cron(), schedule.zone());
  }

  @Override
  public boolean cancelFuturesAnalysis(String name) {
    return futures.cancel(worker.scheduler(), name);
  }

  @Override
  public String runFuturesAnalysisNow(List<String> instruments) {
    return futures.runNow(worker.scheduler(), instruments);
  }
}
