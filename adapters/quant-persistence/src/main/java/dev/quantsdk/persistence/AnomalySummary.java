package dev.quantsdk.persistence;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.discovery.AnomalyDetection;
import dev.quantsdk.model.discovery.Trade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A detached read of one {@link AnomalyDetection} with its politician's name, as returned by
 * {@link DiscoveryRepository}. Immutable and thread-safe.
 *
 * @param id the anomaly id
 * @param politicianId the politician's id
 * @param politicianName the politician's display name
 * @param tradeId the anomalous trade, absent for a pattern-level anomaly
 * @param anomalyType the anomaly type
 * @param severity the severity in [0, 1]
 * @param explanationJson the explanation, a JSON object
 * @param windowStart the first day of the analysed window
 * @param windowEnd the last day of the analysed window
 * @param detectedAt when it was detected
 * @param investigated whether it was investigated
 */
public record AnomalySummary(UUID id, UUID politicianId, String politicianName, Optional<UUID> tradeId,
    String anomalyType, double severity, String explanationJson, LocalDate windowStart, LocalDate windowEnd,
    Instant detectedAt, boolean investigated) {

  /**
   * Validates the summary.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the severity is outside [0, 1]
   */
  public AnomalySummary {
    ArgChecker.notNull(id, "id");
    ArgChecker.notNull(politicianId, "politicianId");
    ArgChecker.notNull(politicianName, "politicianName");
    ArgChecker.notNull(tradeId, "tradeId");
    ArgChecker.notNull(anomalyType, "anomalyType");
    ArgChecker.inRangeInclusive(severity, 0.0, 1.0, "severity");
    ArgChecker.notNull(explanationJson, "explanationJson");
    ArgChecker.notNull(windowStart, "windowStart");
    ArgChecker.notNull(windowEnd, "windowEnd");
    ArgChecker.notNull(detectedAt, "detectedAt");
  }

  /**
   * Reads an entity whose politician is loaded (or loadable).
   *
   * @param anomaly the entity
   * @return the summary
   */
  public static AnomalySummary of(AnomalyDetection anomaly) {
    return new AnomalySummary(anomaly.getId(), anomaly.getPolitician().getId(),
        anomaly.getPolitician().getFullName(), anomaly.getTrade().map(Trade::getId), anomaly.getAnomalyType(),
        anomaly.getSeverity(), anomaly.getExplanationJson(), anomaly.getWindowStart(), anomaly.getWindowEnd(),
        anomaly.getDetectedAt(), anomaly.isInvestigated());
  }
}
