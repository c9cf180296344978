package dev.quantsdk.rest.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.discovery.cycle.ActivitySeries;
import dev.quantsdk.discovery.cycle.CycleDetector;
import dev.quantsdk.discovery.cycle.Periodogram;
import dev.quantsdk.discovery.cycle.PeriodogramCycleDetector;
import dev.quantsdk.model.TradeType;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.orchestration.futures.InMemoryFuturesStore;
import dev.quantsdk.rest.EsBars;
import dev.quantsdk.rest.EsSources;
import dev.quantsdk.rest.QuantApi;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The JDK adapter over real HTTP ({@link HttpClient}) on a database holding the real House
 * disclosures and one real discovery run. Every expected value is read from the database with
 * SQL written here, independently of the API's queries. Run once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QuantHttpServerContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
  private static final int BODY_LIMIT = 4096;
  private static final double EXACT = 1e-12;
  private static final double MICROSECOND_IN_MS = 1e-3;

  private QuantDatabase db;
  private InMemoryFuturesStore store;
  private QuantHttpServer server;
  private HttpClient http;

  abstract DatabaseConfig newDatabase();

  @BeforeAll
  void start() throws SQLException {
    db = HouseDiscoveries.open(newDatabase());
    EsBars.insert(db.dataSource());
    EsBars.insertPaperAccount(db.dataSource());
    store = new InMemoryFuturesStore();
    QuantApi api = QuantApi.builder(db.dataSource()).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .futuresStore(store).barSource(EsSources.bars()).build();
    server = QuantHttpServer.start(api, QuantHttpServer.Settings.onLoopback(0)
        .withMaxBodyBytes(BODY_LIMIT));
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  void stop() {
    server.close();
    db.close();
  }

  @Test
  void recent_defaultTen_newestFirst_asInTheTable() throws Exception {
    List<UUID> expected = ids("SELECT id FROM pattern_discoveries "
        + "ORDER BY discovery_date DESC, strength DESC, id");
    // the discovery keeps only the cycles significant at FDR 5 %: a handful on the House file
    assertThat(expected).hasSizeGreaterThan(3);
    JsonNode page = getJson("/api/v1/discoveries/recent");
    assertThat(itemIds(page, "id"))
        .containsExactlyElementsOf(expected.subList(0, Math.min(10, expected.size())));
    List<Instant> dates = new ArrayList<>();
    page.get("items").forEach(d -> dates.add(Instant.parse(d.get("discovery_date").asText())));
    assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));

    JsonNode three = getJson("/api/v1/discoveries/recent?limit=3");
    assertThat(itemIds(three, "id")).containsExactlyElementsOf(expected.subList(0, 3));
    assertThat(three.get("next").asText()).startsWith("/api/v1/discoveries/recent?limit=3&cursor=");
    // the whole table, page by page
    assertThat(walk("/api/v1/discoveries/recent?limit=1", "id")).containsExactlyElementsOf(expected);
  }

  @Test
  void recent_servesTheStoredCycleParameters() throws Exception {
    JsonNode first = getJson("/api/v1/discoveries/recent?limit=1").get("items").get(0);
    UUID id = UUID.fromString(first.get("id").asText());
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT d.strength, d.parameters, p.full_name, "
            + "d.window_start FROM pattern_discoveries d JOIN politicians p "
            + "ON p.id = d.politician_id WHERE d.id = ?")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(first.get("strength").asDouble()).isEqualTo(rs.getDouble(1));
        assertThat(first.get("parameters")).isEqualTo(JSON.readTree(rs.getString(2)));
        assertThat(first.get("politician_name").asText()).isEqualTo(rs.getString(3));
        assertThat(first.get("window_start").asText())
            .isEqualTo(rs.getDate(4).toLocalDate().toString());
      }
    }
    assertThat(first.get("parameters").has("period_days")).isTrue();
  }

  @Test
  void critical_openAtOrAboveThreshold_mostSevereFirst_allPages() throws Exception {
    for (double threshold : new double[] {0.8, 0.9}) {
      List<UUID> expected = ids("SELECT id FROM anomaly_detections WHERE severity >= " + threshold
          + " AND investigated = FALSE ORDER BY severity DESC, detected_at DESC, id");
      assertThat(expected).as("threshold %s", threshold).isNotEmpty();
      assertThat(walk("/api/v1/anomalies/critical?severity_threshold=" + threshold + "&limit=500",
          "id")).containsExactlyElementsOf(expected);
    }
    JsonNode page = getJson("/api/v1/anomalies/critical?limit=50");
    double previous = 1.0;
    for (JsonNode a : page.get("items")) {
      assertThat(a.get("severity").asDouble()).isBetween(0.8, previous);
      assertThat(a.get("investigated").asBoolean()).isFalse();
      assertThat(a.get("explanation").isObject()).isTrue();
      previous = a.get("severity").asDouble();
    }
  }

  @Test
  void investigate_updatesTheRow_andTheAnomalyLeavesTheCriticalList() throws Exception {
    UUID top = ids("SELECT id FROM anomaly_detections WHERE severity >= 0.8 AND "
        + "investigated = FALSE ORDER BY severity DESC, detected_at DESC, id").get(0);
    assertThat(walk("/api/v1/anomalies/critical?limit=500", "id")).contains(top);

    HttpResponse<String> r = post("/api/v1/anomalies/" + top + "/investigate",
        "{\"investigated_by\": \"http-test\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.readTree("""
        {"anomaly_id": "%s", "investigated": true, "investigated_at": "%s",
         "investigated_by": "http-test", "changed": true}""".formatted(top, NOW)));
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT investigated, investigated_by, "
            + "investigated_at FROM anomaly_detections WHERE id = ?")) {
      ps.setObject(1, top);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean(1)).isTrue();
        assertThat(rs.getString(2)).isEqualTo("http-test");
        assertThat(rs.getObject(3, OffsetDateTime.class).toInstant()).isEqualTo(NOW);
      }
    }
    assertThat(walk("/api/v1/anomalies/critical?limit=500", "id")).doesNotContain(top);

    HttpResponse<String> again = post("/api/v1/anomalies/" + top + "/investigate", "");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("changed").asBoolean()).isFalse();
    assertThat(JSON.readTree(again.body()).get("investigated_by").asText()).isEqualTo("http-test");

    UUID unknown = UUID.fromString("6f1c1f5e-0000-4000-8000-000000000000");
    HttpResponse<String> missing = post("/api/v1/anomalies/" + unknown + "/investigate", "");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body())).isEqualTo(JSON.readTree("""
        {"error": "not_found", "message": "no anomaly with id %s", "field": null}"""
        .formatted(unknown)));
  }

  @Test
  void politician_hisDiscoveries_strongestFirst_and404ForUnknown() throws Exception {
    UUID busiest = ids("SELECT politician_id FROM pattern_discoveries GROUP BY politician_id "
        + "ORDER BY COUNT(*) DESC, politician_id").get(0);
    List<UUID> expected = ids("SELECT id FROM pattern_discoveries WHERE politician_id = '"
        + busiest + "' ORDER BY strength DESC, discovery_date DESC, id");
    JsonNode page = getJson("/api/v1/discoveries/politician/" + busiest + "?limit=500");
    assertThat(itemIds(page, "id")).containsExactlyElementsOf(expected);
    String name = strings("SELECT full_name FROM politicians WHERE id = '" + busiest + "'").get(0);
    assertThat(page.get("politician").get("full_name").asText()).isEqualTo(name);
    assertThat(page.get("next").isNull()).isTrue();

    UUID unknown = UUID.fromString("6f1c1f5e-0000-4000-8000-000000000001");
    HttpResponse<String> missing = get("/api/v1/discoveries/politician/" + unknown);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body())).isEqualTo(JSON.readTree("""
        {"error": "not_found", "message": "no politician with id %s", "field": null}"""
        .formatted(unknown)));
    HttpResponse<String> bad = get("/api/v1/discoveries/politician/nancy");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body())).isEqualTo(JSON.readTree("""
        {"error": "bad_request", "field": "id", "message":
         "id must be a UUID such as 123e4567-e89b-12d3-a456-426614174000 but was 'nancy'"}"""));
  }

  @Test
  void badParameters_are400_withExactBodies() throws Exception {
    HttpResponse<String> limit = get("/api/v1/discoveries/recent?limit=501");
    assertThat(limit.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(limit.body())).isEqualTo(JSON.readTree("""
        {"error": "bad_request", "field": "limit",
         "message": "limit must be a whole number in [1, 500] but was 501"}"""));
    HttpResponse<String> threshold = get("/api/v1/anomalies/critical?severity_threshold=2");
    assertThat(threshold.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(threshold.body())).isEqualTo(JSON.readTree("""
        {"error": "bad_request", "field": "severity_threshold",
         "message": "severity_threshold must be a number in [0.0, 1.0] but was 2"}"""));
    // percent-encoded values are decoded before validation: %33 is "3"
    assertThat(getJson("/api/v1/discoveries/recent?limit=%33").get("items")).hasSize(3);
  }

  @Test
  void jobs_theDiscoveryRun_withDurationAndSuccessRate() throws Exception {
    JsonNode page = getJson("/api/v1/jobs");
    List<UUID> expected = ids("SELECT id FROM job_runs ORDER BY started_at DESC, id");
    assertThat(expected).isNotEmpty();
    assertThat(itemIds(page, "run_id")).containsExactlyElementsOf(expected);
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id, status, started_at, finished_at, "
            + "items_ok, items_failed FROM job_runs");
        ResultSet rs = ps.executeQuery()) {
      long runs = 0;
      long succeeded = 0;
      long finished = 0;
      double totalMicros = 0;
      while (rs.next()) {
        runs++;
        String status = rs.getString(2);
        succeeded += status.equals("SUCCEEDED") ? 1 : 0;
        finished += status.equals("RUNNING") ? 0 : 1;
        JsonNode item = find(page, "run_id", rs.getObject(1, UUID.class));
        Instant started = rs.getObject(3, OffsetDateTime.class).toInstant();
        Instant ended = rs.getObject(4, OffsetDateTime.class).toInstant();
        assertThat(item.get("duration_ms").asLong())
            .isEqualTo(ended.toEpochMilli() - started.toEpochMilli());
        totalMicros += Duration.between(started, ended).toNanos() / 1_000.0;
        int ok = rs.getInt(5);
        int failed = rs.getInt(6);
        assertThat(item.get("items_ok").asInt()).isEqualTo(ok);
        assertThat(item.get("success_rate").asDouble())
            .isCloseTo((double) ok / (ok + failed), within(EXACT));
      }
      JsonNode summary = page.get("summary");
      assertThat(summary.get("runs").asLong()).isEqualTo(runs);
      assertThat(summary.get("success_rate").asDouble())
          .isCloseTo((double) succeeded / finished, within(EXACT));
      // the mean duration the database computes, against the rows' own timestamps
      assertThat(summary.get("mean_duration_ms").asDouble())
          .isCloseTo(totalMicros / 1_000.0 / finished, within(MICROSECOND_IN_MS));
    }
  }

  @Test
  void futuresBars_areTheStoredEs1Rows_oldestFirst_overAllPages() throws Exception {
    List<EsBars.Row> expected = EsBars.zRows();
    List<JsonNode> bars = new ArrayList<>();
    String target = "/api/v1/futurequant/data/contracts/" + EsBars.ESZ2019 + "/bars?limit=7";
    while (target != null) {
      JsonNode page = getJson(target);
      assertThat(page.get("contract").get("expiry").asText()).isEqualTo("2019-12-20");
      page.get("items").forEach(bars::add);
      target = page.get("next").isNull() ? null : page.get("next").asText();
    }
    assertThat(bars).hasSize(expected.size());
    for (int i = 0; i < bars.size(); i++) {
      assertThat(bars.get(i).get("bar_time").asText())
          .isEqualTo(expected.get(i).date() + "T00:00:00Z");
      assertThat(bars.get(i).get("close").asDouble()).isEqualTo(expected.get(i).close());
      assertThat(bars.get(i).get("volume").asLong()).isEqualTo(expected.get(i).volume());
    }
    JsonNode es = getJson("/api/v1/futurequant/data/instruments").get("items").get(0);
    assertThat(es.get("stored_contracts").asLong()).isEqualTo(2);
  }

  @Test
  void paperOrders_withFillTotals_onThisDatabase() throws Exception {
    JsonNode account = getJson("/api/v1/futurequant/paper/accounts/demo");
    assertThat(account.get("positions").get(0).get("quantity").asInt()).isEqualTo(2);
    JsonNode orders = getJson("/api/v1/futurequant/paper/accounts/demo/orders");
    assertThat(itemIds(orders, "id")).containsExactly(EsBars.O2, EsBars.O1);
    // O1 filled 1 @ 2990.25 and 1 @ 2990.75 with 2.50 commission each
    JsonNode o1 = orders.get("items").get(1);
    assertThat(o1.get("filled_quantity").asLong()).isEqualTo(2);
    assertThat(o1.get("average_fill_price").asDouble()).isEqualTo(2990.5);
    assertThat(o1.get("commission").asDouble()).isEqualTo(5.0);
    assertThat(orders.get("items").get(0).get("average_fill_price").isNull()).isTrue();
  }

  @Test
  void politicians_allPages_areTheTradesTableCounts_mostTradesFirst() throws Exception {
    List<UUID> expected = new ArrayList<>();
    Map<UUID, Long> counts = new HashMap<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT p.id, COUNT(t.id) FROM politicians p "
            + "LEFT JOIN trades t ON t.politician_id = p.id GROUP BY p.id "
            + "ORDER BY COUNT(t.id) DESC, p.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        expected.add(rs.getObject(1, UUID.class));
        counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
      }
    }
    assertThat(expected).hasSizeGreaterThan(100);
    List<JsonNode> items = new ArrayList<>();
    String target = "/api/v1/politicians?limit=100";
    while (target != null) {
      JsonNode page = getJson(target);
      page.get("items").forEach(items::add);
      target = page.get("next").isNull() ? null : page.get("next").asText();
    }
    assertThat(items).extracting(n -> UUID.fromString(n.get("id").asText()))
        .containsExactlyElementsOf(expected);
    for (JsonNode n : items) {
      assertThat(n.get("trades").asLong()).isEqualTo(counts.get(UUID.fromString(n.get("id")
          .asText())));
    }
  }

  @Test
  void activity_ofTheStrongestCycle_isTheSeriesTheDiscoveryScanned() throws Exception {
    UUID member;
    double storedPeriod;
    double storedQ;
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT politician_id, parameters FROM "
            + "pattern_discoveries WHERE pattern_type = 'fourier_cycle' "
            + "ORDER BY strength DESC, discovery_date DESC, id");
        ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      member = rs.getObject(1, UUID.class);
      JsonNode params = JSON.readTree(rs.getString(2));
      storedPeriod = params.get("period_days").asDouble();
      storedQ = params.get("q_value").asDouble();
    }
    List<DisclosedTrade> trades = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id, transaction_date, trade_type "
            + "FROM trades WHERE politician_id = ?")) {
      ps.setObject(1, member);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          trades.add(new DisclosedTrade(rs.getString(1), member.toString(),
              rs.getObject(2, LocalDate.class), Optional.empty(), Optional.empty(),
              TradeType.valueOf(rs.getString(3)), Optional.empty()));
        }
      }
    }
    LocalDate first = trades.stream().map(DisclosedTrade::transactionDate)
        .min(LocalDate::compareTo).orElseThrow();
    LocalDate last = trades.stream().map(DisclosedTrade::transactionDate)
        .max(LocalDate::compareTo).orElseThrow();
    ActivitySeries series = ActivitySeries.ofTrades(trades, first, last,
        ActivitySeries.DayBasis.BUSINESS, ActivitySeries.Weighting.COUNT);

    JsonNode a = getJson("/api/v1/discoveries/politician/" + member + "/activity");
    double[] values = series.values();
    JsonNode served = a.get("series");
    assertThat(served).hasSize(values.length);
    assertThat(served.get(0).get("date").asText()).isEqualTo(series.start().toString());
    for (int i = 0; i < values.length; i++) {
      assertThat(served.get(i).get("count").asDouble()).isEqualTo(values[i]);
    }
    double[] power = Periodogram.of(values).power();
    assertThat(a.get("periodogram")).hasSize(power.length);
    for (int k = 0; k < power.length; k++) {
      assertThat(a.get("periodogram").get(k).get("power").asDouble())
          .isCloseTo(power[k], within(EXACT));
    }
    // the scan's detector on this series (its band: 2 samples to a third of the active span,
    // its seed: run seed 1 x 31 + the member's id hash) finds the stored cycle's period
    long span = ChronoUnit.DAYS.between(first, last) + 1;
    CycleDetector.Result detected = PeriodogramCycleDetector.redNoise()
        .withPeriodBand(2 * 1.4, (double) span / DiscoveryService.MIN_REPETITIONS)
        .detect(series, 31L + member.toString().hashCode());
    JsonNode cycle = a.get("cycle");
    assertThat(cycle.get("period_days").asDouble()).isEqualTo(storedPeriod)
        .isCloseTo(detected.periodDays(), within(EXACT));
    assertThat(cycle.get("q_value").asDouble()).isEqualTo(storedQ);
  }

  @Test
  void network_isTheNewestStoredRow_nodesNamed() throws Exception {
    JsonNode nodes;
    JsonNode edges;
    UUID id;
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id, nodes, edges FROM "
            + "network_discoveries ORDER BY discovery_date DESC, id");
        ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      id = rs.getObject(1, UUID.class);
      nodes = JSON.readTree(rs.getString(2));
      edges = JSON.readTree(rs.getString(3));
    }
    Map<String, String> names = new HashMap<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id, full_name FROM politicians");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        names.put(rs.getObject(1, UUID.class).toString(), rs.getString(2));
      }
    }
    JsonNode n = getJson("/api/v1/networks/latest");
    assertThat(n.get("id").asText()).isEqualTo(id.toString());
    assertThat(n.get("nodes")).hasSize(nodes.size()).isNotEmpty();
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = n.get("nodes").get(i);
      String politician = nodes.get(i).get("politicianId").asText();
      assertThat(node.get("id").asText()).isEqualTo(politician);
      assertThat(node.get("label").asText()).isEqualTo(names.get(politician));
      assertThat(node.get("community").asInt()).isEqualTo(nodes.get(i).get("community").asInt());
    }
    assertThat(n.get("edges")).hasSize(edges.size());
    for (int i = 0; i < edges.size(); i++) {
      JsonNode edge = n.get("edges").get(i);
      assertThat(edge.get("source").asText()).isEqualTo(edges.get(i).get("a").asText());
      assertThat(edge.get("target").asText()).isEqualTo(edges.get(i).get("b").asText());
      assertThat(edge.get("weight").asDouble()).isEqualTo(edges.get(i).get("weight").asDouble());
    }
  }

  @Test
  void backtest_runOverHttp_isStored_andServesItsEquityCurve() throws Exception {
    HttpResponse<String> created = post("/api/v1/futurequant/backtests", """
        {"instrument": "ES1", "fast": 10, "slow": 50, "commission": 2.5,
         "slippage_ticks": 1}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode run = JSON.readTree(created.body());
    String id = run.get("id").asText();
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/api/v1/futurequant/backtests/" + id);
    // the example (docs/cli.md): 146 fills, 727.50 USD fees, final equity 95,397.50 USD
    assertThat(run.get("metrics").get("fills").asInt()).isEqualTo(146);
    assertThat(run.get("metrics").get("fees").asDouble()).isEqualTo(727.5);
    assertThat(run.get("metrics").get("final_equity").asDouble())
        .isCloseTo(95_397.5, within(1e-6));
    assertThat(store.backtestRun(id)).isPresent();
    assertThat(getJson("/api/v1/futurequant/backtests/" + id)).isEqualTo(run);
    JsonNode equity = getJson("/api/v1/futurequant/backtests/" + id + "/equity");
    assertThat(equity.get("equity")).hasSize(run.get("equity_points").asInt());
    assertThat(equity.get("drawdown")).hasSize(run.get("equity_points").asInt());
    assertThat(itemIdsText(getJson("/api/v1/futurequant/backtests?limit=500"))).contains(id);
  }

  @Test
  void futuresPlatform_analysisThenDashboard_withThisDatabasesJobRuns() throws Exception {
    HttpResponse<String> analysis = post("/api/v1/futureexploratorium/core/analyses",
        "{\"instrument\": \"ES2\"}");
    assertThat(analysis.statusCode()).as(analysis.body()).isEqualTo(201);
    String runId = JSON.readTree(analysis.body()).get("run_id").asText();
    JsonNode summary = getJson("/api/v1/futureexploratorium/dashboard/summary");
    JsonNode es2 = summary.get("instruments").get(1);
    assertThat(es2.get("instrument").asText()).isEqualTo("ES2");
    assertThat(es2.get("analysis_id").asText()).isEqualTo(runId);
    assertThat(es2.get("analytics").get("equity").size()).isBetween(4, 500);
    List<UUID> newest = ids("SELECT id FROM job_runs WHERE kind NOT LIKE '%.politician' "
        + "ORDER BY started_at DESC, id");
    assertThat(summary.get("recent_jobs")).extracting(j -> UUID.fromString(j.get("run_id")
        .asText())).containsExactlyElementsOf(newest.subList(0, Math.min(10, newest.size())));
    assertThat(getJson("/api/v1/futurequant/signals/latest?instrument=ES2").get("analysis_id")
        .asText()).isEqualTo(runId);
  }

  @Test
  void http_contentTypes_head_options_405_413_and404() throws Exception {
    HttpResponse<String> get = get("/api/v1/jobs");
    assertThat(get.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");

    HttpResponse<String> head = http.send(request("/api/v1/jobs")
        .method("HEAD", BodyPublishers.noBody()).build(), BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)
            .length));

    HttpResponse<String> options = http.send(request("/api/v1/anomalies/critical")
        .method("OPTIONS", BodyPublishers.noBody()).build(), BodyHandlers.ofString());
    assertThat(options.statusCode()).isEqualTo(204);
    assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");

    HttpResponse<String> delete = http.send(request("/api/v1/jobs").DELETE().build(),
        BodyHandlers.ofString());
    assertThat(delete.statusCode()).isEqualTo(405);
    assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    assertThat(JSON.readTree(delete.body()).get("error").asText()).isEqualTo("method_not_allowed");

    HttpResponse<String> large = post("/api/v1/anomalies/" + UUID.randomUUID() + "/investigate",
        "{\"investigated_by\": \"" + "x".repeat(BODY_LIMIT) + "\"}");
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(large.body())).isEqualTo(JSON.readTree("""
        {"error": "payload_too_large", "message": "the request body exceeds %d bytes",
         "field": null}""".formatted(BODY_LIMIT)));

    HttpResponse<String> missing = get("/nothing/here");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("not_found");

    HttpResponse<String> openApi = get("/openapi.json");
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(openApi.body()).get("openapi").asText()).isEqualTo("3.0.3");
  }

  @Test
  void apiKey_requiredWhenConfigured_overHttp() throws Exception {
    QuantApi secured = QuantApi.create(db.dataSource(), Clock.systemUTC(),
        QuantApi.Settings.defaults().withApiKey("http-test-key-0123456789"));
    try (QuantHttpServer other = QuantHttpServer.start(secured,
        QuantHttpServer.Settings.onLoopback(0))) {
      URI jobs = URI.create(other.baseUrl() + "/api/v1/jobs");
      HttpResponse<String> none = http.send(HttpRequest.newBuilder(jobs).build(),
          BodyHandlers.ofString());
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(JSON.readTree(none.body()).get("error").asText()).isEqualTo("unauthorized");
      HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(jobs)
          .header("X-Api-Key", "http-test-key-012345678").build(), BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);
      HttpResponse<String> right = http.send(HttpRequest.newBuilder(jobs)
          .header("X-Api-Key", "http-test-key-0123456789").build(), BodyHandlers.ofString());
      assertThat(right.statusCode()).isEqualTo(200);
      HttpResponse<String> doc = http.send(HttpRequest.newBuilder(
          URI.create(other.baseUrl() + "/openapi.json")).build(), BodyHandlers.ofString());
      assertThat(doc.statusCode()).isEqualTo(200);
      // and the default server of this test class needs no key
      assertThat(get("/api/v1/jobs").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void cors_preflightAndResponse_overHttp_forAnAllowedOriginOnly() throws Exception {
    String origin = "http://localhost:5173";
    QuantApi withCors = QuantApi.create(db.dataSource(), Clock.systemUTC(),
        QuantApi.Settings.defaults().withAllowedOrigins(List.of(origin)));
    try (QuantHttpServer other = QuantHttpServer.start(withCors,
        QuantHttpServer.Settings.onLoopback(0))) {
      URI critical = URI.create(other.baseUrl() + "/api/v1/anomalies/critical?limit=1");
      HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(critical)
          .method("OPTIONS", BodyPublishers.noBody()).header("Origin", origin)
          .header("Access-Control-Request-Method", "GET").build(), BodyHandlers.ofString());
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
          .hasValue("Content-Type, X-Api-Key");
      HttpResponse<String> get = http.send(HttpRequest.newBuilder(critical)
          .header("Origin", origin).build(), BodyHandlers.ofString());
      assertThat(get.statusCode()).isEqualTo(200);
      assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
      HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(critical)
          .header("Origin", "http://localhost:5174").build(), BodyHandlers.ofString());
      assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void close_releasesThePort_andIsIdempotent() throws Exception {
    QuantApi api = QuantApi.create(db.dataSource(), Clock.systemUTC(),
        QuantApi.Settings.defaults());
    QuantHttpServer other = QuantHttpServer.start(api, QuantHttpServer.Settings.onLoopback(0));
    URI jobs = URI.create(other.baseUrl() + "/api/v1/jobs");
    assertThat(http.send(HttpRequest.newBuilder(jobs).build(), BodyHandlers.ofString())
        .statusCode()).isEqualTo(200);
    other.close();
    other.close();
    HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    assertThatThrownBy(() -> fresh.send(HttpRequest.newBuilder(jobs).build(),
        BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
  }

  private List<UUID> walk(String first, String idField) throws Exception {
    List<UUID> out = new ArrayList<>();
    String target = first;
    while (target != null) {
      JsonNode page = getJson(target);
      out.addAll(itemIds(page, idField));
      target = page.get("next").isNull() ? null : page.get("next").asText();
    }
    return out;
  }

  private static JsonNode find(JsonNode page, String field, UUID id) {
    for (JsonNode item : page.get("items")) {
      if (item.get(field).asText().equals(id.toString())) {
        return item;
      }
    }
    throw new AssertionError("no item " + id);
  }

  private static List<String> itemIdsText(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  private static List<UUID> itemIds(JsonNode page, String field) {
    List<UUID> out = new ArrayList<>();
    page.get("items").forEach(n -> out.add(UUID.fromString(n.get(field).asText())));
    return out;
  }

  private JsonNode getJson(String target) throws Exception {
    HttpResponse<String> r = get(target);
    assertThat(r.statusCode()).as("GET %s: %s", target, r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> get(String target) throws IOException, InterruptedException {
    return http.send(request(target).GET().build(), BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String target, String body)
      throws IOException, InterruptedException {
    return http.send(request(target).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String target) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + target))
        .timeout(Duration.ofSeconds(30));
  }

  private List<UUID> ids(String sql) throws SQLException {
    List<UUID> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getObject(1, UUID.class));
      }
    }
    return out;
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
