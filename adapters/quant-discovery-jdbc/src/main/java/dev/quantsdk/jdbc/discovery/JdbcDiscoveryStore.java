package dev.quantsdk.jdbc.discovery;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.discovery.AnomalyDetection;
import dev.quantsdk.orchestration.discovery.DiscoveryStore;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.discovery.Findings;
import dev.quantsdk.persistence.DatabaseVendor;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.webhooks.WebhookOutbox;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@link DiscoveryStore} on the discovery tables. Each call is one transaction that deletes what
 * its key held and inserts the new rows in a JDBC batch, so re-runs never duplicate and a crash
 * leaves either the old or the new results, never a mix. Anomalies found again keep their row id
 * and investigation state. Anomalies at or above an active webhook endpoint's threshold are
 * queued in {@code webhook_outbox} in the same transaction ({@link WebhookOutbox}). Needs the
 * discovery role's grants. Thread-safe.
 */
public final class JdbcDiscoveryStore implements DiscoveryStore {

  private final DataSource dataSource;
  private final DatabaseVendor vendor;
  private final Clock clock;
  private final String json;

  /**
   * Creates the store.
   *
   * @param dataSource a data source on a migrated Quant SDK schema
   * @param clock the clock stamping discovery and detection times
   */
  public JdbcDiscoveryStore(DataSource dataSource, Clock clock) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.vendor = QuantDatabase.vendorOf(dataSource);
    this.json = SqlSupport.jsonParam(vendor);
  }

  @Override
  public void replacePatterns(String runId, DiscoveryWindow window, String politicianId,
      String patternType, List<Findings.Pattern> patterns) {
    SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM pattern_discoveries WHERE "
          + "politician_id = ? AND pattern_type = ? AND window_start = ? AND window_end = ?")) {
        del.setObject(1, UUID.fromString(politicianId));
        del.setString(2, patternType);
        del.setDate(3, Date.valueOf(window.from()));
        del.setDate(4, Date.valueOf(window.to()));
        del.executeUpdate();
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO pattern_discoveries (id, "
          + "politician_id, pattern_type, strength, confidence, parameters, description, "
          + "window_start, window_end, discovery_date, run_id) VALUES (?, ?, ?, ?, ?, " + json
          + ", ?, ?, ?, ?, ?)")) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Findings.Pattern p : patterns) {
          ArgChecker.isTrue(p.politicianId().equals(politicianId)
                  && p.patternType().equals(patternType),
              "pattern of %s/%s stored under %s/%s", p.politicianId(), p.patternType(),
              politicianId, patternType);
          ins.setObject(1, UUID.randomUUID());
          ins.setObject(2, UUID.fromString(politicianId));
          ins.setString(3, patternType);
          ins.setDouble(4, p.strength());
          ins.setDouble(5, p.confidence());
          ins.setString(6, SqlSupport.toJson(p.parameters()));
          ins.setString(7, truncate(p.description(), 2000));
          ins.setDate(8, Date.valueOf(window.from()));
          ins.setDate(9, Date.valueOf(window.to()));
          ins.setTimestamp(10, now);
          ins.setObject(11, UUID.fromString(runId));
          ins.addBatch();
        }
        ins.executeBatch();
      }
      return null;
    });
  }

  @Override
  public void replaceAnomalies(String runId, DiscoveryWindow window, String politicianId,
      List<Findings.Anomaly> anomalies) {
    SqlSupport.inTransaction(dataSource, c -> {
      Map<String, Object[]> existing = existing(c, window, politicianId);
      try (PreparedStatement del = c.prepareStatement("DELETE FROM anomaly_detections WHERE "
          + "politician_id = ? AND window_start = ? AND window_end = ?")) {
        del.setObject(1, UUID.fromString(politicianId));
        del.setDate(2, Date.valueOf(window.from()));
        del.setDate(3, Date.valueOf(window.to()));
        del.executeUpdate();
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO anomaly_detections (id, "
          + "politician_id, trade_id, anomaly_type, severity, explanation, window_start, "
          + "window_end, natural_key, detected_at, investigated, investigated_at, investigated_by,"
          + " run_id) VALUES (?, ?, ?, ?, ?, " + json + ", ?, ?, ?, ?, ?, ?, ?, ?)")) {
        Instant detectedAt = clock.instant();
        Timestamp now = Timestamp.from(detectedAt);
        Map<String, Integer> seen = new HashMap<>();
        List<WebhookOutbox.Anomaly> stored = new ArrayList<>(anomalies.size());
        for (Findings.Anomaly a : anomalies) {
          ArgChecker.isTrue(a.politicianId().equals(politicianId),
              "anomaly of %s stored under %s", a.politicianId(), politicianId);
          String key = anomalyKey(politicianId, a, window);
          int n = seen.merge(key, 1, Integer::sum);
          if (n > 1) {
            key = key + "#" + n;
          }
          // found again: same row id (webhooks name it) and investigation state
          Object[] old = existing.get(key);
          Object[] inv = old == null || !(Boolean) old[1] ? null : old;
          UUID id = old == null ? UUID.randomUUID() : (UUID) old[0];
          ins.setObject(1, id);
          ins.setObject(2, UUID.fromString(politicianId));
          ins.setObject(3, a.tradeId().map(UUID::fromString).orElse(null));
          ins.setString(4, a.anomalyType());
          ins.setDouble(5, a.severity());
          ins.setString(6, SqlSupport.toJson(a.explanation()));
          ins.setDate(7, Date.valueOf(window.from()));
          ins.setDate(8, Date.valueOf(window.to()));
          ins.setString(9, key);
          ins.setTimestamp(10, now);
          ins.setBoolean(11, inv != null);
          ins.setTimestamp(12, inv == null ? null : (Timestamp) inv[2]);
          ins.setString(13, inv == null ? null : (String) inv[3]);
          ins.setObject(14, UUID.fromString(runId));
          ins.addBatch();
          stored.add(new WebhookOutbox.Anomaly(id, key, UUID.fromString(politicianId),
              a.tradeId().map(UUID::fromString), a.anomalyType(), a.severity(), a.explanation(),
              window.from(), window.to(), detectedAt));
        }
        // the webhook outbox in the same transaction: its rows exist exactly when the anomalies do
        WebhookOutbox.enqueue(c, vendor, stored, detectedAt);
        ins.executeBatch();
      }
      return null;
    });
  }

  @Override
  public void replaceNetwork(String runId, DiscoveryWindow window, Findings.Network network) {
    SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM network_discoveries WHERE "
          + "algorithm = ? AND window_start = ? AND window_end = ?")) {
        del.setString(1, network.algorithm());
        del.setDate(2, Date.valueOf(window.from()));
        del.setDate(3, Date.valueOf(window.to()));
        del.executeUpdate();
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO network_discoveries (id, "
          + "run_id, algorithm, window_start, window_end, node_count, edge_count, nodes, edges, "
          + "modularity, description, discovery_date) VALUES (?, ?, ?, ?, ?, ?, ?, " + json + ", "
          + json + ", ?, ?, ?)")) {
        ins.setObject(1, UUID.randomUUID());
        ins.setObject(2, UUID.fromString(runId));
        ins.setString(3, network.algorithm());
        ins.setDate(4, Date.valueOf(window.from()));
        ins.setDate(5, Date.valueOf(window.to()));
        ins.setInt(6, network.nodes().size());
        ins.setInt(7, network.edges().size());
        ins.setString(8, SqlSupport.toJson(network.nodes()));
        ins.setString(9, SqlSupport.toJson(network.edges()));
        if (Double.isFinite(network.modularity())) {
          ins.setDouble(10, network.modularity());
        } else {
          ins.setNull(10, java.sql.Types.DOUBLE);
        }
        ins.setString(11, truncate(network.description(), 2000));
        ins.setTimestamp(12, Timestamp.from(clock.instant()));
        ins.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void replaceExperiments(String runId, DiscoveryWindow window,
      List<Findings.Experiment> experiments) {
    SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM model_experiments WHERE "
          + "window_start = ? AND window_end = ? AND natural_key LIKE 'discovery|%'")) {
        del.setDate(1, Date.valueOf(window.from()));
        del.setDate(2, Date.valueOf(window.to()));
        del.executeUpdate();
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO model_experiments (id, "
          + "model_name, parameters, metrics, deployment_ready, experiment_date, window_start, "
          + "window_end, natural_key) VALUES (?, ?, " + json + ", " + json + ", ?, ?, ?, ?, ?)")) {
        Timestamp now = Timestamp.from(clock.instant());
        int i = 0;
        for (Findings.Experiment e : experiments) {
          Map<String, Object> params = new LinkedHashMap<>(e.parameters());
          params.put("run_id", runId);
          ins.setObject(1, UUID.randomUUID());
          ins.setString(2, e.modelName());
          ins.setString(3, SqlSupport.toJson(params));
          ins.setString(4, SqlSupport.toJson(e.metrics()));
          ins.setBoolean(5, e.deploymentReady());
          ins.setTimestamp(6, now);
          ins.setDate(7, Date.valueOf(window.from()));
          ins.setDate(8, Date.valueOf(window.to()));
          ins.setString(9, truncate("discovery|" + e.modelName() + "|" + window + "|" + (i++), 200));
          ins.addBatch();
        }
        ins.executeBatch();
      }
      return null;
    });
  }

  /** The shipped schema's key of an anomaly: the entity's own definition, so writers agree. */
  private static String anomalyKey(String politicianId, Findings.Anomaly a, DiscoveryWindow w) {
    return AnomalyDetection.naturalKeyOf(UUID.fromString(politicianId),
        a.tradeId().map(UUID::fromString).orElse(null), a.anomalyType(), w.from(), w.to());
  }

  /** The stored anomalies of the key by natural key: {id, investigated, at, by}. */
  private static Map<String, Object[]> existing(Connection c, DiscoveryWindow window,
      String politicianId) throws SQLException {
    Map<String, Object[]> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT natural_key, id, investigated, "
        + "investigated_at, investigated_by FROM anomaly_detections WHERE politician_id = ? "
        + "AND window_start = ? AND window_end = ?")) {
      ps.setObject(1, UUID.fromString(politicianId));
      ps.setDate(2, Date.valueOf(window.from()));
      ps.setDate(3, Date.valueOf(window.to()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new Object[] {rs.getObject(2, UUID.class), rs.getBoolean(3),
              rs.getTimestamp(4), rs.getString(5)});
        }
      }
    }
    return out;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /**
   * The database vendor this store writes to.
   *
   * @return the vendor
   */
  public DatabaseVendor vendor() {
    return vendor;
  }
}
