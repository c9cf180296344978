package dev.quantsdk.persistence;

import static dev.quantsdk.persistence.Fixtures.T0;
import static dev.quantsdk.persistence.Fixtures.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.TradeType;
import dev.quantsdk.model.discovery.AnomalyDetection;
import dev.quantsdk.model.discovery.JobRun;
import dev.quantsdk.model.discovery.JobStatus;
import dev.quantsdk.model.discovery.ModelExperiment;
import dev.quantsdk.model.discovery.NetworkDiscovery;
import dev.quantsdk.model.discovery.PatternDiscovery;
import dev.quantsdk.model.discovery.Politician;
import dev.quantsdk.model.discovery.Trade;
import dev.quantsdk.model.futures.BacktestRun;
import dev.quantsdk.model.futures.FuturesBar;
import dev.quantsdk.model.futures.FuturesBarId;
import dev.quantsdk.model.futures.FuturesContract;
import dev.quantsdk.model.futures.OrderSide;
import dev.quantsdk.model.futures.OrderStatus;
import dev.quantsdk.model.futures.OrderType;
import dev.quantsdk.model.futures.PaperAccount;
import dev.quantsdk.model.futures.PaperFill;
import dev.quantsdk.model.futures.PaperOrder;
import dev.quantsdk.model.futures.PaperPosition;
import dev.quantsdk.model.futures.SignalDirection;
import dev.quantsdk.model.futures.TradingSignal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migrations, entities and the entry point, written once and run for every database
 * (JGraphT-style contract test).
 */
abstract class QuantDatabaseContract {

  /** Every table the migrations V1..V6 create. */
  static final List<String> QUANT_TABLES = List.of("politicians", "trades", "job_runs", "pattern_discoveries",
      "anomaly_detections", "model_experiments", "network_discoveries", "futures_contracts", "futures_bars",
      "backtest_runs", "paper_accounts", "paper_orders", "paper_fills", "paper_positions", "trading_signals",
      "scheduled_tasks");

  /** The versions this module's tables come from (later issues may add more). */
  static final List<String> OWN_VERSIONS = List.of("1", "2", "3", "4", "5", "6");

  private static final double EXACT = 0.0;
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestDatabase vendor;
  private DatabaseConfig config;
  private QuantDatabase db;

  protected abstract TestDatabase testDatabase();

  /** The migrated database of the current test. */
  protected QuantDatabase database() {
    return db;
  }

  @BeforeEach
  void openFreshDatabase() {
    vendor = testDatabase();
    config = vendor.newDatabase();
    db = QuantDatabase.open(config);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void open_createsEveryTable_andRecordsHistoryInItsOwnTable() throws SQLException {
    assertThat(tableNames()).containsAll(QUANT_TABLES).contains(QuantDatabase.HISTORY_TABLE);
    assertThat(appliedVersions()).containsAll(OWN_VERSIONS);
    assertThat(queryLong("SELECT COUNT(*) FROM " + HISTORY + " WHERE NOT \"success\"")).isZero();
  }

  @Test
  void migrate_isIdempotent_secondRunAppliesNothing() {
    assertThat(QuantDatabase.migrate(db.dataSource())).isZero();
    assertThat(QuantDatabase.vendorOf(db.dataSource())).isEqualTo(db.vendor());
  }

  @Test
  void migrate_baselinesAHostSchema_andLeavesItsTablesAlone() throws SQLException {
    DatabaseConfig host = vendor.newDatabase();
    try (Connection c = DriverManager.getConnection(host.jdbcUrl(), host.user(), host.password());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE host_orders (id INTEGER PRIMARY KEY, note VARCHAR(20))");
      s.execute("INSERT INTO host_orders VALUES (1, 'kept')");
    }
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(host.jdbcUrl());
    pool.setUsername(host.user());
    pool.setPassword(host.password());
    try (pool) {
      // the same migrations as on an empty database, after a version-0 baseline
      assertThat(QuantDatabase.migrate(pool)).isEqualTo(appliedVersions().size());
      try (Connection c = pool.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT note FROM host_orders WHERE id = 1")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("kept");
      }
    }
  }

  @Test
  void entities_matchTheMigratedSchema() {
    // Hibernate's own validator compares every mapped column's type and nullability with the database
    db.entityManagerFactory().unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }

  @Test
  void discoveryEntities_roundTrip() {
    Politician foxx = Fixtures.foxx();
    Trade trade = Fixtures.purchase(foxx, "AAPL", LocalDate.of(2021, 3, 1), "nk-1");
    JobRun run = new JobRun("discovery.test", T0);
    PatternDiscovery pattern = new PatternDiscovery(foxx, "fourier_cycle", 0.8, 0.95,
        "{\"period_days\": 91.3}", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), T0);
    pattern.setRunId(run.getId());
    AnomalyDetection anomaly = new AnomalyDetection(foxx, trade, "late_filing", 0.7, "{\"lag_days\": 30}",
        LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 1), T0);
    ModelExperiment experiment = new ModelExperiment("ridge", "{\"lambda\": 0.1}", "{\"oos_r2\": 0.04}", true,
        T0);
    experiment.setWindow(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "discovery|ridge|2020");
    NetworkDiscovery network = new NetworkDiscovery("leiden", LocalDate.of(2020, 1, 1),
        LocalDate.of(2020, 12, 31), 2, 1, "[\"a\", \"b\"]", "[[\"a\", \"b\", 3]]", T0);
    network.setModularity(0.41979);
    run.finish(T0.plusSeconds(90), 10, 2, "two politicians had too few trades");
    inTransaction(db.entityManagerFactory(), em -> List.of(foxx, trade, run, pattern, anomaly, experiment, network)
        .forEach(em::persist));

