package dev.quantsdk.orchestration;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Port: the scheduled jobs a host runs — the recurring nightly discovery and recurring futures
 * analyses of lists of instruments — and running either once now. An adapter implements it on a
 * job scheduler shared by worker processes (quant-worker: db-scheduler on the Quant SDK
 * database); every run is recorded as a job run ({@code bin/quant jobs}, {@code GET /api/v1/jobs}).
 * Scheduling is durable and idempotent: scheduling a name again replaces its schedule, and a
 * date's discovery is scheduled once however often it is asked for. Implementations must be
 * thread-safe.
 */
public interface JobScheduler {

  /**
   * When a recurring job runs: a cron expression evaluated in a time zone.
   *
   * @param cron six fields, seconds first (Spring style), e.g. {@code 0 0 2 * * *} for 02:00
   * @param zone the zone the cron is read in (its daylight-saving rules apply)
   */
  record Schedule(String cron, ZoneId zone) {

    /**
     * Validates the schedule's parts (the cron's syntax is checked by the scheduler).
     *
     * @throws IllegalArgumentException if the cron is blank or the zone is null
     */
    public Schedule {
      ArgChecker.notBlank(cron, "cron");
      ArgChecker.notNull(zone, "zone");
    }

    /**
     * A schedule.
     *
     * @param cron six fields, seconds first
     * @param zone the zone
     * @return the schedule
     */
    public static Schedule of(String cron, ZoneId zone) {
      return new Schedule(cron, zone);
    }
  }

  /**
   * Schedules the recurring nightly discovery (each run scans every politician over every stored
   * trade), replacing the schedule set before. A run's date is its scheduled time's date in the
   * zone; a date runs at most once.
   *
   * @param schedule when it runs
   * @throws IllegalArgumentException if the cron does not parse
   */
  void scheduleNightlyDiscovery(Schedule schedule);

  /**
   * Cancels the recurring nightly discovery scheduled by {@link #scheduleNightlyDiscovery}.
   *
   * @return true if one was scheduled
   */
  boolean cancelNightlyDiscovery();

  /**
   * Runs the discovery of a date now, unless that date's run is scheduled or done already.
   *
   * @param date the run's date
   * @return true if this call scheduled it
   */
  boolean runDiscoveryNow(LocalDate date);

  /**
   * Schedules a recurring futures analysis of instruments under a name, replacing the name's
   * schedule and instruments if set before. Each run analyses every instrument (one failing
   * instrument never loses the others) and records the success rate.
   *
   * @param name the job's name, e.g. {@code equity-index}
   * @param instruments ids the adapter's bar source knows, at least one
   * @param schedule when it runs
   * @throws IllegalArgumentException if the name is blank, no instrument is given or the cron
   *     does not parse
   */
  void scheduleFuturesAnalysis(String name, List<String> instruments, Schedule schedule);

  /**
   * Cancels a recurring futures analysis.
   *
   * @param name the job's name
   * @return true if one was scheduled under that name
   */
  boolean cancelFuturesAnalysis(String name);

  /**
   * Runs a futures analysis of instruments once, now (on whichever worker picks it up).
   *
   * @param instruments ids the adapter's bar source knows, at least one
   * @return the run's id, the id of its job run
   * @throws IllegalArgumentException if no instrument is given
   */
  String runFuturesAnalysisNow(List<String> instruments);
}
