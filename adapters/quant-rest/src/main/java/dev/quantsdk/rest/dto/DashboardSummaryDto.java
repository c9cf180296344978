package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;

/**
 * The futures platform's dashboard: per instrument of the bar source its latest analysis
 * analytics, and the recent job runs with their summary. Immutable and thread-safe.
 *
 * @param instruments one entry per instrument of the bar source, in its order
 * @param jobs the summary over all job runs
 * @param recentJobs the most recent runs, newest first
 */
public record DashboardSummaryDto(List<InstrumentSummaryDto> instruments, JobsSummaryDto jobs,
    List<JobRunDto> recentJobs) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if a component is null
   */
  public DashboardSummaryDto {
    instruments = List.copyOf(instruments);
    ArgChecker.notNull(jobs, "jobs");
    recentJobs = List.copyOf(recentJobs);
  }
}
