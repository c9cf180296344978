package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;

/**
 * Totals over every recorded run (of one kind, when the request filters by kind): the monitoring
 * view. Immutable and thread-safe.
 *
 * @param runs all runs
 * @param succeeded runs with status {@code SUCCEEDED}
 * @param partial runs with status {@code PARTIAL}
 * @param failed runs with status {@code FAILED}
 * @param running runs still {@code RUNNING}
 * @param successRate succeeded / finished runs, absent when none finished
 * @param meanDurationMs the mean duration of the finished runs in milliseconds, absent when none
 *     finished
 * @param maxDurationMs the longest finished run in milliseconds, absent when none finished
 */
public record JobsSummaryDto(long runs, long succeeded, long partial, long failed, long running,
    Optional<Double> successRate, Optional<Double> meanDurationMs, Optional<Long> maxDurationMs) {

  /**
   * Validates the totals.
   *
   * @throws IllegalArgumentException if a count is negative or the statuses do not add up
   */
  public JobsSummaryDto {
    ArgChecker.isTrue(succeeded >= 0 && partial >= 0 && failed >= 0 && running >= 0
        && succeeded + partial + failed + running == runs,
        "status counts %d + %d + %d + %d must add up to runs %d", succeeded, partial, failed,
        running, runs);
    ArgChecker.notNull(successRate, "successRate");
    ArgChecker.notNull(meanDurationMs, "meanDurationMs");
    ArgChecker.notNull(maxDurationMs, "maxDurationMs");
  }
}
