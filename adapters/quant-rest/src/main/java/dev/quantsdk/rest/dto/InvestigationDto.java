package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An anomaly's investigation state after {@code POST /api/v1/anomalies/{id}/investigate}.
 * Immutable and thread-safe.
 *
 * @param anomalyId the anomaly
 * @param investigated always true after the call
 * @param investigatedAt when it was first marked investigated
 * @param investigatedBy who first marked it investigated
 * @param changed true if this request marked it, false if it already was (the call is idempotent:
 *     a repeat keeps the first time and name)
 */
public record InvestigationDto(UUID anomalyId, boolean investigated,
    Optional<Instant> investigatedAt, Optional<String> investigatedBy, boolean changed) {

  /**
   * Validates the state.
   *
   * @throws NullPointerException if a component is null
   */
  public InvestigationDto {
    ArgChecker.notNull(anomalyId, "anomalyId");
    ArgChecker.notNull(investigatedAt, "investigatedAt");
    ArgChecker.notNull(investigatedBy, "investigatedBy");
  }
}
