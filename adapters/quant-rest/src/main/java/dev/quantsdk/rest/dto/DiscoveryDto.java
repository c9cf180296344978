package dev.quantsdk.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored pattern discovery (a row of {@code pattern_discoveries}) with its politician's name.
 * Immutable and thread-safe, except that {@code parameters} is a Jackson tree callers must treat
 * as read-only.
 *
 * @param id the discovery id
 * @param politicianId the politician's id
 * @param politicianName the politician's display name
 * @param patternType the pattern type, such as {@code fourier_cycle}
 * @param strength the strength, a fraction in [0, 1]
 * @param confidence the confidence, a fraction in [0, 1]
 * @param parameters the stored parameters, a JSON object (for a cycle: period_days, p_value,
 *     q_value, ...)
 * @param description the human-readable description, if any
 * @param windowStart the first day of the analysed window
 * @param windowEnd the last day of the analysed window
 * @param discoveryDate when it was found
 */
public record DiscoveryDto(UUID id, UUID politicianId, String politicianName, String patternType,
    double strength, double confidence, JsonNode parameters, Optional<String> description,
    LocalDate windowStart, LocalDate windowEnd, Instant discoveryDate) {

  /**
   * Validates the discovery.
   *
   * @throws NullPointerException if a component is null
   */
  public DiscoveryDto {
    ArgChecker.notNull(id, "id");
    ArgChecker.notNull(politicianId, "politicianId");
    ArgChecker.notNull(politicianName, "politicianName");
    ArgChecker.notNull(patternType, "patternType");
    ArgChecker.notNull(parameters, "parameters");
    ArgChecker.notNull(description, "description");
    ArgChecker.notNull(windowStart, "windowStart");
    ArgChecker.notNull(windowEnd, "windowEnd");
    ArgChecker.notNull(discoveryDate, "discoveryDate");
  }
}
