package dev.quantsdk.jdbc.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.discovery.Findings;
import dev.quantsdk.orchestration.discovery.PoliticianRef;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The discovery ports' contract, run once per database (H2 and a real PostgreSQL). */
abstract class JdbcDiscoveryPortsContract {

  static final UUID PELOSI = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID PELOSKY = UUID.fromString("00000000-0000-0000-0000-000000000002");
  static final UUID TRADE_1 = UUID.fromString("10000000-0000-0000-0000-000000000001");
  static final DiscoveryWindow WINDOW = DiscoveryWindow.of(LocalDate.of(2020, 1, 1),
      LocalDate.of(2020, 12, 31));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

  private QuantDatabase db;
  private DataSource ds;

  abstract DatabaseConfig newDatabase();

  @BeforeEach
  void open() throws SQLException {
    db = QuantDatabase.open(newDatabase());
    ds = db.dataSource();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO politicians (id, full_name, chamber, natural_key) VALUES ('" + PELOSI
          + "', 'Nancy Pelosi', 'HOUSE', 'HOUSE|nancy pelosi')");
      s.execute("INSERT INTO politicians (id, full_name, chamber, natural_key) VALUES ('" + PELOSKY
          + "', 'Nancy Pelosky', 'HOUSE', 'HOUSE|nancy pelosky')");
      insertTrade(s, TRADE_1, PELOSI, "2020-03-02", "2020-05-01", "AAPL", "PURCHASE", 1001L,
          15000L);
      insertTrade(s, UUID.randomUUID(), PELOSI, "2020-06-15", "2020-07-01", null, "SALE_FULL",
          1000001L, null);
      insertTrade(s, UUID.randomUUID(), PELOSKY, "2021-01-05", "2021-02-01", "MSFT", "EXCHANGE",
          null, null);
    }
  }

  private static void insertTrade(Statement s, UUID id, UUID politician, String tx,
      String disclosed, String ticker, String type, Long min, Long max) throws SQLException {
    s.execute("INSERT INTO trades (id, politician_id, transaction_date, disclosure_date, ticker, "
        + "trade_type, amount_min_usd, amount_max_usd, source, natural_key) VALUES ('" + id + "', '"
        + politician + "', DATE '" + tx + "', DATE '" + disclosed + "', "
        + (ticker == null ? "NULL" : "'" + ticker + "'") + ", '" + type + "', " + min + ", " + max
        + ", 'TEST', '" + id + "')");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void tradeSource_readsPoliticiansTradesAndWindow() {
    JdbcTradeSource source = new JdbcTradeSource(ds);
    assertThat(source.politicians()).extracting(PoliticianRef::name)
        .containsExactly("Nancy Pelosi", "Nancy Pelosky");
    List<DisclosedTrade> trades = source.trades(WINDOW);
    assertThat(trades).hasSize(2);
    DisclosedTrade first = trades.get(0);
    assertThat(first.tradeId()).isEqualTo(TRADE_1.toString());
    assertThat(first.ticker()).contains("AAPL");
    assertThat(first.disclosureLagDays()).hasValue(60);
    assertThat(first.amount().orElseThrow().maxUsd()).hasValue(15000);
    DisclosedTrade second = trades.get(1);
    assertThat(second.ticker()).isEmpty();
    assertThat(second.amount().orElseThrow().isOpenEnded()).isTrue();
    assertThat(source.dataWindow()).contains(DiscoveryWindow.of(LocalDate.of(2020, 3, 2),
        LocalDate.of(2021, 1, 5)));
  }

  @Test
  void tradeSource_tradesOf_readsOneMembersTradesInTheWindow_likeTheFilteredWhole() {
    JdbcTradeSource source = new JdbcTradeSource(ds);
    DiscoveryWindow all = DiscoveryWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
    assertThat(source.tradesOf(PELOSI.toString(), all)).hasSize(2)
        .isEqualTo(source.trades(all).stream()
            .filter(t -> t.politicianId().equals(PELOSI.toString())).toList());
    assertThat(source.tradesOf(PELOSKY.toString(), WINDOW)).isEmpty();
    assertThat(source.tradesOf(PELOSKY.toString(), all)).singleElement()
        .satisfies(t -> assertThat(t.ticker()).contains("MSFT"));
    assertThatThrownBy(() -> source.tradesOf("pelosi", all))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UUID");
  }

  @Test
  void jobRuns_listRunsNewestFirst_andPerPoliticianRowsOnlyWhenAskedByKind() {
    JdbcRunRecorder recorder = new JdbcRunRecorder(ds);
    String run = UUID.randomUUID().toString();
    String item = UUID.randomUUID().toString();
    Instant t0 = CLOCK.instant();
    recorder.started(run, "discovery.nightly", t0);
    recorder.started(item, "discovery.nightly.politician", t0.plusSeconds(1));
    JdbcDiscoveryQueries queries = new JdbcDiscoveryQueries(ds);
    assertThat(queries.jobRuns(10)).extracting(r -> r.get("run_id")).containsExactly(run);
    assertThat(queries.jobRuns(10, Optional.of("discovery.nightly.politician")))
        .extracting(r -> r.get("run_id")).containsExactly(item);
    assertThat(queries.jobRuns(10).get(0)).containsEntry("status", "RUNNING")
        .containsEntry("duration_ms", null).containsEntry("success_rate", null);
  }

  @Test
  void tradeSource_findsByIdExactNameOrUniquePart_andRefusesAmbiguity() {
    JdbcTradeSource source = new JdbcTradeSource(ds);
    assertThat(source.find(PELOSKY.toString())).map(PoliticianRef::name).contains("Nancy Pelosky");
    assertThat(source.find("nancy pelosi")).map(PoliticianRef::id).contains(PELOSI.toString());
    assertThat(source.find("pelosk")).map(PoliticianRef::id).contains(PELOSKY.toString());
    assertThat(source.find("nobody")).isEmpty();
    // wildcards in a typed name match literally, not as LIKE patterns
    assertThat(source.find("%")).isEmpty();
    assertThat(source.find("nancy_pelosi")).isEmpty();
    assertThatThrownBy(() -> source.find("nancy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matches 2 politicians");
  }

  @Test
  void store_replacesPatternsPerKey_andKeepsJson() throws Exception {
    JdbcDiscoveryStore store = new JdbcDiscoveryStore(ds, CLOCK);
    String run = newRun();
    Findings.Pattern p = new Findings.Pattern(PELOSI.toString(), "fourier_cycle", 0.9, 0.997,
        Map.of("period_days", 91.0), "Strong 91-day cycle detected (q = 0.003)");
    store.replacePatterns(run, WINDOW, PELOSI.toString(), "fourier_cycle", List.of(p));
    store.replacePatterns(run, WINDOW, PELOSI.toString(), "fourier_cycle", List.of(p));
    assertThat(count("SELECT COUNT(*) FROM pattern_discoveries")).isEqualTo(1);
    JsonNode params = SqlSupport.JSON.readTree(string("SELECT parameters FROM pattern_discoveries"));
    assertThat(params.get("period_days").asDouble()).isEqualTo(91.0);
    store.replacePatterns(run, WINDOW, PELOSI.toString(), "fourier_cycle", List.of());
    assertThat(count("SELECT COUNT(*) FROM pattern_discoveries")).isZero();
  }

  @Test
  void store_replacesAnomalies_keepingInvestigationState() throws Exception {
    JdbcDiscoveryStore store = new JdbcDiscoveryStore(ds, CLOCK);
    String run = newRun();
    Findings.Anomaly late = new Findings.Anomaly(PELOSI.toString(),
        Optional.of(TRADE_1.toString()), "late_disclosure", 0.85, Map.of("lag_days", 60));
    Findings.Anomaly other = new Findings.Anomaly(PELOSI.toString(), Optional.empty(),
        "unusual_ticker", 0.4, Map.of("ticker", "AAPL"));
    store.replaceAnomalies(run, WINDOW, PELOSI.toString(), List.of(late, other));
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE anomaly_detections SET investigated = TRUE, investigated_by = 'ana', "
          + "investigated_at = TIMESTAMP '2026-11-01 10:00:00' WHERE anomaly_type = 'late_disclosure'");
    }
    store.replaceAnomalies(run, WINDOW, PELOSI.toString(), List.of(late, other));
    assertThat(count("SELECT COUNT(*) FROM anomaly_detections")).isEqualTo(2);
    assertThat(string("SELECT investigated_by FROM anomaly_detections WHERE anomaly_type = "
        + "'late_disclosure'")).isEqualTo("ana");
    assertThat(count("SELECT COUNT(*) FROM anomaly_detections WHERE investigated")).isEqualTo(1);
    // the key is the entity's own, so JPA and JDBC writers address the same row
    assertThat(string("SELECT natural_key FROM anomaly_detections WHERE anomaly_type = "
        + "'late_disclosure'")).isEqualTo(dev.quantsdk.model.discovery.AnomalyDetection.naturalKeyOf(
            PELOSI, TRADE_1, "late_disclosure", WINDOW.from(), WINDOW.to()));
    JsonNode explanation = SqlSupport.JSON.readTree(string(
        "SELECT explanation FROM anomaly_detections WHERE anomaly_type = 'late_disclosure'"));
    assertThat(explanation.get("lag_days").asInt()).isEqualTo(60);
  }

  @Test
  void store_replacesNetworkAndExperimentsPerWindow() throws Exception {
    JdbcDiscoveryStore store = new JdbcDiscoveryStore(ds, CLOCK);
    String run = newRun();
    Findings.Network net = new Findings.Network("sdsm+leiden", Map.of("alpha", 0.05),
        List.of(new Findings.Node(PELOSI.toString(), 0, 0.5, 0.0),
            new Findings.Node(PELOSKY.toString(), 0, 0.5, 0.0)),
        List.of(new Findings.Edge(PELOSI.toString(), PELOSKY.toString(), 3, 0.001, 0.002)),
        1, 0.0, "1 community");
    store.replaceNetwork(run, WINDOW, net);
    store.replaceNetwork(run, WINDOW, net);
    assertThat(count("SELECT COUNT(*) FROM network_discoveries")).isEqualTo(1);
    JsonNode edges = SqlSupport.JSON.readTree(string("SELECT edges FROM network_discoveries"));
    assertThat(edges.get(0).get("qValue").asDouble()).isEqualTo(0.002);

    Findings.Experiment e = new Findings.Experiment("ridge", Map.of("lambda", 1.0),
        Map.of("r2_oos", -0.01), false);
    store.replaceExperiments(run, WINDOW, List.of(e, e));
    store.replaceExperiments(run, WINDOW, List.of(e, e));
    assertThat(count("SELECT COUNT(*) FROM model_experiments")).isEqualTo(2);
  }

  @Test
  void runRecorder_recordsDurationAndStatus() throws SQLException {
    JdbcRunRecorder recorder = new JdbcRunRecorder(ds);
    String run = UUID.randomUUID().toString();
    Instant start = Instant.parse("2026-11-22T02:00:00Z");
    recorder.started(run, "discovery.scan-all", start);
    recorder.finished(new DiscoveryReport(run, "discovery.scan-all", WINDOW, start,
        start.plusSeconds(3), 2, 1, List.of(new DiscoveryReport.Failure("Nancy Pelosky",
            "no trades")), 0, 0, 0, Optional.empty(), 0));
    assertThat(string("SELECT status FROM job_runs")).isEqualTo("PARTIAL");
    assertThat(count("SELECT items_ok FROM job_runs")).isEqualTo(1);
    assertThat(count("SELECT items_failed FROM job_runs")).isEqualTo(1);
    assertThat(string("SELECT message FROM job_runs")).isEqualTo("Nancy Pelosky: no trades");
  }

  @Test
  void queries_readBackWhatTheStoreWrote() {
    JdbcDiscoveryStore store = new JdbcDiscoveryStore(ds, CLOCK);
    String run = newRun();
    store.replacePatterns(run, WINDOW, PELOSI.toString(), "fourier_cycle", List.of(
        new Findings.Pattern(PELOSI.toString(), "fourier_cycle", 0.9, 0.997,
            Map.of("period_days", 91.0, "p_value", 0.0001, "q_value", 0.003), "d")));
    store.replaceAnomalies(run, WINDOW, PELOSKY.toString(), List.of(new Findings.Anomaly(
        PELOSKY.toString(), Optional.empty(), "unusual_ticker", 0.4, Map.of("ticker", "MSFT"))));
    store.replaceNetwork(run, WINDOW, new Findings.Network("sdsm_leiden", Map.of(),
        List.of(new Findings.Node(PELOSI.toString(), 0, 0.6, 0.1),
            new Findings.Node(PELOSKY.toString(), 1, 0.4, 0.0)),
        List.of(new Findings.Edge(PELOSI.toString(), PELOSKY.toString(), 2, 0.01, 0.02)),
        2, 0.1, "net"));
    JdbcDiscoveryQueries q = new JdbcDiscoveryQueries(ds);

    List<Map<String, Object>> cycles = q.patterns("fourier_cycle", Optional.empty(), 10);
    assertThat(cycles).singleElement().satisfies(c -> {
      assertThat(c).containsEntry("period_days", 91.0).containsEntry("q_value", 0.003)
          .containsEntry("confidence", 0.997).containsEntry("politician_name", "Nancy Pelosi");
    });
    assertThat(q.patterns("fourier_cycle", Optional.of(PELOSKY.toString()), 10)).isEmpty();
    assertThat(q.anomalies(Optional.of(PELOSKY.toString()), 10)).singleElement()
        .satisfies(a -> assertThat(a).containsEntry("severity", 0.4)
            .containsEntry("explanation", Map.of("ticker", "MSFT")).containsEntry("trade", null));
    Map<String, Object> net = q.latestNetwork(Optional.of(PELOSKY.toString())).orElseThrow();
    assertThat((List<?>) net.get("nodes")).hasSize(1);
    assertThat((List<?>) net.get("edges")).singleElement()
        .satisfies(e -> assertThat(((Map<?, ?>) e).get("q_value")).isEqualTo(0.02));
    assertThat(net).containsEntry("modularity", 0.1);
  }

  private String newRun() {
    String run = UUID.randomUUID().toString();
    new JdbcRunRecorder(ds).started(run, "test", CLOCK.instant());
    return run;
  }

  private long count(String sql) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String string(String sql) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }
}
