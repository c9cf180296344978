package dev.quantsdk.futures.paper;

import dev.quantsdk.futures.backtest.Fill;
import dev.quantsdk.futures.backtest.OrderUpdate;
import dev.quantsdk.futures.backtest.Position;
import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link PaperTradingStore} in memory: the latest update of every order, every fill, the latest
 * position of every instrument. Thread-safe (every method synchronised); getters return copies.
 */
public final class InMemoryPaperTradingStore implements PaperTradingStore {

  private final Map<Long, OrderUpdate> orders = new LinkedHashMap<>();
  private final List<OrderUpdate> history = new ArrayList<>();
  private final List<Fill> fills = new ArrayList<>();
  private final Map<Integer, Position> positions = new TreeMap<>();

  @Override
  public synchronized void saveOrder(OrderUpdate update) {
    ArgChecker.notNull(update, "update");
    orders.put(update.orderId(), update);
    history.add(update);
  }

  @Override
  public synchronized void saveFill(Fill fill) {
    fills.add(ArgChecker.notNull(fill, "fill"));
  }

  @Override
  public synchronized void savePosition(Position position, long time) {
    ArgChecker.notNull(position, "position");
    positions.put(position.instrument(), position);
  }

  /**
   * The latest update of every order, in submission order.
   *
   * @return a copy
   */
  public synchronized List<OrderUpdate> orders() {
    return List.copyOf(orders.values());
  }

  /**
   * The latest update of one order.
   *
   * @param orderId the id
   * @return the update, or empty if the order is unknown
   */
  public synchronized Optional<OrderUpdate> order(long orderId) {
    return Optional.ofNullable(orders.get(orderId));
  }

  /**
   * Every update saved, in order (the lifecycle of each order).
   *
   * @return a copy
   */
  public synchronized List<OrderUpdate> history() {
    return List.copyOf(history);
  }

  /**
   * Every fill, in order.
   *
   * @return a copy
   */
  public synchronized List<Fill> fills() {
    return List.copyOf(fills);
  }

  /**
   * The latest position of every instrument that has traded, by instrument index.
   *
   * @return a copy
   */
  public synchronized List<Position> positions() {
    return List.copyOf(positions.values());
  }
}
