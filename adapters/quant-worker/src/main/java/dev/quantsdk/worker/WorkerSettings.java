package dev.quantsdk.worker;

import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.quantsdk.model.ArgChecker;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How a discovery worker runs: its threads, the nightly schedule, heartbeats and retries.
 * Immutable and thread-safe.
 *
 * <p>A worker whose heartbeat is older than {@code heartbeatInterval × missedHeartbeatsLimit}
 * counts as dead: another worker revives its task. A failing task is retried after
 * {@code retryDelay}, then {@code retryDelay × retryMultiplier}, {@code × retryMultiplier²}, ...
 * ({@code maxRetries} retries, so {@code maxRetries + 1} attempts), after which the failure is
 * recorded in the run.
 *
 * @param threads tasks executed at once by this worker, in [1, 64]
 * @param nightlyCron the nightly discovery's cron expression, six fields with seconds first (e.g.
 *     {@code 0 0 2 * * *}: 02:00 every day)
 * @param zone the time zone the cron expression and a run's date are read in
 * @param schedulerName this worker's name in the task table ({@code picked_by}), unique per worker
 * @param pollingInterval how often the worker looks for due tasks
 * @param heartbeatInterval how often the worker proves it is alive while executing
 * @param missedHeartbeatsLimit missed heartbeats after which a worker counts as dead, at least 4
 * @param retryDelay the delay before the first retry
 * @param retryMultiplier the factor each later retry's delay grows by, at least 1
 * @param maxRetries retries after the first failed attempt, in [0, 100]
 * @param shutdownMaxWait how long a stopping worker waits for its running tasks to finish
 */
public record WorkerSettings(int threads, String nightlyCron, ZoneId zone, String schedulerName,
    Duration pollingInterval, Duration heartbeatInterval, int missedHeartbeatsLimit,
    Duration retryDelay, double retryMultiplier, int maxRetries, Duration shutdownMaxWait) {

  /** The default nightly schedule: 02:00 every day. */
  public static final String DEFAULT_CRON = "0 0 2 * * *";

  /**
   * Validates the settings.
   *
   * @throws IllegalArgumentException if a value is out of range or the cron expression does not
   *     parse
   */
  public WorkerSettings {
    ArgChecker.inRangeInclusive(threads, 1, 64, "threads");
    ArgChecker.notBlank(nightlyCron, "nightlyCron");
    ArgChecker.notNull(zone, "zone");
    ArgChecker.notBlank(schedulerName, "schedulerName");
    positive(pollingInterval, "pollingInterval");
    positive(heartbeatInterval, "heartbeatInterval");
    ArgChecker.isTrue(missedHeartbeatsLimit >= 4, "missedHeartbeatsLimit must be at least 4 (db-scheduler) but "
        + "was %s", missedHeartbeatsLimit);
    positive(retryDelay, "retryDelay");
    ArgChecker.isTrue(retryMultiplier >= 1, "retryMultiplier must be at least 1 but was %s",
        retryMultiplier);
    ArgChecker.inRangeInclusive(maxRetries, 0, 100, "maxRetries");
    ArgChecker.notNull(shutdownMaxWait, "shutdownMaxWait");
    ArgChecker.isTrue(!shutdownMaxWait.isNegative(), "shutdownMaxWait must not be negative");
    schedule(nightlyCron, zone);
  }

  /**
   * The defaults: 2 threads, 02:00 UTC nightly, polling every 5 s, a heartbeat every 30 s with a
   * worker dead after 4 missed (2 minutes), 5 retries starting after 30 s and doubling
   * (30 s, 1, 2, 4, 8 minutes), and up to 5 minutes for running tasks when stopping.
   *
   * @param schedulerName this worker's name, unique per worker (e.g. host and process id)
   * @return the settings
   */
  public static WorkerSettings defaults(String schedulerName) {
    return new WorkerSettings(2, DEFAULT_CRON, ZoneId.of("UTC"), schedulerName,
        Duration.ofSeconds(5), Duration.ofSeconds(30), 4, Duration.ofSeconds(30), 2.0, 5,
        Duration.ofMinutes(5));
  }

  /**
   * A copy with another number of threads.
   *
   * @param newThreads the threads
   * @return the settings
   */
  public WorkerSettings withThreads(int newThreads) {
    return new WorkerSettings(newThreads, nightlyCron, zone, schedulerName, pollingInterval,
        heartbeatInterval, missedHeartbeatsLimit, retryDelay, retryMultiplier, maxRetries,
        shutdownMaxWait);
  }

  /**
   * A copy with another nightly schedule.
   *
   * @param cron the cron expression (six fields, seconds first)
   * @param newZone the zone it is read in
   * @return the settings
   */
  public WorkerSettings withSchedule(String cron, ZoneId newZone) {
    return new WorkerSettings(threads, cron, newZone, schedulerName, pollingInterval,
        heartbeatInterval, missedHeartbeatsLimit, retryDelay, retryMultiplier, maxRetries,
        shutdownMaxWait);
  }

  /**
   * A copy with other heartbeat and polling intervals.
   *
   * @param polling the polling interval
   * @param heartbeat the heartbeat interval
   * @param missedLimit missed heartbeats after which a worker counts as dead
   * @return the settings
   */
  public WorkerSettings withHeartbeat(Duration polling, Duration heartbeat, int missedLimit) {
    return new WorkerSettings(threads, nightlyCron, zone, schedulerName, polling, heartbeat,
        missedLimit, retryDelay, retryMultiplier, maxRetries, shutdownMaxWait);
  }

  /**
   * A copy with another retry policy.
   *
   * @param delay the delay before the first retry
   * @param multiplier the growth factor of later delays
   * @param retries the retries after the first attempt
   * @return the settings
   */
  public WorkerSettings withRetries(Duration delay, double multiplier, int retries) {
    return new WorkerSettings(threads, nightlyCron, zone, schedulerName, pollingInterval,
        heartbeatInterval, missedHeartbeatsLimit, delay, multiplier, retries, shutdownMaxWait);
  }

  /**
   * A copy with another shutdown wait.
   *
   * @param wait how long a stopping worker waits for running tasks
   * @return the settings
   */
  public WorkerSettings withShutdownMaxWait(Duration wait) {
    return new WorkerSettings(threads, nightlyCron, zone, schedulerName, pollingInterval,
        heartbeatInterval, missedHeartbeatsLimit, retryDelay, retryMultiplier, maxRetries, wait);
  }

  /**
   * The nightly schedule.
   *
   * @return the cron schedule in the zone
   */
  public CronSchedule nightlySchedule() {
    return schedule(nightlyCron, zone);
  }

  /** Parses a cron in a zone; IllegalArgumentException with an example if it does not parse. */
  static CronSchedule schedule(String cron, ZoneId zone) {
    try {
      return Schedules.cron(cron, zone);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cron '" + cron + "' does not parse (six fields, "
          + "seconds first, e.g. '" + DEFAULT_CRON + "'): " + e.getMessage(), e);
    }
  }

  private static void positive(Duration d, String name) {
    ArgChecker.notNull(d, name);
    ArgChecker.isTrue(!d.isNegative() && !d.isZero(), "%s must be positive but was %s", name, d);
  }
}