    EntityManager em = db.entityManagerFactory().createEntityManager();
    try {
      Trade t = em.find(Trade.class, trade.getId());
      assertThat(t.getPolitician().getFullName()).isEqualTo("Virginia Foxx");
      assertThat(t.getPolitician().getDistrict()).contains("NC05");
      assertThat(t.getPolitician().getState()).contains("NC");
      assertThat(t.getTicker()).contains("AAPL");
      assertThat(t.getTradeType()).isEqualTo(TradeType.PURCHASE);
      assertThat(t.getAmountBand()).contains(AmountBand.of(1_001, 15_000));
      assertThat(t.getDisclosureLagDays()).hasValue(30);
      assertThat(t.isLateFiling()).isFalse();
      JobRun r = em.find(JobRun.class, run.getId());
      assertThat(r.getStatus()).isEqualTo(JobStatus.PARTIAL);
      assertThat(r.getDuration()).hasValueSatisfying(d -> assertThat(d.getSeconds()).isEqualTo(90));
      assertThat(r.getItemsOk()).isEqualTo(10);
      AnomalyDetection a = em.find(AnomalyDetection.class, anomaly.getId());
      assertThat(a.getTrade()).hasValueSatisfying(x -> assertThat(x.getId()).isEqualTo(trade.getId()));
      assertThat(a.getDetectedAt()).isEqualTo(T0);
      assertThat(em.find(PatternDiscovery.class, pattern.getId()).getRunId()).contains(run.getId());
      ModelExperiment e = em.find(ModelExperiment.class, experiment.getId());
      assertThat(e.isDeploymentReady()).isTrue();
      assertThat(e.getNaturalKey()).contains("discovery|ridge|2020");
      assertThat(e.getWindowEnd()).contains(LocalDate.of(2020, 12, 31));
      NetworkDiscovery n = em.find(NetworkDiscovery.class, network.getId());
      assertThat(n.getModularity().getAsDouble()).isEqualTo(0.41979, org.assertj.core.data.Offset.offset(EXACT));
      assertThat(n.getEdgeCount()).isEqualTo(1);
    } finally {
      em.close();
    }
  }

  @Test
  void futuresEntities_roundTrip() {
    // CME E-mini S&P 500, December 2014: $50 per index point, 0.25-point ticks, last trade 2014-12-19
    FuturesContract es = new FuturesContract("ES", "CME", LocalDate.of(2014, 12, 19), 50.0, 0.25, "usd");
    es.setLocalSymbol("ESZ14");
    es.setMargins(5_060.0, 4_600.0);
    Instant day = Instant.parse("2014-10-01T00:00:00Z");
    FuturesBar bar = new FuturesBar(es.getId(), day, 1962.0, 1967.25, 1937.5, 1941.5, 1941.25, 2_000_000L,
        2_800_000L);
    PaperAccount account = new PaperAccount("demo", "USD", 100_000.0, T0);
    PaperOrder order = new PaperOrder(account, es, OrderSide.BUY, OrderType.LIMIT, 2, 1940.0, day);
    order.setClientOrderId("client-1");
    PaperFill fill = new PaperFill(order, day.plusSeconds(60), 2, 1940.0, 4.5);
    order.transition(OrderStatus.FILLED, day.plusSeconds(60));
    PaperPosition position = new PaperPosition(account, es, day);
    position.update(2, 1940.0, 0.0, day.plusSeconds(60));
    account.addCash(-4.5);
    BacktestRun backtest = new BacktestRun("sma_cross", "ES", LocalDate.of(2013, 1, 2),
        LocalDate.of(2014, 12, 19), "{\"fast\": 20, \"slow\": 50}", "{\"sharpe\": 0.61}", T0);
    TradingSignal signal = new TradingSignal(es, "sma_cross", day, SignalDirection.LONG, 0.6, "{\"z\": 1.2}");
    inTransaction(db.entityManagerFactory(),
        em -> List.of(es, bar, account, order, fill, position, backtest, signal).forEach(em::persist));

    EntityManager em = db.entityManagerFactory().createEntityManager();
    try {
      FuturesContract c = em.find(FuturesContract.class, es.getId());
      assertThat(c.getCurrency()).isEqualTo("USD");
      assertThat(c.getTickValue()).isEqualTo(12.5);
      assertThat(c.getMaintenanceMargin()).hasValue(4_600.0);
      FuturesBar b = em.find(FuturesBar.class, new FuturesBarId(es.getId(), day));
      assertThat(b.getClose()).isEqualTo(1941.5);
      assertThat(b.getSettle()).hasValue(1941.25);
      assertThat(b.getOpenInterest()).hasValue(2_800_000L);
      PaperOrder o = em.find(PaperOrder.class, order.getId());
      assertThat(o.getStatus()).isEqualTo(OrderStatus.FILLED);
      assertThat(o.getLimitPrice()).hasValue(1940.0);
      assertThat(o.getStopPrice()).isEmpty();
      assertThat(em.find(PaperFill.class, fill.getId()).getCommission()).isEqualTo(4.5);
      assertThat(em.find(PaperPosition.class, position.getId()).getQuantity()).isEqualTo(2);
      PaperAccount acc = em.find(PaperAccount.class, account.getId());
      assertThat(acc.getCash()).isEqualTo(100_000.0 - 4.5);
      assertThat(em.find(TradingSignal.class, signal.getId()).getDirection()).isEqualTo(SignalDirection.LONG);
      assertThat(em.find(BacktestRun.class, backtest.getId()).getPeriodEnd()).isEqualTo(LocalDate.of(2014, 12, 19));
    } finally {
      em.close();
    }
  }

  @Test
  void jsonColumns_storeObjects_andRoundTripThroughJpa() throws Exception {
    Politician foxx = Fixtures.foxx();
    String json = "{\"period_days\": 91.3, \"harmonics\": [1, 2], \"label\": \"quarterly \\\"earnings\\\"\"}";
    PatternDiscovery pattern = new PatternDiscovery(foxx, "fourier_cycle", 0.8, 0.9, json,
        LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), T0);
    inTransaction(db.entityManagerFactory(), em -> {
      em.persist(foxx);
      em.persist(pattern);
    });

    // stored as a JSON object, not as a JSON string holding the text (the double-encoding trap)
    assertThat(queryLong("SELECT COUNT(*) FROM pattern_discoveries WHERE " + vendor.isJsonObject("parameters")))
        .isOne();
    EntityManager em = db.entityManagerFactory().createEntityManager();
    try {
      String read = em.find(PatternDiscovery.class, pattern.getId()).getParametersJson();
      assertThat(JSON.readTree(read)).isEqualTo(JSON.readTree(json));
    } finally {
      em.close();
    }
  }

  @Test
  void naturalKey_refusesASecondPatternForTheSameWindow() {
    Politician foxx = Fixtures.foxx();
    LocalDate start = LocalDate.of(2020, 1, 1);
    LocalDate end = LocalDate.of(2020, 12, 31);
    inTransaction(db.entityManagerFactory(), em -> {
      em.persist(foxx);
      em.persist(new PatternDiscovery(foxx, "fourier_cycle", 0.5, 0.5, "{}", start, end, T0));
    });
    assertThatThrownBy(() -> inTransaction(db.entityManagerFactory(), em -> em.persist(
        new PatternDiscovery(em.getReference(Politician.class, foxx.getId()), "fourier_cycle", 0.6, 0.6, "{}",
            start, end, T0))))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void checkConstraints_refuseAnInvestigatedTimestampWithoutTheFlag() {
    Politician foxx = Fixtures.foxx();
    AnomalyDetection anomaly = new AnomalyDetection(foxx, null, "volume_spike", 0.9, "{}",
        LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30), T0);
    inTransaction(db.entityManagerFactory(), em -> {
      em.persist(foxx);
      em.persist(anomaly);
    });
    assertThatThrownBy(() -> execute("UPDATE anomaly_detections SET investigated_by = 'x'"))
        .isInstanceOf(SQLException.class);
  }

  /** Flyway quotes its identifiers, so they stay lower-case on H2 too. */
  private static final String HISTORY = "\"" + QuantDatabase.HISTORY_TABLE + "\"";

  private List<String> appliedVersions() throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT \"version\" FROM " + HISTORY
            + " WHERE \"version\" IS NOT NULL AND \"success\" ORDER BY \"installed_rank\"")) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    return versions;
  }

  private List<String> tableNames() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return new ArrayList<>(new TreeSet<>(names));
  }

  private long queryLong(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
