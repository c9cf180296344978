package dev.quantsdk.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.persistence.AnomalyOutbox;
import dev.quantsdk.persistence.DatabaseVendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional outbox of critical anomalies, for writers that hold an anomaly's explanation
 * as a map: converts it to JSON and queues through {@link AnomalyOutbox} (quant-persistence),
 * which holds the outbox's SQL and body for every anomaly write path. Call {@link #enqueue} on
 * the writer's own connection, inside the transaction that stores the anomalies, so an outbox row
 * exists exactly when its anomaly committed.
 *
 * <p>One row per (active endpoint, anomaly) whose severity is at or above the endpoint's
 * {@code min_severity}; the row's id is the idempotency key ({@link #idempotencyKey}), so re-runs
 * never queue a delivery twice. See {@link AnomalyOutbox}.
 *
 * <p>Stateless and thread-safe.
 */
public final class WebhookOutbox {

  /** The {@code event} field of every body. */
  public static final String EVENT_TYPE = AnomalyOutbox.EVENT_TYPE;

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebhookOutbox() {
  }

  /**
   * An anomaly as stored, the subject of a webhook.
   *
   * @param id the anomaly's row id in {@code anomaly_detections}
   * @param naturalKey its natural key ({@code anomaly_detections.natural_key}), at most 200 characters
   * @param politicianId the politician's id
   * @param tradeId the trade's id, absent for an anomaly about the politician as a whole
   * @param type the anomaly type, e.g. {@code late_disclosure}
   * @param severity the severity in [0, 1]
   * @param explanation the contributing features (serialised as a JSON object)
   * @param windowFrom the first day of the analysed window
   * @param windowTo the last day of the analysed window
   * @param detectedAt when it was detected
   */
  public record Anomaly(UUID id, String naturalKey, UUID politicianId, Optional<UUID> tradeId,
      String type, double severity, Map<String, Object> explanation, LocalDate windowFrom,
      LocalDate windowTo, Instant detectedAt) {

    /**
     * Validates the anomaly.
     *
     * @throws IllegalArgumentException if the key is blank or longer than 200 characters, the
     *     severity is outside [0, 1] or the window ends before it starts
     */
    public Anomaly {
      explanation = Collections.unmodifiableMap(new LinkedHashMap<>(
          ArgChecker.notNull(explanation, "explanation")));
      // the outbox's own record holds the rules: one place (its explanation is checked on enqueue)
      new AnomalyOutbox.Anomaly(id, naturalKey, politicianId, tradeId, type, severity, "{}",
          windowFrom, windowTo, detectedAt);
    }
  }

  /**
   * The idempotency key of the delivery of one anomaly to one endpoint (see
   * {@link AnomalyOutbox#idempotencyKey}).
   *
   * @param endpointId the endpoint
   * @param anomalyKey the anomaly's natural key
   * @return the key, also the outbox row's id
   */
  public static UUID idempotencyKey(UUID endpointId, String anomalyKey) {
    return AnomalyOutbox.idempotencyKey(endpointId, anomalyKey);
  }

  /**
   * Queues the anomalies for every active endpoint whose threshold they reach, on the caller's
   * connection and transaction (see {@link AnomalyOutbox#enqueue}).
   *
   * @param c the connection of the transaction storing the anomalies (not committed here)
   * @param vendor the database vendor
   * @param anomalies the anomalies just stored
   * @param now the time stamping new rows (they are due at once)
   * @return the number of rows added
   * @throws SQLException if the database refuses (the caller rolls back)
   * @throws IllegalArgumentException if an explanation cannot be written as JSON
   */
  public static int enqueue(Connection c, DatabaseVendor vendor, List<Anomaly> anomalies,
      Instant now) throws SQLException {
    ArgChecker.notNull(anomalies, "anomalies");
    List<AnomalyOutbox.Anomaly> converted = new ArrayList<>(anomalies.size());
    for (Anomaly a : anomalies) {
      converted.add(new AnomalyOutbox.Anomaly(a.id(), a.naturalKey(), a.politicianId(),
          a.tradeId(), a.type(), a.severity(), json(a), a.windowFrom(), a.windowTo(),
          a.detectedAt()));
    }
    return AnomalyOutbox.enqueue(c, vendor, converted, now);
  }

  private static String json(Anomaly a) {
    try {
      return JSON.writeValueAsString(a.explanation());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("anomaly " + a.id() + " cannot be written as JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
