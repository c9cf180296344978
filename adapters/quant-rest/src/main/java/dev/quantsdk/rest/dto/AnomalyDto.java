package dev.quantsdk.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored anomaly (a row of {@code anomaly_detections}) with its politician's name. Immutable
 * and thread-safe, except that {@code explanation} is a Jackson tree callers must treat as
 * read-only.
 *
 * @param id the anomaly id
 * @param politicianId the politician's id
 * @param politicianName the politician's display name
 * @param tradeId the anomalous trade, absent for a pattern-level anomaly
 * @param anomalyType the anomaly type, such as {@code late_disclosure}
 * @param severity the severity, a fraction in [0, 1]
 * @param explanation why it is anomalous, a JSON object
 * @param windowStart the first day of the analysed window
 * @param windowEnd the last day of the analysed window
 * @param detectedAt when it was detected
 * @param investigated whether someone marked it investigated
 */
public record AnomalyDto(UUID id, UUID politicianId, String politicianName, Optional<UUID> tradeId,
    String anomalyType, double severity, JsonNode explanation, LocalDate windowStart,
    LocalDate windowEnd, Instant detectedAt, boolean investigated) {

  /**
   * Validates the anomaly.
   *
   * @throws NullPointerException if a component is null
   */
  public AnomalyDto {
    ArgChecker.notNull(id, "id");
    ArgChecker.notNull(politicianId, "politicianId");
    ArgChecker.notNull(politicianName, "politicianName");
    ArgChecker.notNull(tradeId, "tradeId");
    ArgChecker.notNull(anomalyType, "anomalyType");
    ArgChecker.notNull(explanation, "explanation");
    ArgChecker.notNull(windowStart, "windowStart");
    ArgChecker.notNull(windowEnd, "windowEnd");
    ArgChecker.notNull(detectedAt, "detectedAt");
  }
}
