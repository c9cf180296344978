package dev.quantsdk.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Real E-mini S&P 500 daily bars from the bundled CHRIS ES1 file, stored with plain SQL under the
 * contracts that were the front month on those dates: ESU2019 (last trading day 2019-09-20) for
 * 2019-06-24 .. 2019-09-20 and ESZ2019 (2019-12-20) for 2019-09-23 .. 2019-10-18, the file's end.
 * The tests compare the API with these rows as parsed here. Also a paper account holding one of
 * these contracts, written by hand ({@link #insertPaperAccount}).
 */
public final class EsBars {

  public static final UUID ESU2019 = UUID.fromString("e5000000-0000-4000-8000-000000000919");
  public static final UUID ESZ2019 = UUID.fromString("e5000000-0000-4000-8000-000000001219");
  static final LocalDate U_FIRST = LocalDate.of(2019, 6, 24);
  static final LocalDate U_LAST = LocalDate.of(2019, 9, 20);
  static final LocalDate Z_FIRST = LocalDate.of(2019, 9, 23);

  /** The paper account "demo" of {@link #insertPaperAccount}. */
  public static final UUID ACCOUNT = UUID.fromString("acc00000-0000-4000-8000-000000000001");
  /** Its filled market order. */
  public static final UUID O1 = UUID.fromString("0d100000-0000-4000-8000-000000000001");
  /** Its open limit order. */
  public static final UUID O2 = UUID.fromString("0d200000-0000-4000-8000-000000000002");

  /** One CSV row. */
  public record Row(LocalDate date, double open, double high, double low, double close, Double settle,
      long volume, Long openInterest) {
  }

  private EsBars() {
  }

  /** The ES1 rows from a date on, up to an optional last date, in file (date) order. */
  static List<Row> rows(LocalDate first, LocalDate last) {
    Path file = Path.of(System.getProperty("quant.data.dir"), "futures", "ES1_front_month_daily.csv");
    List<Row> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith("Date")) {
          continue;
        }
        String[] f = line.split(",", -1);
        LocalDate date = LocalDate.parse(f[0]);
        if (date.isBefore(first) || date.isAfter(last)) {
          continue;
        }
        out.add(new Row(date, Double.parseDouble(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), Double.parseDouble(f[4]),
            f[6].isEmpty() ? null : Double.parseDouble(f[6]), (long) Double.parseDouble(f[7]),
            f[8].isEmpty() ? null : (long) Double.parseDouble(f[8])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<Row> uRows() {
    return rows(U_FIRST, U_LAST);
  }

  public static List<Row> zRows() {
    return rows(Z_FIRST, LocalDate.of(2019, 12, 20));
  }

  /** Stores the two contracts and their bars. */
  public static void insert(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      contract(c, ESU2019, LocalDate.of(2019, 9, 20), "ESU19", null, null);
      contract(c, ESZ2019, LocalDate.of(2019, 12, 20), "ESZ19", 12_100.0, 11_000.0);
      bars(c, ESU2019, uRows());
      bars(c, ESZ2019, zRows());
    }
  }

  private static void contract(Connection c, UUID id, LocalDate expiry, String local,
      Double initial, Double maintenance) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO futures_contracts (id, "
        + "root_symbol, exchange, expiry, local_symbol, multiplier, tick_size, currency, "
        + "initial_margin, maintenance_margin) VALUES (?, 'ES', 'CME', ?, ?, 50, 0.25, 'USD', ?, ?)")) {
      ps.setObject(1, id);
      ps.setObject(2, expiry);
      ps.setString(3, local);
      ps.setObject(4, initial);
      ps.setObject(5, maintenance);
      ps.executeUpdate();
    }
  }

  private static void bars(Connection c, UUID contract, List<Row> rows) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO futures_bars (contract_id, "
        + "bar_time, open_price, high_price, low_price, close_price, settle_price, volume, "
        + "open_interest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Row r : rows) {
        ps.setObject(1, contract);
        ps.setObject(2, r.date().atStartOfDay().atOffset(ZoneOffset.UTC));
        ps.setDouble(3, r.open());
        ps.setDouble(4, r.high());
        ps.setDouble(5, r.low());
        ps.setDouble(6, r.close());
        ps.setObject(7, r.settle());
        ps.setLong(8, r.volume());
        ps.setObject(9, r.openInterest());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Account "demo" (USD 100,000 at the start, 99,995 cash now), long 2 ESZ2019 at 2990.5; order
   * O1 BUY 2 MARKET filled 1 @ 2990.25 and 1 @ 2990.75 (commission 2.50 each), then O2 SELL 1
   * LIMIT 3005 not filled.
   */
  public static void insertPaperAccount(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
      s.execute("INSERT INTO paper_accounts (id, name, currency, starting_cash, cash, created_at) "
          + "VALUES ('" + ACCOUNT + "', 'demo', 'USD', 100000, 99995, "
          + "TIMESTAMP WITH TIME ZONE '2019-10-01 09:00:00+00:00')");
      s.execute("INSERT INTO paper_orders (id, account_id, contract_id, client_order_id, side, "
          + "order_type, quantity, status, created_at, updated_at) VALUES ('" + O1 + "', '"
          + ACCOUNT + "', '" + EsBars.ESZ2019 + "', 'c-1', 'BUY', 'MARKET', 2, 'FILLED', "
          + "TIMESTAMP WITH TIME ZONE '2019-10-01 10:00:00+00:00', "
          + "TIMESTAMP WITH TIME ZONE '2019-10-02 00:00:00+00:00')");
      s.execute("INSERT INTO paper_orders (id, account_id, contract_id, side, order_type, "
          + "quantity, limit_price, status, created_at, updated_at) VALUES ('" + O2 + "', '"
          + ACCOUNT + "', '" + EsBars.ESZ2019 + "', 'SELL', 'LIMIT', 1, 3005, 'NEW', "
          + "TIMESTAMP WITH TIME ZONE '2019-10-01 11:00:00+00:00', "
          + "TIMESTAMP WITH TIME ZONE '2019-10-01 11:00:00+00:00')");
      s.execute("INSERT INTO paper_fills (id, order_id, fill_time, quantity, price, commission) "
          + "VALUES ('" + UUID.fromString("f1000000-0000-4000-8000-000000000001") + "', '" + O1 + "', "
          + "TIMESTAMP WITH TIME ZONE '2019-10-02 00:00:00+00:00', 1, 2990.25, 2.5)");
      s.execute("INSERT INTO paper_fills (id, order_id, fill_time, quantity, price, commission) "
          + "VALUES ('" + UUID.fromString("f1000000-0000-4000-8000-000000000002") + "', '" + O1 + "', "
          + "TIMESTAMP WITH TIME ZONE '2019-10-02 00:00:00+00:00', 1, 2990.75, 2.5)");
      s.execute("INSERT INTO paper_positions (id, account_id, contract_id, quantity, "
          + "average_price, realized_pnl, updated_at) VALUES ('" + UUID.fromString("b0000000-0000-4000-8000-000000000001") + "', '"
          + ACCOUNT + "', '" + EsBars.ESZ2019 + "', 2, 2990.5, 0, "
          + "TIMESTAMP WITH TIME ZONE '2019-10-02 00:00:00+00:00')");
    }
  }
}
