package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One recorded run (a row of {@code job_runs}). Immutable and thread-safe.
 *
 * @param runId the run id
 * @param kind what ran, such as {@code discover}
 * @param status {@code RUNNING}, {@code SUCCEEDED}, {@code PARTIAL} or {@code FAILED}
 * @param startedAt when it started
 * @param finishedAt when it finished, absent while running
 * @param durationMs finished minus started in milliseconds, absent while running
 * @param itemsOk items that succeeded
 * @param itemsFailed items that failed
 * @param successRate itemsOk / (itemsOk + itemsFailed), absent without items
 * @param failures the recorded failures ("item: reason; ..."), absent if none
 */
public record JobRunDto(UUID runId, String kind, String status, Instant startedAt,
    Optional<Instant> finishedAt, Optional<Long> durationMs, int itemsOk, int itemsFailed,
    Optional<Double> successRate, Optional<String> failures) {

  /**
   * Validates the run.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a count is negative
   */
  public JobRunDto {
    ArgChecker.notNull(runId, "runId");
    ArgChecker.notNull(kind, "kind");
    ArgChecker.notNull(status, "status");
    ArgChecker.notNull(startedAt, "startedAt");
    ArgChecker.notNull(finishedAt, "finishedAt");
    ArgChecker.notNull(durationMs, "durationMs");
    ArgChecker.notNegative(itemsOk, "itemsOk");
    ArgChecker.notNegative(itemsFailed, "itemsFailed");
    ArgChecker.notNull(successRate, "successRate");
    ArgChecker.notNull(failures, "failures");
  }
}
