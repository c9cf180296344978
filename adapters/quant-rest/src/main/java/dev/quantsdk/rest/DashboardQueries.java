package dev.quantsdk.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.TradeType;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.rest.dto.CycleDto;
import dev.quantsdk.rest.dto.NetworkDto;
import dev.quantsdk.rest.dto.NetworkEdgeDto;
import dev.quantsdk.rest.dto.NetworkNodeDto;
import dev.quantsdk.rest.dto.PoliticianSummaryDto;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The dashboard's SQL: politicians with their trade counts, one politician's trades, their
 * strongest stored cycle, and the newest stored co-trading network. Portable SQL (H2 and
 * PostgreSQL) needing only {@code SELECT}. Thread-safe.
 *
 * <p>The network's {@code nodes} and {@code edges} columns hold the JSON the discovery store
 * writes from the facade's records: nodes {@code {"politicianId", "community", "pagerank",
 * "betweenness"}}, edges {@code {"a", "b", "weight", "pValue", "qValue"}}.
 */
final class DashboardQueries {

  private static final String POLITICIANS = "SELECT p.id, p.full_name, p.chamber, p.state, "
      + "p.district, COUNT(t.id), MIN(t.transaction_date), MAX(t.transaction_date) "
      + "FROM politicians p LEFT JOIN trades t ON t.politician_id = p.id %s "
      + "GROUP BY p.id, p.full_name, p.chamber, p.state, p.district %s "
      + "ORDER BY COUNT(t.id) DESC, p.id LIMIT ?";
  private static final String POLITICIANS_AFTER = "HAVING COUNT(t.id) < ? OR (COUNT(t.id) = ? "
      + "AND p.id > ?)";
  private static final String TRADES = "SELECT id, transaction_date, trade_type FROM trades "
      + "WHERE politician_id = ?";
  private static final String STRONGEST_CYCLE = "SELECT id, strength, confidence, parameters, "
      + "window_start, window_end, description FROM pattern_discoveries WHERE politician_id = ? "
      + "AND pattern_type = ? ORDER BY strength DESC, discovery_date DESC, id LIMIT 2";
  private static final String LATEST_NETWORK = "SELECT id, algorithm, window_start, window_end, "
      + "modularity, description, discovery_date, nodes, edges FROM network_discoveries "
      + "ORDER BY discovery_date DESC, id LIMIT 2";
  private static final String NAMES = "SELECT id, full_name FROM politicians";

  private final ApiQueries queries;

  DashboardQueries(ApiQueries queries) {
    this.queries = ArgChecker.notNull(queries, "queries");
  }

  /** Politicians, most trades first (ties by id), after a cursor (number = trade count). */
  ApiQueries.Rows<PoliticianSummaryDto> politicians(int limit, Optional<PageCursor> after) {
    String sql = String.format(Locale.ROOT, POLITICIANS, "",
        after.isPresent() ? POLITICIANS_AFTER : "");
    return queries.query(sql, ps -> {
      int i = 1;
      if (after.isPresent()) {
        long trades = (long) after.get().number();
        i = ApiQueries.bind(ps, i, trades, trades, after.get().id());
      }
      ps.setInt(i, limit + 1);
    }, DashboardQueries::politician, limit);
  }

  /** One politician with their trade count. */
  Optional<PoliticianSummaryDto> politician(UUID id) {
    String sql = String.format(Locale.ROOT, POLITICIANS, "WHERE p.id = ?", "");
    return queries.query(sql, ps -> {
      ps.setObject(1, id);
      ps.setInt(2, 1);
    }, DashboardQueries::politician, 1).items().stream().findFirst();
  }

  /** A politician's trades as the discovery engines read them (dates and types only). */
  List<DisclosedTrade> trades(UUID politician) {
    String member = politician.toString();
    return queries.query(TRADES, ps -> ps.setObject(1, politician),
        rs -> new DisclosedTrade(rs.getObject(1, UUID.class).toString(), member,
            rs.getObject(2, LocalDate.class), Optional.empty(), Optional.empty(),
            TradeType.valueOf(rs.getString(3)), Optional.empty()),
        Integer.MAX_VALUE - 1).items();
  }

