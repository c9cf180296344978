package dev.quantsdk.futures.jdbc;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.persistence.DatabaseVendor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * Writes futures bars into {@code futures_contracts} and {@code futures_bars} with plain JDBC, on
 * H2 or PostgreSQL; {@link JdbcBarSource} reads them back for analysis.
 *
 * <p>A contract row is found by its natural key (root, exchange, expiry) or inserted with a
 * name-based UUID of that key. A bar is upserted by its key (contract, time): re-importing a file
 * rewrites the same rows and adds none (H2 {@code MERGE ... KEY}, PostgreSQL
 * {@code INSERT ... ON CONFLICT DO UPDATE}). Daily bars are stored at 00:00 UTC of their date.
 * Rows are sent in JDBC batches of {@value #BATCH}, in one transaction per call. The role needs
 * {@code quant_app}'s grants on the two tables. Thread-safe as far as the data source is.
 */
public final class JdbcFuturesBars {

  private static final int BATCH = 1_000;
  private static final String COLUMNS = "contract_id, bar_time, open_price, high_price, low_price, close_price, "
      + "settle_price, volume, open_interest";
  private static final String H2_UPSERT = "MERGE INTO futures_bars (" + COLUMNS + ") KEY (contract_id, bar_time) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String POSTGRES_UPSERT = "INSERT INTO futures_bars (" + COLUMNS + ") "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contract_id, bar_time) DO UPDATE SET "
      + "open_price = EXCLUDED.open_price, high_price = EXCLUDED.high_price, low_price = EXCLUDED.low_price, "
      + "close_price = EXCLUDED.close_price, settle_price = EXCLUDED.settle_price, volume = EXCLUDED.volume, "
      + "open_interest = EXCLUDED.open_interest";

  private final DataSource dataSource;

  /**
   * A bar writer on a migrated database.
   *
   * @param dataSource the database
   */
  public JdbcFuturesBars(DataSource dataSource) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
  }

  /**
   * Stores every bar of a series under the contract the function gives for its index.
   *
   * @param bars the bars
   * @param contractOf the contract of bar i
   * @return the number of bars written (inserted or rewritten)
   * @throws IllegalStateException if the database refuses the rows (nothing is stored); the
   *     message carries the database's reason
   */
  public int store(BarSeries bars, IntFunction<ContractSpec> contractOf) {
    ArgChecker.notNull(bars, "bars");
    ArgChecker.notNull(contractOf, "contractOf");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        boolean postgres = DatabaseVendor.fromProductName(
            connection.getMetaData().getDatabaseProductName()) == DatabaseVendor.POSTGRESQL;
        Map<ContractSpec, UUID> ids = new HashMap<>();
        int written = 0;
        try (PreparedStatement upsert = connection.prepareStatement(postgres ? POSTGRES_UPSERT : H2_UPSERT)) {
          for (int i = 0; i < bars.size(); i++) {
            ContractSpec contract = contractOf.apply(i);
            UUID id = ids.get(contract);
            if (id == null) {
              id = contractId(connection, contract);
              ids.put(contract, id);
            }
            bind(upsert, id, bars, i);
            upsert.addBatch();
            if (++written % BATCH == 0) {
              upsert.executeBatch();
            }
          }
          upsert.executeBatch();
        }
        connection.commit();
        return written;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the database refused the bars (SQLState " + e.getSQLState() + "): "
          + e.getMessage(), e);
    }
  }

  /**
   * Counts the stored bars of some contracts (for tests and summaries).
   *
   * @param contracts the contracts
   * @return the number of rows in futures_bars for them
   * @throws IllegalStateException if the database fails
   */
  public long count(List<ContractSpec> contracts) {
    String sql = "SELECT COUNT(*) FROM futures_bars b JOIN futures_contracts c ON c.id = b.contract_id "
        + "WHERE c.root_symbol = ? AND c.exchange = ? AND c.expiry = ?";
    long total = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count = connection.prepareStatement(sql)) {
      for (ContractSpec contract : contracts) {
        count.setString(1, contract.root());
        count.setString(2, contract.exchange());
        count.setObject(3, contract.lastTradingDay());
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          total += rs.getLong(1);
        }
      }
      return total;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the stored bars (SQLState " + e.getSQLState() + "): "
          + e.getMessage(), e);
    }
  }

  /** The id of a contract's row, inserted (with a name-based UUID of its key) if missing. */
  static UUID contractId(Connection connection, ContractSpec contract) throws SQLException {
    try (PreparedStatement find = connection.prepareStatement(
        "SELECT id FROM futures_contracts WHERE root_symbol = ? AND exchange = ? AND expiry = ?")) {
      find.setString(1, contract.root());
      find.setString(2, contract.exchange());
      find.setObject(3, contract.lastTradingDay());
      try (ResultSet rs = find.executeQuery()) {
        if (rs.next()) {
          return rs.getObject(1, UUID.class);
        }
      }
    }
    UUID id = UUID.nameUUIDFromBytes((contract.root() + "|" + contract.exchange() + "|" + contract.lastTradingDay())
        .getBytes(StandardCharsets.UTF_8));
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO futures_contracts (id, root_symbol, "
        + "exchange, expiry, local_symbol, multiplier, tick_size, currency, initial_margin, maintenance_margin) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, id);
      insert.setString(2, contract.root());
      insert.setString(3, contract.exchange());
      insert.setObject(4, contract.lastTradingDay());
      insert.setString(5, contract.symbol());
      insert.setDouble(6, contract.multiplier());
      insert.setDouble(7, contract.tickSize());
      insert.setString(8, contract.currency().getCurrencyCode());
      insert.setDouble(9, contract.initialMargin());
      insert.setDouble(10, contract.maintenanceMargin());
      insert.executeUpdate();
    }
    return id;
  }

  private static void bind(PreparedStatement upsert, UUID contract, BarSeries bars, int i) throws SQLException {
    OffsetDateTime time = bars.timeBase() == TimeBase.EPOCH_DAY
        ? bars.date(i).atStartOfDay().atOffset(ZoneOffset.UTC)
        : bars.dateTime(i).atOffset(ZoneOffset.UTC);
    upsert.setObject(1, contract);
    upsert.setObject(2, time);
    upsert.setDouble(3, bars.open(i));
    upsert.setDouble(4, bars.high(i));
    upsert.setDouble(5, bars.low(i));
    upsert.setDouble(6, bars.close(i));
    if (Double.isNaN(bars.settle(i))) {
      upsert.setNull(7, Types.DOUBLE);
    } else {
      upsert.setDouble(7, bars.settle(i));
    }
    upsert.setLong(8, Math.round(bars.volume(i)));
    if (Double.isNaN(bars.openInterest(i))) {
      upsert.setNull(9, Types.BIGINT);
    } else {
      upsert.setLong(9, Math.round(bars.openInterest(i)));
    }
  }
}
