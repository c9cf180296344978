package dev.quantsdk.futures.jdbc;

import dev.quantsdk.futures.backtest.Fill;
import dev.quantsdk.futures.backtest.Order;
import dev.quantsdk.futures.backtest.OrderStatus;
import dev.quantsdk.futures.backtest.OrderType;
import dev.quantsdk.futures.backtest.OrderUpdate;
import dev.quantsdk.futures.backtest.Position;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.paper.PaperTradingStore;
import dev.quantsdk.model.ArgChecker;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A {@link PaperTradingStore} on the paper-trading tables ({@code paper_accounts},
 * {@code paper_orders}, {@code paper_fills}, {@code paper_positions}) with plain JDBC on one
 * connection, auto-commit, portable SQL (an UPDATE, then an INSERT when no row matched) for H2 and
 * PostgreSQL.
 *
 * <p>Mapping: the account is found by name or inserted; ids are name-based UUIDs of the account and
 * the broker's ids, so replaying the same bars into the same account rewrites the same rows instead
 * of adding new ones. An order is stored with its type (MARKET, LIMIT, STOP or STOP_LIMIT, with
 * the prices it has) and its status is upserted as the broker reports it (NEW, WORKING,
 * PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED; migration V9 allows STOP_LIMIT and WORKING). Roll
 * and liquidation fills, which no
 * order caused, get a filled MARKET order row of their own (the fill table requires an order). The
 * account's {@code cash} is starting cash + realised P&amp;L − commissions. Times are the bars' times
 * (daily bars at 00:00 UTC), or the clock's before the first bar. The role needs
 * {@code quant_app}'s grants on the paper tables. Not thread-safe: one broker writes through it;
 * close it to release its connection.
 */
public final class JdbcPaperTradingStore implements PaperTradingStore, AutoCloseable {

  private final Connection connection;
  private final TimeBase timeBase;
  private final Clock clock;
  private final UUID accountId;
  private final Map<String, ContractSpec> contractsBySymbol = new HashMap<>();
  private final Map<String, UUID> contractIds = new HashMap<>();
  private final Map<Integer, String> heldContract = new HashMap<>();
  private final Map<Integer, Double> realized = new HashMap<>();
  private final Map<Long, Integer> fillsOfOrder = new HashMap<>();
  private double cash;
  private long systemOrders;

