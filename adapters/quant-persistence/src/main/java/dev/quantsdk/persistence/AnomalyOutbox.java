package dev.quantsdk.persistence;

import dev.quantsdk.model.ArgChecker;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional outbox of critical anomalies ({@code webhook_outbox}, migration V8): every
 * writer of anomalies calls {@link #enqueue} (or {@link #enqueueStored}) on its own connection,
 * inside the transaction that stores them, so an outbox row exists exactly when its anomaly
 * committed. Both anomaly write paths use it: the discovery JDBC store ({@code quant-webhooks}'
 * {@code WebhookOutbox} delegates here) and {@link DiscoveryRepository#saveAnomalies}; the
 * dispatcher in {@code quant-webhooks} delivers the rows.
 *
 * <p>One row per (active endpoint, anomaly) whose severity is at or above the endpoint's
 * {@code min_severity}. The row's id, sent as the idempotency key, is derived from the endpoint
 * and the anomaly's natural key ({@link #idempotencyKey}): an anomaly stored again by a re-run
 * finds its row and adds nothing. The row holds the exact JSON body of every attempt (see
 * {@link #payload}), fixed when the anomaly is first queued. No JSON library is needed: the body
 * is written here, the explanation embedded as the JSON text the caller stored.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnomalyOutbox {

  /** The {@code event} field of every body. */
  public static final String EVENT_TYPE = "anomaly.detected";

  private static final int IN_LIST = 500;

  private AnomalyOutbox() {
  }

  /**
   * An anomaly as stored, the subject of a webhook.
   *
   * @param id the anomaly's row id in {@code anomaly_detections}
   * @param naturalKey its natural key ({@code anomaly_detections.natural_key}), at most 200
   *     characters
   * @param politicianId the politician's id
   * @param tradeId the trade's id, absent for an anomaly about the politician as a whole
   * @param type the anomaly type, e.g. {@code late_disclosure}
   * @param severity the severity in [0, 1]
   * @param explanationJson the explanation as JSON text (embedded in the body as it is)
   * @param windowFrom the first day of the analysed window
   * @param windowTo the last day of the analysed window
   * @param detectedAt when it was detected
   */
  public record Anomaly(UUID id, String naturalKey, UUID politicianId, Optional<UUID> tradeId,
      String type, double severity, String explanationJson, LocalDate windowFrom,
      LocalDate windowTo, Instant detectedAt) {

    /**
     * Validates the anomaly.
     *
     * @throws IllegalArgumentException if the key is blank or longer than 200 characters, the
     *     severity is outside [0, 1], the explanation is blank or the window ends before it starts
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
      ArgChecker.notBlank(explanationJson, "explanationJson");
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
    List<Anomaly> critical = anomalies.stream()
        .filter(a -> a.severity() >= lowest(thresholds)).toList();
    return critical.isEmpty() ? 0 : insert(c, vendor, thresholds, critical, now);
  }

  /**
   * Queues anomalies already written in the caller's transaction, read back by natural key: the
   * path for writers that hold no {@link Anomaly} values (the JPA-side
   * {@link DiscoveryRepository#saveAnomalies}). The stored row gives the id (which an upsert
   * keeps), the explanation and the detection time. Otherwise as {@link #enqueue}.
   *
   * @param c the connection of the transaction storing the anomalies (not committed here)
   * @param vendor the database vendor
   * @param naturalKeys the natural keys of the anomalies just stored
   * @param now the time stamping new rows (they are due at once)
   * @return the number of rows added
   * @throws SQLException if the database refuses (the caller rolls back)
   */
  public static int enqueueStored(Connection c, DatabaseVendor vendor,
      Collection<String> naturalKeys, Instant now) throws SQLException {
    ArgChecker.notNull(c, "c");
    ArgChecker.notNull(vendor, "vendor");
    ArgChecker.notNull(naturalKeys, "naturalKeys");
    ArgChecker.notNull(now, "now");
    if (naturalKeys.isEmpty()) {
      return 0;
    }
    Map<UUID, Double> thresholds = activeThresholds(c);
    if (thresholds.isEmpty()) {
      return 0;
    }
    List<Anomaly> critical = stored(c, List.copyOf(naturalKeys), lowest(thresholds));
    return critical.isEmpty() ? 0 : insert(c, vendor, thresholds, critical, now);
  }

  private static double lowest(Map<UUID, Double> thresholds) {
    return thresholds.values().stream().mapToDouble(Double::doubleValue).min()
        .orElse(Double.POSITIVE_INFINITY);
  }

  private static int insert(Connection c, DatabaseVendor vendor, Map<UUID, Double> thresholds,
      List<Anomaly> critical, Instant now) throws SQLException {
    Map<UUID, String> names = new HashMap<>();
    Map<UUID, Map<String, Object>> trades = trades(c, critical.stream()
        .flatMap(a -> a.tradeId().stream()).distinct().toList());
    Timestamp stamp = Timestamp.from(now);
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

  /** The stored anomalies with these keys at or above a severity, one query per chunk. */
  private static List<Anomaly> stored(Connection c, List<String> keys, double minSeverity)
      throws SQLException {
    List<Anomaly> out = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += IN_LIST) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
      try (PreparedStatement ps = c.prepareStatement("SELECT id, natural_key, politician_id, "
          + "trade_id, anomaly_type, severity, explanation, window_start, window_end, detected_at "
          + "FROM anomaly_detections WHERE severity >= ? AND natural_key IN ("
          + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY natural_key")) {
        ps.setDouble(1, minSeverity);
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 2, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Anomaly(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getObject(3, UUID.class), Optional.ofNullable(rs.getObject(4, UUID.class)),
                rs.getString(5), rs.getDouble(6), rs.getString(7),
                rs.getDate(8).toLocalDate(), rs.getDate(9).toLocalDate(),
                rs.getTimestamp(10).toInstant()));
          }
        }
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
   * The JSON body of an anomaly's webhook, fields in a fixed order: {@code event}, {@code id},
   * {@code politician} ({@code id}, {@code name}), {@code trade} (null without one),
   * {@code type}, {@code severity}, {@code explanation} (the stored JSON as it is),
   * {@code window} ({@code from}, {@code to}), {@code detected_at} (ISO-8601 UTC).
   *
   * @param a the anomaly
   * @param politicianName the politician's full name, empty if unknown
   * @param trade the trade's fields (id, ticker, trade_type, transaction_date, disclosure_date,
   *     amount_min_usd, amount_max_usd: strings, longs or null), absent for an anomaly without a
   *     trade
   * @return the body text (UTF-8 when sent)
   */
  public static String payload(Anomaly a, String politicianName,
      Optional<Map<String, Object>> trade) {
    ArgChecker.notNull(a, "a");
    ArgChecker.notNull(politicianName, "politicianName");
    ArgChecker.notNull(trade, "trade");
    StringBuilder b = new StringBuilder(512);
    b.append("{\"event\":");
    string(b, EVENT_TYPE);
    b.append(",\"id\":");
    string(b, a.id().toString());
    b.append(",\"politician\":{\"id\":");
    string(b, a.politicianId().toString());
    b.append(",\"name\":");
    string(b, politicianName);
    b.append("},\"trade\":");
    if (trade.isPresent()) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : trade.get().entrySet()) {
        b.append(first ? "" : ",");
        first = false;
        string(b, e.getKey());
        b.append(':');
        value(b, e.getValue());
      }
      b.append('}');
    } else {
      b.append("null");
    }
    b.append(",\"type\":");
    string(b, a.type());
    b.append(",\"severity\":").append(a.severity());
    b.append(",\"explanation\":").append(a.explanationJson().strip());
    b.append(",\"window\":{\"from\":");
    string(b, a.windowFrom().toString());
    b.append(",\"to\":");
    string(b, a.windowTo().toString());
    b.append("},\"detected_at\":");
    string(b, a.detectedAt().toString());
    return b.append('}').toString();
  }

  private static void value(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof Long || v instanceof Integer) {
      b.append(v);
    } else {
      string(b, v.toString());
    }
  }

  /** A JSON string literal (RFC 8259: quote, backslash and control characters escaped). */
  private static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (ch < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    b.append('"');
  }
}
