package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored {@code fourier_cycle} discovery: the cycle a discovery run found significant after
 * false-discovery-rate control. Immutable and thread-safe.
 *
 * @param discoveryId the discovery's id
 * @param periodDays the cycle's period, calendar days
 * @param strength the discovery's strength, in [0, 1]
 * @param confidence the discovery's confidence (1 - false-alarm probability), in [0, 1]
 * @param qValue the Benjamini-Hochberg q-value, absent if the stored parameters lack it
 * @param windowStart the scanned window's first day
 * @param windowEnd the scanned window's last day
 * @param description the stored description, if any
 */
public record CycleDto(UUID discoveryId, double periodDays, double strength, double confidence,
    Optional<Double> qValue, LocalDate windowStart, LocalDate windowEnd,
    Optional<String> description) {

  /**
   * Validates the cycle.
   *
   * @throws NullPointerException if a component is null
   */
  public CycleDto {
    ArgChecker.notNull(discoveryId, "discoveryId");
    ArgChecker.notNull(qValue, "qValue");
    ArgChecker.notNull(windowStart, "windowStart");
    ArgChecker.notNull(windowEnd, "windowEnd");
    ArgChecker.notNull(description, "description");
  }
}
