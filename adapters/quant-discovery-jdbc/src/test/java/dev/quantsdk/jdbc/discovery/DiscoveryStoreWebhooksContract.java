package dev.quantsdk.jdbc.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.model.discovery.AnomalyDetection;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.discovery.Findings;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.webhooks.WebhookEndpoint;
import dev.quantsdk.webhooks.WebhookEndpoints;
import java.net.URI;
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

/**
 * The discovery store writes the webhook outbox in the anomalies' own transaction: a row exists
 * exactly when its anomaly committed, and anomalies found again queue nothing new. Run once per
 * database (H2 and a real PostgreSQL).
 */
abstract class DiscoveryStoreWebhooksContract {

  static final UUID POLITICIAN = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID TRADE = UUID.fromString("10000000-0000-0000-0000-000000000001");
  static final DiscoveryWindow WINDOW = DiscoveryWindow.of(LocalDate.of(2020, 1, 1),
      LocalDate.of(2020, 12, 31));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

  private QuantDatabase db;
  private DataSource ds;
  private WebhookEndpoint endpoint;

  abstract DatabaseConfig newDatabase();

  @BeforeEach
  void open() throws SQLException {
    db = QuantDatabase.open(newDatabase());
    ds = db.dataSource();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO politicians (id, full_name, chamber, natural_key) VALUES ('"
          + POLITICIAN + "', 'Nancy Pelosi', 'HOUSE', 'HOUSE|nancy pelosi')");
      s.execute("INSERT INTO trades (id, politician_id, transaction_date, disclosure_date, ticker, "
          + "trade_type, source, natural_key) VALUES ('" + TRADE + "', '" + POLITICIAN
          + "', DATE '2020-03-02', DATE '2020-05-01', 'AAPL', 'PURCHASE', 'TEST', 't1')");
    }
    endpoint = new WebhookEndpoints(ds, CLOCK).add(URI.create("https://hooks.example.com/quant"),
        "0123456789abcdef0123456789abcdef", 0.8);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Findings.Anomaly late(double severity) {
    return new Findings.Anomaly(POLITICIAN.toString(), Optional.of(TRADE.toString()),
        "late_disclosure", severity, Map.of("lag_days", 60));
  }

  private static Findings.Anomaly unusual(double severity) {
    return new Findings.Anomaly(POLITICIAN.toString(), Optional.empty(), "unusual_ticker",
        severity, Map.of("ticker", "AAPL"));
  }

  private String newRun() {
    String run = UUID.randomUUID().toString();
    new JdbcRunRecorder(ds).started(run, "test", CLOCK.instant());
    return run;
  }

  @Test
  void replaceAnomalies_queuesTheCriticalOnes_forTheStoredRow() throws SQLException {
    JdbcDiscoveryStore store = new JdbcDiscoveryStore(ds, CLOCK);
    store.replaceAnomalies(newRun(), WINDOW, POLITICIAN.toString(),
        List.of(late(0.85), unusual(0.4)));
    assertThat(count("SELECT COUNT(*) FROM webhook_outbox")).isEqualTo(1);
    String key = AnomalyDetection.naturalKeyOf(POLITICIAN, TRADE, "late_disclosure",
        WINDOW.from(), WINDOW.to());
    assertThat(string("SELECT anomaly_key FROM webhook_outbox")).isEqualTo(key);
    assertThat(string("SELECT endpoint_id FROM webhook_outbox")).isEqualTo(endpoint.id().toString());
    assertThat(string("SELECT anomaly_id FROM webhook_outbox"))
        .isEqualTo(string("SELECT id FROM anomaly_detections WHERE anomaly_type = 'late_disclosure'"));
  }

  @Test
  void replaceAnomalies_foundAgain_keepsTheRowIdAndQueuesNothingNew() throws SQLException {
    JdbcDiscoveryStore store = new JdbcDiscoveryStore(ds, CLOCK);
    store.replaceAnomalies(newRun(), WINDOW, POLITICIAN.toString(), List.of(late(0.85)));
    String id = string("SELECT id FROM anomaly_detections");
    store.replaceAnomalies(newRun(), WINDOW, POLITICIAN.toString(), List.of(late(0.9)));
    store.replaceAnomalies(newRun(), WINDOW, POLITICIAN.toString(), List.of(late(0.95)));
    assertThat(string("SELECT id FROM anomaly_detections")).isEqualTo(id);
    assertThat(count("SELECT COUNT(*) FROM webhook_outbox")).isEqualTo(1);
    assertThat(string("SELECT anomaly_id FROM webhook_outbox")).isEqualTo(id);
    // one that rises above the threshold on a later run is queued then, once
    store.replaceAnomalies(newRun(), WINDOW, POLITICIAN.toString(),
        List.of(late(0.95), unusual(0.81)));
    store.replaceAnomalies(newRun(), WINDOW, POLITICIAN.toString(),
        List.of(late(0.95), unusual(0.81)));
    assertThat(count("SELECT COUNT(*) FROM webhook_outbox")).isEqualTo(2);
  }

  @Test
  void replaceAnomalies_rolledBack_leavesNeitherTheAnomaliesNorTheirOutboxRows()
      throws SQLException {
    JdbcDiscoveryStore store = new JdbcDiscoveryStore(ds, CLOCK);
    // the second anomaly names a trade that does not exist: its insert breaks the foreign key
    // after the outbox rows were written, and the whole transaction rolls back
    Findings.Anomaly broken = new Findings.Anomaly(POLITICIAN.toString(),
        Optional.of(UUID.randomUUID().toString()), "late_disclosure", 0.99, Map.of());
    assertThatThrownBy(() -> store.replaceAnomalies(newRun(), WINDOW, POLITICIAN.toString(),
        List.of(late(0.85), broken))).isInstanceOf(IllegalStateException.class);
    assertThat(count("SELECT COUNT(*) FROM anomaly_detections")).isZero();
    assertThat(count("SELECT COUNT(*) FROM webhook_outbox")).isZero();
  }

  @Test
  void replaceAnomalies_withoutActiveEndpoints_queuesNothing() throws SQLException {
    new WebhookEndpoints(ds, CLOCK).setActive(endpoint.id(), false);
    new JdbcDiscoveryStore(ds, CLOCK).replaceAnomalies(newRun(), WINDOW, POLITICIAN.toString(),
        List.of(late(1.0)));
    assertThat(count("SELECT COUNT(*) FROM anomaly_detections")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM webhook_outbox")).isZero();
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
