package dev.quantsdk.futures.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.futures.backtest.CostModel;
import dev.quantsdk.futures.backtest.ExecutionSimulator;
import dev.quantsdk.futures.backtest.Order;
import dev.quantsdk.futures.backtest.Side;
import dev.quantsdk.futures.backtest.Strategy;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.paper.PaperBroker;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper-trading tables written through the broker's store port, on H2 and a real PostgreSQL. */
class JdbcPaperTradingStoreTest {

  private static final ContractSpec ES = FuturesCatalogue.contract("ESZ2019");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final long DAY = LocalDate.of(2019, 6, 3).toEpochDay();

  @TempDir
  Path directory;

  /**
   * By hand (1 tick slippage, 2.50 commission): bar 1 buys 2 at 3000 + 0.25 = 3000.25; bar 2 sells 1
   * at 3010 - 0.25 = 3009.75, realising (3009.75 - 3000.25) x 50 = 475. A limit buy at 2900 is
   * cancelled. Cash = 100,000 + 475 - 3 x 2.50 = 100,467.50. Run twice into the same account: the
   * same rows, none added.
   */
  private static void replayTwiceAndCheck(DatabaseConfig config) throws SQLException {
    try (MigratedPool db = MigratedPool.migrated(config)) {
      for (int run = 0; run < 2; run++) {
        try (JdbcPaperTradingStore store = new JdbcPaperTradingStore(db.dataSource, "paper-test", 100_000,
            List.of(ES), List.of(ES), TimeBase.EPOCH_DAY, CLOCK)) {
          PaperBroker broker = new PaperBroker(List.of(ES), ExecutionSimulator.Config.of(100_000,
              CostModel.of(1, 2.5)), Strategy.NONE, store);
          long buy = broker.submit(Order.market(0, Side.BUY, 2));
          long limit = broker.submit(Order.limit(0, Side.BUY, 1, 2900));
          broker.onBar(DAY, 3000, 3005, 2995, 3002, 3002, 1000);
          broker.submit(Order.market(0, Side.SELL, 1));
          broker.cancel(limit);
          broker.onBar(DAY + 1, 3010, 3015, 3005, 3012, 3012, 1000);
          assertThat(buy).isEqualTo(1);
        }
      }
      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
        assertThat(rows(s, "SELECT status FROM paper_orders ORDER BY created_at, status"))
            .containsExactlyInAnyOrder("FILLED", "CANCELLED", "FILLED");
        assertThat(rows(s, "SELECT quantity || ' at ' || price || ' fee ' || commission FROM paper_fills "
            + "ORDER BY fill_time")).hasSize(2);
        try (ResultSet rs = s.executeQuery("SELECT f.price, f.commission, f.fill_time, o.side FROM paper_fills f "
            + "JOIN paper_orders o ON o.id = f.order_id ORDER BY f.fill_time")) {
          rs.next();
          assertThat(rs.getDouble(1)).isEqualTo(3000.25);
          assertThat(rs.getDouble(2)).isEqualTo(5.0);
          assertThat(rs.getObject(3, java.time.OffsetDateTime.class).toLocalDate()).isEqualTo(LocalDate.of(2019, 6, 3));
          assertThat(rs.getString(4)).isEqualTo("BUY");
          rs.next();
          assertThat(rs.getDouble(1)).isEqualTo(3009.75);
          assertThat(rs.getString(4)).isEqualTo("SELL");
        }
        try (ResultSet rs = s.executeQuery("SELECT p.quantity, p.average_price, p.realized_pnl, c.local_symbol "
            + "FROM paper_positions p JOIN futures_contracts c ON c.id = p.contract_id")) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(1);
          assertThat(rs.getDouble(2)).isEqualTo(3000.25);
          assertThat(rs.getDouble(3)).isEqualTo(475.0);
          assertThat(rs.getString(4)).isEqualTo("ESZ2019");
          assertThat(rs.next()).isFalse();
        }
        assertThat(rows(s, "SELECT cash FROM paper_accounts WHERE name = 'paper-test'")).containsExactly("100467.5");
      }
    }
  }

  private static List<String> rows(Statement s, String sql) throws SQLException {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        Object v = rs.getObject(1);
        out.add(v instanceof Double d ? String.valueOf(d) : String.valueOf(v));
      }
    }
    return out;
  }

  @Test
  void store_h2_writesOrdersFillsPositionsAndCash_idempotently() throws SQLException {
    replayTwiceAndCheck(TestDatabases.h2(directory));
  }

  @Test
  void store_postgres_writesOrdersFillsPositionsAndCash_idempotently() throws SQLException {
    replayTwiceAndCheck(TestDatabases.postgres());
  }

  /**
   * A stop-limit buy (stop 3010, limit 3011) is stored as what it is: STOP_LIMIT with both
   * prices, WORKING while a bar stays below its stop (high 3005), then CANCELLED on request.
   */
  private static void stopLimitStoredTruthfully(DatabaseConfig config) throws SQLException {
    try (MigratedPool db = MigratedPool.migrated(config)) {
      try (JdbcPaperTradingStore store = new JdbcPaperTradingStore(db.dataSource, "stops", 100_000,
          List.of(ES), List.of(ES), TimeBase.EPOCH_DAY, CLOCK)) {
        PaperBroker broker = new PaperBroker(List.of(ES), ExecutionSimulator.Config.of(100_000,
            CostModel.NONE), Strategy.NONE, store);
        long id = broker.submit(Order.stopLimit(0, Side.BUY, 1, 3010, 3011));
        broker.onBar(DAY, 3000, 3005, 2995, 3002, 3002, 1000);
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
          assertThat(rows(s, "SELECT order_type || ' ' || status || ' ' || stop_price || ' ' || limit_price "
              + "FROM paper_orders")).singleElement().asString()
              .startsWith("STOP_LIMIT WORKING 3010").contains(" 3011");
        }
        broker.cancel(id);
      }
      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
        assertThat(rows(s, "SELECT status FROM paper_orders")).containsExactly("CANCELLED");
      }
    }
  }

  @Test
  void stopLimit_h2_storedWithItsTypePricesAndWorkingStatus() throws SQLException {
    stopLimitStoredTruthfully(TestDatabases.h2(directory));
  }

  @Test
  void stopLimit_postgres_storedWithItsTypePricesAndWorkingStatus() throws SQLException {
    stopLimitStoredTruthfully(TestDatabases.postgres());
  }
}
