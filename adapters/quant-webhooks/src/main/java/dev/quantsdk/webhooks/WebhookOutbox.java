package dev.quantsdk.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.persistence.DatabaseVendor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional outbox of critical anomalies: the writer of anomalies calls
 * {@link #enqueue} on its own connection, inside the transaction that stores them, so an outbox
 * row exists exactly when its anomaly committed.
 *
 * <p>One row per (active endpoint, anomaly) whose severity is at or above the endpoint's
 * {@code min_severity}. The row's id, sent as the idempotency key, is derived from the endpoint
 * and the anomaly's natural key ({@link #idempotencyKey}): an anomaly stored again by a re-run
 * finds its row and adds nothing, so re-runs never queue a delivery twice. The row holds the exact
 * JSON body of every attempt, taken when the anomaly was first queued.
 *
 * <p>Stateless and thread-safe.
 */
public final class WebhookOutbox {

  /** The {@code event} field of every body. */
  public static final String EVENT_TYPE = "anomaly.detected";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int IN_LIST = 500;

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
      ArgChecker.notNull(id, "id");
      ArgChecker.notBlank(naturalKey, "naturalKey");
      ArgChecker.isTrue(naturalKey.length() <= 200, "naturalKey must have at most 200 characters "
          + "but has %s", naturalKey.length());
      ArgChecker.notNull(politicianId, "politicianId");
      ArgChecker.notNull(tradeId, "tradeId");
      ArgChecker.notBlank(type, "type");
      ArgChecker.inRangeInclusive(severity, 0, 1, "severity");
      explanation = Collections.unmodifiableMap(new LinkedHashMap<>(
          ArgChecker.notNull(explanation, "explanation")));
      ArgChecker.notNull(windowFrom, "windowFrom");
      ArgChecker.notNull(windowTo, "windowTo");
      ArgChecker.isTrue(!windowTo.isBefore(windowFrom), "window ends %s before it starts %s",
          windowTo, windowFrom);
      ArgChecker.notNull(detectedAt, "detectedAt");
    }
  }

  /**
   * The idempotency key of the delivery of one anomaly to one endpoint: a name-based UUID of the
   * endpoint's id and the anomaly's natural key, the same on every attempt and every re-run.
   *
   * @param endpointId the endpoint
   * @param anomalyKey the anomaly's natural key
   * @return the key, also the outbox row's id
   */
  public static UUID idempotencyKey(UUID endpointId, String anomalyKey) {
    ArgChecker.notNull(endpointId, "endpointId");
    ArgChecker.notBlank(anomalyKey, "anomalyKey");
    return UUID.nameUUIDFromBytes(("quant-webhook|" + endpointId + "|" + anomalyKey)
        .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Queues the anomalies for every active endpoint whose threshold they reach, on the caller's
   * connection and transaction; rows that exist already are left as they are. Reads
   * {@code webhook_endpoints} (and, for the body, {@code politicians} and {@code trades}); with no
   * active endpoint, or no anomaly at or above the lowest threshold, it only runs that one query.
   *
   * @param c the connection of the transaction storing the anomalies (not committed here)
   * @param vendor the database vendor
   * @param anomalies the anomalies just stored
   * @param now the time stamping new rows (they are due at once)
   * @return the number of rows added
   * @throws SQLException if the database refuses (the caller rolls back)
   */
  public static int enqueue(Connection c, DatabaseVendor vendor, List<Anomaly> anomalies,
      Instant now) throws SQLException {
    ArgChecker.notNull(c, "c");
    ArgChecker.notNull(vendor, "vendor");
    ArgChecker.notNull(anomalies, "anomalies");
    ArgChecker.notNull(now, "now");
    if (anomalies.isEmpty()) {
      return 0;
    }
    Map<UUID, Double> thresholds = activeThresholds(c);
    double lowest = thresholds.values().stream().mapToDouble(Double::doubleValue).min()
        .orElse(Double.POSITIVE_INFINITY);
    List<Anomaly> critical = anomalies.stream().filter(a -> a.severity() >= lowest).toList();
    if (critical.isEmpty()) {
      return 0;
    }
    Map<UUID, String> names = new HashMap<>();
    Map<UUID, Map<String, Object>> trades = trades(c, critical.stream()
        .flatMap(a -> a.tradeId().stream()).distinct().toList());
    Timestamp stamp = Jdbc.ts(now);
    int added = 0;
    try (PreparedStatement ins = c.prepareStatement(insertIfAbsent(vendor))) {
      for (Anomaly a : critical) {
        String name = names.computeIfAbsent(a.politicianId(), id -> politicianName(c, id));
        String payload = payload(a, name, a.tradeId().map(id -> trades.getOrDefault(id,
            tradeWithoutDetails(id))));
        for (Map.Entry<UUID, Double> t : thresholds.entrySet()) {
          if (a.severity() < t.getValue()) {
            continue;
          }
          ins.setObject(1, idempotencyKey(t.getKey(), a.naturalKey()));
          ins.setObject(2, t.getKey());
          ins.setString(3, a.naturalKey());
          ins.setObject(4, a.id());
          ins.setDouble(5, a.severity());
          ins.setString(6, payload);
          ins.setTimestamp(7, stamp);
          ins.setTimestamp(8, stamp);
          ins.addBatch();
        }
      }
      for (int n : ins.executeBatch()) {
        // SUCCESS_NO_INFO (-2) still means one row at most
        added += n == PreparedStatement.SUCCESS_NO_INFO ? 1 : n;
      }
    }
    return added;
  }

  private static String insertIfAbsent(DatabaseVendor vendor) {
    String columns = "id, endpoint_id, anomaly_key, anomaly_id, severity, payload, created_at, "
        + "attempts, next_attempt_at";
    if (vendor == DatabaseVendor.POSTGRESQL) {
      return "INSERT INTO webhook_outbox (" + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?) "
          + "ON CONFLICT DO NOTHING";
    }
    return "MERGE INTO webhook_outbox o USING (VALUES (CAST(? AS UUID), CAST(? AS UUID), "
        + "CAST(? AS VARCHAR(200)), CAST(? AS UUID), CAST(? AS DOUBLE PRECISION), "
        + "CAST(? AS CHARACTER LARGE OBJECT), CAST(? AS TIMESTAMP WITH TIME ZONE), "
        + "CAST(? AS TIMESTAMP WITH TIME ZONE))) AS s (id, endpoint_id, anomaly_key, anomaly_id, "
        + "severity, payload, created_at, next_attempt_at) "
        + "ON o.endpoint_id = s.endpoint_id AND o.anomaly_key = s.anomaly_key "
        + "WHEN NOT MATCHED THEN INSERT (" + columns + ") VALUES (s.id, s.endpoint_id, "
        + "s.anomaly_key, s.anomaly_id, s.severity, s.payload, s.created_at, 0, s.next_attempt_at)";
  }

  private static Map<UUID, Double> activeThresholds(Connection c) throws SQLException {
    Map<UUID, Double> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, min_severity FROM "
        + "webhook_endpoints WHERE active ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getObject(1, UUID.class), rs.getDouble(2));
      }
    }
    return out;
  }

  private static String politicianName(Connection c, UUID id) {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT full_name FROM politicians WHERE id = ?")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read politician " + id + ": " + e.getMessage(), e);
    }
  }

  /** The trades' fields for the bodies, in one query per {@value #IN_LIST} ids. */
  private static Map<UUID, Map<String, Object>> trades(Connection c, List<UUID> ids)
      throws SQLException {
    Map<UUID, Map<String, Object>> out = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IN_LIST) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps = c.prepareStatement("SELECT id, ticker, trade_type, "
          + "transaction_date, disclosure_date, amount_min_usd, amount_max_usd FROM trades "
          + "WHERE id IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setObject(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            UUID id = rs.getObject(1, UUID.class);
            Map<String, Object> t = tradeWithoutDetails(id);
            t.put("ticker", rs.getString(2));
            t.put("trade_type", rs.getString(3));
            t.put("transaction_date", isoDate(rs.getDate(4)));
            t.put("disclosure_date", isoDate(rs.getDate(5)));
            t.put("amount_min_usd", rs.getObject(6) == null ? null : rs.getLong(6));
            t.put("amount_max_usd", rs.getObject(7) == null ? null : rs.getLong(7));
            out.put(id, t);
          }
        }
      }
    }
    return out;
  }

  private static Map<String, Object> tradeWithoutDetails(UUID id) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", id.toString());
    return t;
  }

  private static String isoDate(Date d) {
    return d == null ? null : d.toLocalDate().toString();
  }

  /**
   * The JSON body of an anomaly's webhook, fields in a fixed order.
   *
   * @param a the anomaly
   * @param politicianName the politician's full name, empty if unknown
   * @param trade the trade's fields (id, ticker, trade_type, transaction_date, disclosure_date,
   *     amount_min_usd, amount_max_usd), absent for an anomaly without a trade
   * @return the body text (UTF-8 when sent)
   * @throws IllegalArgumentException if the explanation cannot be written as JSON
   */
  static String payload(Anomaly a, String politicianName, Optional<Map<String, Object>> trade) {
    Map<String, Object> politician = new LinkedHashMap<>();
    politician.put("id", a.politicianId().toString());
    politician.put("name", politicianName);
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("from", a.windowFrom().toString());
    window.put("to", a.windowTo().toString());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", EVENT_TYPE);
    body.put("id", a.id().toString());
    body.put("politician", politician);
    body.put("trade", trade.orElse(null));
    body.put("type", a.type());
    body.put("severity", a.severity());
    body.put("explanation", a.explanation());
    body.put("window", window);
    body.put("detected_at", a.detectedAt().toString());
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("anomaly " + a.id() + " cannot be written as JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
