package dev.quantsdk.jdbc.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.quantsdk.model.ArgChecker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads stored discoveries as plain maps ready for JSON: cycles, anomalies, the latest network
 * and experiments, optionally of one politician. Keys are snake-case; JSON columns come back
 * parsed. Needs only {@code SELECT} grants. Thread-safe.
 */
public final class JdbcDiscoveryQueries {

  /** The largest page a query returns. */
  public static final int MAX_LIMIT = 10_000;

  private static final TypeReference<Object> ANY = new TypeReference<>() {
  };

  private final DataSource dataSource;

  /**
   * Creates the queries.
   *
   * @param dataSource a data source on a migrated Quant SDK schema
   */
  public JdbcDiscoveryQueries(DataSource dataSource) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
  }

  /**
   * Stored patterns of a type, strongest first.
   *
   * @param patternType e.g. {@code fourier_cycle}
   * @param politicianId only this politician's, if present
   * @param limit at most this many, in [1, {@value #MAX_LIMIT}]
   * @return one map per pattern: id, politician, politician_name, pattern_type, period_days,
   *     strength, p_value, q_value, confidence, description, window_start, window_end,
   *     discovery_date, parameters
   */
  public List<Map<String, Object>> patterns(String patternType, Optional<String> politicianId,
      int limit) {
    ArgChecker.inRangeInclusive(limit, 1, MAX_LIMIT, "limit");
    String sql = "SELECT d.id, d.politician_id, p.full_name, d.pattern_type, d.strength, "
        + "d.confidence, d.parameters, d.description, d.window_start, d.window_end, "
        + "d.discovery_date FROM pattern_discoveries d JOIN politicians p ON p.id = d.politician_id "
        + "WHERE d.pattern_type = ?" + (politicianId.isPresent() ? " AND d.politician_id = ?" : "")
        + " ORDER BY d.strength DESC, d.discovery_date DESC, d.id LIMIT " + limit;
    return SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, patternType);
        if (politicianId.isPresent()) {
          ps.setObject(2, UUID.fromString(politicianId.get()));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Map<String, Object> params = asMap(parse(rs.getString(7)));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", rs.getObject(1, UUID.class).toString());
            m.put("politician", rs.getObject(2, UUID.class).toString());
            m.put("politician_name", rs.getString(3));
            m.put("pattern_type", rs.getString(4));
            m.put("period_days", params.get("period_days"));
            m.put("strength", rs.getDouble(5));
            m.put("p_value", params.get("p_value"));
            m.put("q_value", params.get("q_value"));
            m.put("confidence", rs.getDouble(6));
            m.put("description", rs.getString(8));
            m.put("window_start", rs.getDate(9).toLocalDate().toString());
            m.put("window_end", rs.getDate(10).toLocalDate().toString());
            m.put("discovery_date", instant(rs.getTimestamp(11)));
            m.put("parameters", params);
            out.add(m);
          }
        }
        return out;
      }
    });
  }

  /**
   * Stored anomalies, most severe first.
   *
   * @param politicianId only this politician's, if present
   * @param limit at most this many, in [1, {@value #MAX_LIMIT}]
   * @return one map per anomaly: id, politician, politician_name, trade, anomaly_type, severity,
   *     explanation, window_start, window_end, detected_at, investigated
   */
  public List<Map<String, Object>> anomalies(Optional<String> politicianId, int limit) {
    ArgChecker.inRangeInclusive(limit, 1, MAX_LIMIT, "limit");
    String sql = "SELECT a.id, a.politician_id, p.full_name, a.trade_id, a.anomaly_type, "
        + "a.severity, a.explanation, a.window_start, a.window_end, a.detected_at, a.investigated "
        + "FROM anomaly_detections a JOIN politicians p ON p.id = a.politician_id"
        + (politicianId.isPresent() ? " WHERE a.politician_id = ?" : "")
        + " ORDER BY a.severity DESC, a.detected_at DESC, a.id LIMIT " + limit;
    return SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (politicianId.isPresent()) {
          ps.setObject(1, UUID.fromString(politicianId.get()));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", rs.getObject(1, UUID.class).toString());
            m.put("politician", rs.getObject(2, UUID.class).toString());
            m.put("politician_name", rs.getString(3));
            UUID trade = rs.getObject(4, UUID.class);
            m.put("trade", trade == null ? null : trade.toString());
            m.put("anomaly_type", rs.getString(5));
            m.put("severity", rs.getDouble(6));
            m.put("explanation", parse(rs.getString(7)));
            m.put("window_start", rs.getDate(8).toLocalDate().toString());
            m.put("window_end", rs.getDate(9).toLocalDate().toString());
            m.put("detected_at", instant(rs.getTimestamp(10)));
            m.put("investigated", rs.getBoolean(11));
            out.add(m);
          }
        }
        return out;
      }
    });
  }

  /**
   * The most recently stored network, with its nodes restricted to one politician and that
   * politician's edges when given.
   *
   * @param politicianId only this politician's node and edges, if present
   * @return the network: algorithm, window_start, window_end, modularity, description,
   *     discovery_date, nodes {politician, community, pagerank, betweenness}, edges {a, b, weight,
   *     p_value, q_value}; empty when none is stored
   */
  public Optional<Map<String, Object>> latestNetwork(Optional<String> politicianId) {
    return SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT algorithm, window_start, window_end, "
          + "modularity, description, discovery_date, nodes, edges FROM network_discoveries "
          + "ORDER BY discovery_date DESC, id LIMIT 1"); ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.<Map<String, Object>>empty();
        }
        Map<String, String> names = politicianNames(c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", rs.getString(1));
        m.put("window_start", rs.getDate(2).toLocalDate().toString());
        m.put("window_end", rs.getDate(3).toLocalDate().toString());
        double modularity = rs.getDouble(4);
        m.put("modularity", rs.wasNull() ? null : modularity);
        m.put("description", rs.getString(5));
        m.put("discovery_date", instant(rs.getTimestamp(6)));
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Object o : asList(parse(rs.getString(7)))) {
          Map<String, Object> n = asMap(o);
          String id = String.valueOf(n.get("politicianId"));
          if (politicianId.isPresent() && !politicianId.get().equals(id)) {
            continue;
          }
          Map<String, Object> node = new LinkedHashMap<>();
          node.put("politician", id);
          node.put("politician_name", names.get(id));
          node.put("community", n.get("community"));
          node.put("pagerank", n.get("pagerank"));
          node.put("betweenness", n.get("betweenness"));
          nodes.add(node);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Object o : asList(parse(rs.getString(8)))) {
          Map<String, Object> e = asMap(o);
          String a = String.valueOf(e.get("a"));
          String b = String.valueOf(e.get("b"));
          if (politicianId.isPresent() && !politicianId.get().equals(a)
              && !politicianId.get().equals(b)) {
            continue;
          }
          Map<String, Object> edge = new LinkedHashMap<>();
          edge.put("a", a);
          edge.put("b", b);
          edge.put("weight", e.get("weight"));
          edge.put("p_value", e.get("pValue"));
          edge.put("q_value", e.get("qValue"));
          edges.add(edge);
        }
        m.put("nodes", nodes);
        m.put("edges", edges);
        return Optional.of(m);
      }
    });
  }

  /**
   * Stored model experiments, newest first.
   *
   * @param limit at most this many, in [1, {@value #MAX_LIMIT}]
   * @return one map per experiment: id, model_name, parameters, metrics, deployment_ready,
   *     experiment_date
   */
  public List<Map<String, Object>> experiments(int limit) {
    ArgChecker.inRangeInclusive(limit, 1, MAX_LIMIT, "limit");
    return SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, model_name, parameters, metrics, "
          + "deployment_ready, experiment_date FROM model_experiments "
          + "ORDER BY experiment_date DESC, model_name, id LIMIT " + limit);
          ResultSet rs = ps.executeQuery()) {
        List<Map<String, Object>> out = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", rs.getObject(1, UUID.class).toString());
          m.put("model_name", rs.getString(2));
          m.put("parameters", parse(rs.getString(3)));
          m.put("metrics", parse(rs.getString(4)));
          m.put("deployment_ready", rs.getBoolean(5));
          m.put("experiment_date", instant(rs.getTimestamp(6)));
          out.add(m);
        }
        return out;
      }
    });
  }

  /** Kinds ending in this are one item's outcome within a distributed run, not runs. */
  public static final String ITEM_KIND_SUFFIX = ".politician";

  /**
   * Recent job runs, newest first: the monitoring view of run duration and success rate. The
   * per-politician outcome rows of distributed runs (kinds ending in
   * {@value #ITEM_KIND_SUFFIX}) are left out; ask for them with {@link #jobRuns(int, Optional)}.
   *
   * @param limit at most this many, in [1, {@value #MAX_LIMIT}]
   * @return one map per run: run_id, kind, status, started_at, finished_at, duration_ms (null
   *     while running), items_ok, items_failed, success_rate (null without items), failures (the
   *     recorded failure text, null if none)
   */
  public List<Map<String, Object>> jobRuns(int limit) {
    return jobRuns(limit, Optional.empty());
  }

  /**
   * Recent job runs of one kind, or of every kind but per-politician outcomes, newest first.
   *
   * @param limit at most this many, in [1, {@value #MAX_LIMIT}]
   * @param kind only runs of this kind (e.g. {@code discovery.nightly.politician}), if present
   * @return one map per run, as {@link #jobRuns(int)}
   */
  public List<Map<String, Object>> jobRuns(int limit, Optional<String> kind) {
    ArgChecker.inRangeInclusive(limit, 1, MAX_LIMIT, "limit");
    String where = kind.isPresent() ? "WHERE kind = ? " : "WHERE kind NOT LIKE ? ";
    return SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, status, started_at, "
          + "finished_at, items_ok, items_failed, message FROM job_runs " + where
          + "ORDER BY started_at DESC, id LIMIT " + limit)) {
        ps.setString(1, kind.orElse("%" + ITEM_KIND_SUFFIX));
        List<Map<String, Object>> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(jobRun(rs));
          }
        }
        return out;
      }
    });
  }

  private static Map<String, Object> jobRun(ResultSet rs) throws SQLException {
    Timestamp started = rs.getTimestamp(4);
    Timestamp finished = rs.getTimestamp(5);
    int ok = rs.getInt(6);
    int failed = rs.getInt(7);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", rs.getObject(1, UUID.class).toString());
    m.put("kind", rs.getString(2));
    m.put("status", rs.getString(3));
    m.put("started_at", instant(started));
    m.put("finished_at", instant(finished));
    m.put("duration_ms", finished == null ? null
        : finished.toInstant().toEpochMilli() - started.toInstant().toEpochMilli());
    m.put("items_ok", ok);
    m.put("items_failed", failed);
    m.put("success_rate", ok + failed == 0 ? null : (double) ok / (ok + failed));
    m.put("failures", rs.getString(8));
    return m;
  }

  private static Map<String, String> politicianNames(Connection c) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, full_name FROM politicians");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getObject(1, UUID.class).toString(), rs.getString(2));
      }
    }
    return out;
  }

  private static String instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant().toString();
  }

  private static Object parse(String json) {
    try {
      return json == null ? null : SqlSupport.JSON.readValue(json, ANY);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON cannot be read: " + e.getOriginalMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static List<Object> asList(Object o) {
    return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
  }
}