  /** The politician's strongest stored cycle (ties: newest, then by id). */
  Optional<CycleDto> strongestCycle(UUID politician) {
    return queries.query(STRONGEST_CYCLE, ps -> {
      ps.setObject(1, politician);
      ps.setString(2, DiscoveryService.FOURIER_CYCLE);
    }, rs -> {
      JsonNode params = RestJson.readTree(rs.getString(4));
      return new CycleDto(rs.getObject(1, UUID.class), params.path("period_days").asDouble(),
          rs.getDouble(2), rs.getDouble(3), finite(params.get("q_value")),
          rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
          Optional.ofNullable(rs.getString(7)));
    }, 1).items().stream().findFirst();
  }

  /** The newest stored network (ties by id), its nodes labelled with the politicians' names. */
  Optional<NetworkDto> latestNetwork() {
    Optional<NetworkDto> network = queries.query(LATEST_NETWORK, ps -> { }, rs -> {
      double modularity = rs.getDouble(5);
      Optional<Double> m = rs.wasNull() ? Optional.empty() : Optional.of(modularity);
      List<NetworkNodeDto> nodes = new ArrayList<>();
      for (JsonNode n : RestJson.readTree(rs.getString(8))) {
        String id = n.path("politicianId").asText();
        nodes.add(new NetworkNodeDto(id, id, n.path("community").asInt(),
            finite(n.get("pagerank")), finite(n.get("betweenness"))));
      }
      List<NetworkEdgeDto> edges = new ArrayList<>();
      for (JsonNode e : RestJson.readTree(rs.getString(9))) {
        edges.add(new NetworkEdgeDto(e.path("a").asText(), e.path("b").asText(),
            e.path("weight").asDouble(), finite(e.get("pValue")), finite(e.get("qValue"))));
      }
      return new NetworkDto(rs.getObject(1, UUID.class), rs.getString(2),
          rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), m,
          Optional.ofNullable(rs.getString(6)), ApiQueries.instant(rs, 7), nodes, edges);
    }, 1).items().stream().findFirst();
    if (network.isEmpty()) {
      return network;
    }
    Map<String, String> names = names();
    NetworkDto n = network.get();
    List<NetworkNodeDto> labelled = n.nodes().stream().map(node -> new NetworkNodeDto(node.id(),
        names.getOrDefault(node.id(), node.id()), node.community(), node.pagerank(),
        node.betweenness())).toList();
    return Optional.of(new NetworkDto(n.id(), n.algorithm(), n.windowStart(), n.windowEnd(),
        n.modularity(), n.description(), n.discoveryDate(), labelled, n.edges()));
  }

  private Map<String, String> names() {
    Map<String, String> out = new HashMap<>();
    queries.query(NAMES, ps -> { }, rs -> Map.entry(rs.getObject(1, UUID.class).toString(),
        rs.getString(2)), Integer.MAX_VALUE - 1).items()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** A JSON number that is finite, else absent (NaN is stored as a string or null). */
  private static Optional<Double> finite(JsonNode n) {
    return n != null && n.isNumber() && Double.isFinite(n.doubleValue())
        ? Optional.of(n.doubleValue()) : Optional.empty();
  }

  private static PoliticianSummaryDto politician(ResultSet rs) throws SQLException {
    return new PoliticianSummaryDto(rs.getObject(1, UUID.class), rs.getString(2),
        rs.getString(3), Optional.empty(), Optional.ofNullable(rs.getString(4)).map(String::trim),
        Optional.ofNullable(rs.getString(5)), rs.getLong(6),
        Optional.ofNullable(rs.getObject(7, LocalDate.class)),
        Optional.ofNullable(rs.getObject(8, LocalDate.class)));
  }
}
