package dev.quantsdk.persistence;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.discovery.PatternDiscovery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A detached read of one {@link PatternDiscovery} with its politician's name, as returned by
 * {@link DiscoveryRepository}. Safe to use after the persistence context is gone (no lazy
 * loading). Immutable and thread-safe.
 *
 * @param id the discovery id
 * @param politicianId the politician's id
 * @param politicianName the politician's display name
 * @param patternType the pattern type such as "fourier_cycle"
 * @param strength the strength in [0, 1]
 * @param confidence the confidence in [0, 1]
 * @param parametersJson the parameters, a JSON object
 * @param description the description, if any
 * @param windowStart the first day of the analysed window
 * @param windowEnd the last day of the analysed window
 * @param discoveryDate when it was found
 */
public record PatternSummary(UUID id, UUID politicianId, String politicianName, String patternType,
    double strength, double confidence, String parametersJson, Optional<String> description,
    LocalDate windowStart, LocalDate windowEnd, Instant discoveryDate) {

  /**
   * Validates the summary.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a fraction is outside [0, 1]
   */
  public PatternSummary {
    ArgChecker.notNull(id, "id");
    ArgChecker.notNull(politicianId, "politicianId");
    ArgChecker.notNull(politicianName, "politicianName");
    ArgChecker.notNull(patternType, "patternType");
    ArgChecker.inRangeInclusive(strength, 0.0, 1.0, "strength");
    ArgChecker.inRangeInclusive(confidence, 0.0, 1.0, "confidence");
    ArgChecker.notNull(parametersJson, "parametersJson");
    ArgChecker.notNull(description, "description");
    ArgChecker.notNull(windowStart, "windowStart");
    ArgChecker.notNull(windowEnd, "windowEnd");
    ArgChecker.notNull(discoveryDate, "discoveryDate");
  }

  /**
   * Reads an entity whose politician is loaded (or loadable).
   *
   * @param discovery the entity
   * @return the summary
   */
  public static PatternSummary of(PatternDiscovery discovery) {
    return new PatternSummary(discovery.getId(), discovery.getPolitician().getId(),
        discovery.getPolitician().getFullName(), discovery.getPatternType(), discovery.getStrength(),
        discovery.getConfidence(), discovery.getParametersJson(), discovery.getDescription(),
        discovery.getWindowStart(), discovery.getWindowEnd(), discovery.getDiscoveryDate());
  }
}