  /**
   * Opens the store.
   *
   * @param dataSource the database, migrated
   * @param accountName the paper account (found or created)
   * @param startingCash the account's starting cash, USD
   * @param instruments the first contract of each instrument index
   * @param contracts every contract the account may trade (rolls included)
   * @param timeBase the bars' time base
   * @param clock the time before the first bar
   * @throws SQLException if the database refuses
   * @throws IllegalArgumentException if the account name is blank or no instrument is given
   */
  public JdbcPaperTradingStore(DataSource dataSource, String accountName, double startingCash, List<ContractSpec> instruments,
      List<ContractSpec> contracts, TimeBase timeBase, Clock clock) throws SQLException {
    ArgChecker.notBlank(accountName, "accountName");
    ArgChecker.notEmpty(instruments, "instruments");
    this.timeBase = ArgChecker.notNull(timeBase, "timeBase");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(true);
      for (ContractSpec c : contracts) {
        contractsBySymbol.put(c.symbol(), c);
      }
      for (int i = 0; i < instruments.size(); i++) {
        contractsBySymbol.putIfAbsent(instruments.get(i).symbol(), instruments.get(i));
        heldContract.put(i, instruments.get(i).symbol());
      }
      this.cash = startingCash;
      this.accountId = account(accountName, startingCash, instruments.get(0).currency().getCurrencyCode());
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * The account's id.
   *
   * @return the id
   */
  public UUID accountId() {
    return accountId;
  }

  private UUID account(String name, double startingCash, String currency) throws SQLException {
    try (PreparedStatement find = connection.prepareStatement("SELECT id FROM paper_accounts WHERE name = ?")) {
      find.setString(1, name);
      try (ResultSet rs = find.executeQuery()) {
        if (rs.next()) {
          UUID id = rs.getObject(1, UUID.class);
          try (PreparedStatement reset = connection.prepareStatement(
              "UPDATE paper_accounts SET starting_cash = ?, cash = ? WHERE id = ?")) {
            reset.setDouble(1, startingCash);
            reset.setDouble(2, startingCash);
            reset.setObject(3, id);
            reset.executeUpdate();
          }
          return id;
        }
      }
    }
    UUID id = uuid("account|" + name);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO paper_accounts (id, name, currency, "
        + "starting_cash, cash, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, id);
      insert.setString(2, name);
      insert.setString(3, currency);
      insert.setDouble(4, startingCash);
      insert.setDouble(5, startingCash);
      insert.setObject(6, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
      insert.executeUpdate();
    }
    return id;
  }

  @Override
  public void saveOrder(OrderUpdate update) {
    Order order = update.order();
    OrderStatus status = update.status();
    OffsetDateTime at = time(update.step(), update.time());
    write(orderId(update.orderId()), heldContract.get(order.instrument()), order.side().name(), order.type().name(),
        order.quantity(), order.limitPrice(), order.stopPrice(), status.name(), at);
  }

  @Override
  public void saveFill(Fill fill) {
    heldContract.put(fill.instrument(), fill.contract());
    UUID order;
    int sequence;
    OffsetDateTime at = time(fill.step(), fill.time());
    if (fill.orderId() == 0) {
      order = uuid("system-order|" + accountId + "|" + ++systemOrders);
      sequence = 1;
      write(order, fill.contract(), fill.side().name(), OrderType.MARKET.name(), fill.quantity(), Double.NaN,
          Double.NaN, OrderStatus.FILLED.name(), at);
    } else {
      order = orderId(fill.orderId());
      sequence = fillsOfOrder.merge(fill.orderId(), 1, Integer::sum);
    }
    UUID id = uuid("fill|" + order + "|" + sequence);
    try {
      if (!update("UPDATE paper_fills SET fill_time = ?, quantity = ?, price = ?, commission = ? WHERE id = ?", at,
          fill.quantity(), fill.price(), fill.commission(), id)) {
        update("INSERT INTO paper_fills (fill_time, quantity, price, commission, id, order_id) "
            + "VALUES (?, ?, ?, ?, ?, ?)", at, fill.quantity(), fill.price(), fill.commission(), id, order);
      }
    } catch (SQLException e) {
      throw failure("fill of order " + fill.orderId(), e);
    }
    cash -= fill.commission();
    updateCash();
  }

  @Override
  public void savePosition(Position position, long time) {
    heldContract.put(position.instrument(), position.contract());
    double before = realized.getOrDefault(position.instrument(), 0.0);
    realized.put(position.instrument(), position.realizedPnl());
    cash += position.realizedPnl() - before;
    updateCash();
    UUID contract = contractId(position.contract());
    double average = Double.isNaN(position.averagePrice()) ? 0 : position.averagePrice();
    OffsetDateTime at = time(0, time);
    try {
      if (!update("UPDATE paper_positions SET quantity = ?, average_price = ?, realized_pnl = ?, updated_at = ? "
          + "WHERE account_id = ? AND contract_id = ?", position.quantity(), average, position.realizedPnl(), at,
          accountId, contract)) {
        update("INSERT INTO paper_positions (quantity, average_price, realized_pnl, updated_at, account_id, "
            + "contract_id, id) VALUES (?, ?, ?, ?, ?, ?, ?)", position.quantity(), average, position.realizedPnl(),
            at, accountId, contract, uuid("position|" + accountId + "|" + contract));
      }
    } catch (SQLException e) {
      throw failure("position in " + position.contract(), e);
    }
  }

  private void write(UUID id, String symbol, String side, String type, int quantity, double limit, double stop,
      String status, OffsetDateTime at) {
    UUID contract = contractId(symbol);
    try {
      if (!update("UPDATE paper_orders SET status = ?, updated_at = ? WHERE id = ?", status, at, id)) {
        update("INSERT INTO paper_orders (status, updated_at, id, account_id, contract_id, side, order_type, quantity, "
            + "limit_price, stop_price, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", status, at, id, accountId,
            contract, side, type, quantity, Double.isNaN(limit) ? null : limit, Double.isNaN(stop) ? null : stop, at);
      }
    } catch (SQLException e) {
      throw failure("order " + id, e);
    }
  }

  /** Runs an UPDATE or INSERT with its parameters (null as SQL NULL); true if a row changed. */
  private boolean update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        if (p == null) {
          statement.setNull(i + 1, Types.DOUBLE);
        } else {
          statement.setObject(i + 1, p);
        }
      }
      return statement.executeUpdate() > 0;
    }
  }

  private void updateCash() {
    try (PreparedStatement update = connection.prepareStatement("UPDATE paper_accounts SET cash = ? WHERE id = ?")) {
      update.setDouble(1, cash);
      update.setObject(2, accountId);
      update.executeUpdate();
    } catch (SQLException e) {
      throw failure("account cash", e);
    }
  }

  private UUID contractId(String symbol) {
    UUID id = contractIds.get(symbol);
    if (id != null) {
      return id;
    }
    ContractSpec spec = contractsBySymbol.get(symbol);
    if (spec == null) {
      throw new IllegalArgumentException("contract " + symbol + " is not among the store's contracts "
          + contractsBySymbol.keySet());
    }
    try {
      id = JdbcFuturesBars.contractId(connection, spec);
    } catch (SQLException e) {
      throw failure("contract " + symbol, e);
    }
    contractIds.put(symbol, id);
    return id;
  }

  private UUID orderId(long brokerId) {
    return uuid("order|" + accountId + "|" + brokerId);
  }

  private OffsetDateTime time(int step, long time) {
    if (step < 0 || time == Long.MIN_VALUE) {
      return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
    return timeBase.toLocalDateTime(time).atOffset(ZoneOffset.UTC);
  }

  private static UUID uuid(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("cannot store the paper " + what + ": " + e.getMessage(), e);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
