package dev.quantsdk.persistence;

import static dev.quantsdk.persistence.Fixtures.T0;
import static dev.quantsdk.persistence.Fixtures.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.model.discovery.AnomalyDetection;
import dev.quantsdk.model.discovery.PatternDiscovery;
import dev.quantsdk.model.discovery.Politician;
import dev.quantsdk.model.discovery.Trade;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DiscoveryRepository} on every database. The fixture holds five discoveries and four
 * anomalies whose strengths, severities and times are chosen so that each ordering rule decides
 * some position; the expected orders below are written out by hand from the fixture table. One
 * migrated database per class, emptied and re-seeded before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DiscoveryRepositoryContract {

  /** The repository's clock: stamps outbox rows. */
  private static final Instant CLOCK_NOW = Instant.parse("2022-07-08T03:00:00Z");

  private QuantDatabase db;
  private DiscoveryRepository repository;
  private Politician foxx;
  private Politician carper;
  private Trade trade;

  protected abstract TestDatabase testDatabase();

  @BeforeAll
  void open() {
    db = QuantDatabase.open(testDatabase().newDatabase());
    repository = new DiscoveryRepository(db.entityManagerFactory(), db.dataSource(), db.vendor(),
        Clock.fixed(CLOCK_NOW, ZoneOffset.UTC));
  }

  @BeforeEach
  void emptyAndSeed() throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String table : List.of("webhook_outbox", "webhook_endpoints", "anomaly_detections",
          "pattern_discoveries", "trades", "politicians")) {
        s.executeUpdate("DELETE FROM " + table);
      }
    }
    foxx = Fixtures.foxx();
    carper = Fixtures.senator();
    trade = Fixtures.purchase(foxx, "MSFT", LocalDate.of(2021, 5, 3), "nk-msft");
    inTransaction(db.entityManagerFactory(), em -> {
      em.persist(foxx);
      em.persist(carper);
      em.persist(trade);
    });
    // label  politician  strength  discovered (hours after T0)
    // A      foxx        0.90      1
    // B      foxx        0.30      5
    // C      carper      0.75      3
    // D      carper      0.50      4
    // E      foxx        0.60      2
    repository.saveDiscoveries(List.of(
        pattern("A", foxx, 0.90, 1), pattern("B", foxx, 0.30, 5), pattern("C", carper, 0.75, 3),
        pattern("D", carper, 0.50, 4), pattern("E", foxx, 0.60, 2)));
  }

  @AfterAll
  void close() {
    db.close();
  }

  private static PatternDiscovery pattern(String label, Politician p, double strength, int hours) {
    PatternDiscovery d = new PatternDiscovery(p, "cycle_" + label, strength, 0.9, "{\"label\": \"" + label + "\"}",
        LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), T0.plusSeconds(3600L * hours));
    d.setDescription(label);
    return d;
  }

  private static List<String> labels(List<PatternSummary> discoveries) {
    return discoveries.stream().map(d -> d.description().orElseThrow()).toList();
  }

  @ParameterizedTest(name = "limit {0}, min strength {1} -> {2}")
  @CsvSource({
      "10, 0.0, B D C E A",
      "10, 0.5, D C E A",
      "2,  0.5, D C",
      "10, 0.75, C A",
      "10, 0.95, ''",
      "1,  0.0, B"})
  void recentDiscoveries_filtersByStrength_newestFirst(int limit, double minStrength, String expected) {
    List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(" "));
    assertThat(labels(repository.recentDiscoveries(limit, minStrength))).containsExactlyElementsOf(want);
  }

  @Test
  void recentDiscoveries_carryThePoliticianName() {
    PatternSummary first = repository.recentDiscoveries(1, 0.8).get(0);
    assertThat(first.politicianName()).isEqualTo("Virginia Foxx");
    assertThat(first.politicianId()).isEqualTo(foxx.getId());
    assertThat(first.strength()).isEqualTo(0.90);
  }

  @Test
  void discoveriesOfPolitician_strongestFirst() {
    assertThat(labels(repository.discoveriesOfPolitician(foxx.getId()))).containsExactly("A", "E", "B");
    assertThat(labels(repository.discoveriesOfPolitician(carper.getId()))).containsExactly("C", "D");
    assertThat(repository.discoveriesOfPolitician(java.util.UUID.randomUUID())).isEmpty();
  }

  @ParameterizedTest(name = "limit {0}, min strength {1}")
  @CsvSource({"0, 0.5", "501, 0.5", "10, -0.1", "10, 1.5", "10, NaN"})
  void recentDiscoveries_rejectsArgumentsOutOfRange(int limit, double minStrength) {
    assertThatThrownBy(() -> repository.recentDiscoveries(limit, minStrength))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void criticalAnomalies_skipInvestigatedOnes_mostSevereFirst() {
    // label  severity  detected (hours after T0)  investigated
    // W      0.95      1                          yes
    // X      0.80      2                          no
    // Y      0.80      3                          no   (tie with X: newer first)
    // Z      0.40      4                          no
    AnomalyDetection w = anomaly("W", trade, 0.95, 1);
    AnomalyDetection x = anomaly("X", null, 0.80, 2);
    AnomalyDetection y = anomaly("Y", trade, 0.80, 3);
    AnomalyDetection z = anomaly("Z", null, 0.40, 4);
    assertThat(repository.saveAnomalies(List.of(w, x, y, z))).isEqualTo(4);
    assertThat(repository.markInvestigated(w.getId(), "analyst@example.org", T0.plusSeconds(7200))).isTrue();

    assertThat(repository.criticalAnomalies(0.5, 10)).extracting(AnomalySummary::anomalyType)
        .containsExactly("type_Y", "type_X");
    assertThat(repository.criticalAnomalies(0.0, 2)).extracting(AnomalySummary::anomalyType)
        .containsExactly("type_Y", "type_X");
    assertThat(repository.criticalAnomalies(0.0, 10)).extracting(AnomalySummary::anomalyType)
        .containsExactly("type_Y", "type_X", "type_Z");
    AnomalySummary top = repository.criticalAnomalies(0.5, 1).get(0);
    assertThat(top.tradeId()).contains(trade.getId());
    assertThat(top.politicianName()).isEqualTo("Virginia Foxx");
    assertThat(top.investigated()).isFalse();
  }

  private AnomalyDetection anomaly(String label, Trade t, double severity, int hours) {
    return new AnomalyDetection(foxx, t, "type_" + label, severity, "{\"z\": 3.1}", LocalDate.of(2021, 5, 3),
        LocalDate.of(2021, 5, 3), T0.plusSeconds(3600L * hours));
  }

  @Test
  void markInvestigated_changesTheRowOnce() throws SQLException {
    AnomalyDetection a = anomaly("M", trade, 0.9, 1);
    repository.saveAnomalies(List.of(a));
    Instant at = Instant.parse("2022-08-01T09:30:00Z");

    assertThat(repository.markInvestigated(a.getId(), "analyst@example.org", at)).isTrue();
    assertThat(repository.markInvestigated(a.getId(), "someone-else", at.plusSeconds(60))).isFalse();
    assertThat(repository.markInvestigated(java.util.UUID.randomUUID(), "x", at)).isFalse();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT investigated, investigated_by, investigated_at FROM "
            + "anomaly_detections WHERE natural_key = '" + a.getNaturalKey() + "'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBoolean(1)).isTrue();
      assertThat(rs.getString(2)).isEqualTo("analyst@example.org");
      assertThat(rs.getObject(3, java.time.OffsetDateTime.class).toInstant()).isEqualTo(at);
    }
  }

  @Test
  void saveDiscoveries_rerunReplacesRowsInsteadOfDuplicating_acrossSeveralBatches() throws SQLException {
    int n = 1_200; // more than two JDBC batches of 500
    List<PatternDiscovery> first = new ArrayList<>();
    List<PatternDiscovery> rerun = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate start = LocalDate.of(2020, 1, 1).plusDays(i);
      first.add(new PatternDiscovery(carper, "bulk", 0.25, 0.5, "{\"i\": " + i + "}", start, start.plusDays(90),
          T0));
      rerun.add(new PatternDiscovery(carper, "bulk", 0.75, 0.5, "{\"i\": " + i + "}", start, start.plusDays(90),
          T0.plusSeconds(60)));
    }
    assertThat(repository.saveDiscoveries(first)).isEqualTo(n);
    assertThat(repository.saveDiscoveries(rerun)).isEqualTo(n);

    assertThat(queryLong("SELECT COUNT(*) FROM pattern_discoveries WHERE pattern_type = 'bulk'")).isEqualTo(n);
    assertThat(queryLong("SELECT COUNT(*) FROM pattern_discoveries WHERE pattern_type = 'bulk' "
        + "AND strength = 0.75")).isEqualTo(n);
    // the replaced rows keep their original ids
    assertThat(queryLong("SELECT COUNT(*) FROM pattern_discoveries WHERE id = '" + first.get(0).getId() + "'"))
        .isOne();
  }

  @Test
  void saveAnomalies_rerunKeepsTheInvestigatedState() throws SQLException {
    AnomalyDetection a = anomaly("R", trade, 0.6, 1);
    repository.saveAnomalies(List.of(a));
    repository.markInvestigated(a.getId(), "analyst", T0.plusSeconds(7200));
    AnomalyDetection again = anomaly("R", trade, 0.7, 2);

    assertThat(repository.saveAnomalies(List.of(again))).isOne();
    assertThat(queryLong("SELECT COUNT(*) FROM anomaly_detections")).isOne();
    assertThat(queryLong("SELECT COUNT(*) FROM anomaly_detections WHERE investigated AND severity = 0.7"))
        .isOne();
  }

  @Test
  void saveDiscoveries_isAllOrNothing() throws SQLException {
    Politician unsaved = Fixtures.senator(); // never persisted: foreign key violation on the second row
    List<PatternDiscovery> rows = List.of(pattern("ok", foxx, 0.5, 1), pattern("bad", unsaved, 0.5, 1));
    assertThatThrownBy(() -> repository.saveDiscoveries(rows))
        .isInstanceOf(jakarta.persistence.PersistenceException.class);
    assertThat(queryLong("SELECT COUNT(*) FROM pattern_discoveries WHERE pattern_type = 'cycle_ok'")).isZero();
  }

  private UUID endpoint(String url, double minSeverity, boolean active) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
        "INSERT INTO webhook_endpoints (id, url, secret, min_severity, active, created_at) "
            + "VALUES (?, ?, 'secret-0123456789', ?, ?, ?)")) {
      ps.setObject(1, id);
      ps.setString(2, url);
      ps.setDouble(3, minSeverity);
      ps.setBoolean(4, active);
      ps.setTimestamp(5, Timestamp.from(T0));
      ps.executeUpdate();
    }
    return id;
  }

  /** endpoint|anomaly type|anomaly id|row id of every outbox row, sorted. */
  private List<String> outbox(Map<UUID, String> endpointNames) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT o.endpoint_id, a.anomaly_type, o.anomaly_id, o.id "
            + "FROM webhook_outbox o JOIN anomaly_detections a ON a.natural_key = o.anomaly_key")) {
      while (rs.next()) {
        out.add(endpointNames.get(rs.getObject(1, UUID.class)) + "|" + rs.getString(2) + "|"
            + rs.getObject(3, UUID.class) + "|" + rs.getObject(4, UUID.class));
      }
    }
    out.sort(null);
    return out;
  }

  private String row(String endpointName, UUID endpoint, AnomalyDetection a, UUID storedId) {
    return endpointName + "|" + a.getAnomalyType() + "|" + storedId + "|"
        + AnomalyOutbox.idempotencyKey(endpoint, a.getNaturalKey());
  }

  /**
   * Endpoints A (>= 0.8), B (>= 0.95) and C (>= 0.5, inactive); anomalies P 0.97, Q 0.80 (at A's
   * threshold), R 0.50 (only inactive C would take it): A gets P and Q, B gets P, nobody R.
   */
  @Test
  void saveAnomalies_queuesOneOutboxRowPerActiveEndpointAtOrAboveItsThreshold() throws Exception {
    UUID a = endpoint("https://a.example.com/hook", 0.8, true);
    UUID b = endpoint("https://b.example.com/hook", 0.95, true);
    UUID c = endpoint("https://c.example.com/hook", 0.5, false);
    AnomalyDetection p = anomaly("P", trade, 0.97, 1);
    AnomalyDetection q = anomaly("Q", null, 0.80, 2);
    AnomalyDetection r = anomaly("R", null, 0.50, 3);

    repository.saveAnomalies(List.of(p, q, r));

    Map<UUID, String> names = Map.of(a, "A", b, "B", c, "C");
    assertThat(outbox(names)).containsExactlyInAnyOrder(row("A", a, p, p.getId()),
        row("A", a, q, q.getId()), row("B", b, p, p.getId()));
    try (Connection conn = db.dataSource().getConnection(); PreparedStatement ps = conn.prepareStatement(
        "SELECT payload, created_at, next_attempt_at, attempts FROM webhook_outbox WHERE id = ?")) {
      ps.setObject(1, AnomalyOutbox.idempotencyKey(b, p.getNaturalKey()));
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        JsonNode body = new ObjectMapper().readTree(rs.getString(1));
        assertThat(body.get("event").asText()).isEqualTo("anomaly.detected");
        assertThat(body.get("id").asText()).isEqualTo(p.getId().toString());
        assertThat(body.get("politician").get("name").asText()).isEqualTo("Virginia Foxx");
        assertThat(body.get("trade").get("ticker").asText()).isEqualTo("MSFT");
        assertThat(body.get("type").asText()).isEqualTo("type_P");
        assertThat(body.get("severity").asDouble()).isEqualTo(0.97);
        assertThat(body.get("explanation").get("z").asDouble()).isEqualTo(3.1);
        assertThat(body.get("window").get("from").asText()).isEqualTo("2021-05-03");
        assertThat(body.get("detected_at").asText()).isEqualTo(T0.plusSeconds(3600).toString());
        assertThat(rs.getObject(2, java.time.OffsetDateTime.class).toInstant()).isEqualTo(CLOCK_NOW);
        assertThat(rs.getObject(3, java.time.OffsetDateTime.class).toInstant()).isEqualTo(CLOCK_NOW);
        assertThat(rs.getInt(4)).isZero();
      }
    }
  }

  /**
   * Saving the same anomalies again (new entity ids, P more severe) queues nothing new; an anomaly
   * stored before its endpoint existed is queued when saved again, under the id its row kept.
   */
  @Test
  void saveAnomalies_savedAgain_queuesNothingTwice_andNamesTheKeptRowId() throws Exception {
    AnomalyDetection early = anomaly("E", null, 0.9, 1);
    repository.saveAnomalies(List.of(early));
    assertThat(queryLong("SELECT COUNT(*) FROM webhook_outbox")).isZero();
    UUID a = endpoint("https://a.example.com/hook", 0.8, true);
    AnomalyDetection p = anomaly("P", trade, 0.97, 2);
    repository.saveAnomalies(List.of(p));
    assertThat(queryLong("SELECT COUNT(*) FROM webhook_outbox")).isOne();

    AnomalyDetection pAgain = anomaly("P", trade, 0.99, 3);
    AnomalyDetection earlyAgain = anomaly("E", null, 0.9, 4);
    repository.saveAnomalies(List.of(pAgain, earlyAgain));
    repository.saveAnomalies(List.of(pAgain, earlyAgain));

    assertThat(outbox(Map.of(a, "A"))).containsExactlyInAnyOrder(row("A", a, p, p.getId()),
        row("A", a, early, early.getId()));
  }

  @Test
  void saveAnomalies_refused_queuesNothing() throws Exception {
    endpoint("https://a.example.com/hook", 0.0, true);
    AnomalyDetection ok = anomaly("OK", null, 0.9, 1);
    AnomalyDetection bad = new AnomalyDetection(Fixtures.senator(), null, "type_bad", 0.9, "{}",
        LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 3), T0); // politician never persisted

    assertThatThrownBy(() -> repository.saveAnomalies(List.of(ok, bad)))
        .isInstanceOf(jakarta.persistence.PersistenceException.class);
    assertThat(queryLong("SELECT COUNT(*) FROM webhook_outbox")).isZero();
    assertThat(queryLong("SELECT COUNT(*) FROM anomaly_detections")).isZero();
  }

  private long queryLong(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
