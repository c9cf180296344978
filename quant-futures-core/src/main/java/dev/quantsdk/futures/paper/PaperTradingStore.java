package dev.quantsdk.futures.paper;

import dev.quantsdk.futures.backtest.Fill;
import dev.quantsdk.futures.backtest.OrderUpdate;
import dev.quantsdk.futures.backtest.Position;

/**
 * The port through which a {@link PaperBroker} persists its orders, fills and positions (the
 * paper-trading tables in a database adapter, {@link InMemoryPaperTradingStore} in tests). Calls
 * arrive in event order on the broker's thread, synchronously: an implementation that blocks slows
 * the broker down, one that throws aborts the bar being processed. Implementations state their own
 * thread-safety.
 */
public interface PaperTradingStore {

  /**
   * Saves an order's new status (an upsert by {@link OrderUpdate#orderId()}: the latest wins).
   *
   * @param update the update
   */
  void saveOrder(OrderUpdate update);

  /**
   * Saves a fill (append-only).
   *
   * @param fill the fill
   */
  void saveFill(Fill fill);

  /**
   * Saves an instrument's position after a fill (an upsert by instrument).
   *
   * @param position the position
   * @param time the fill's time in the series' time base
   */
  void savePosition(Position position, long time);

  /**
   * A store that keeps nothing (for benchmarks and hosts that persist through listeners).
   *
   * @return the store, stateless and thread-safe
   */
  static PaperTradingStore discarding() {
    return Discarding.INSTANCE;
  }

  /** The discarding store. */
  enum Discarding implements PaperTradingStore {
    /** The instance. */
    INSTANCE;

    @Override
    public void saveOrder(OrderUpdate update) {
    }

    @Override
    public void saveFill(Fill fill) {
    }

    @Override
    public void savePosition(Position position, long time) {
    }
  }
}
