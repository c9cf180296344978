package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * A change of an order's status. Immutable and thread-safe.
 *
 * @param orderId the order's id, unique within one simulator, from 1
 * @param order the order as submitted
 * @param status the new status
 * @param filledQuantity contracts filled so far
 * @param reason why (for REJECTED and CANCELLED), empty otherwise
 * @param step the step (bar) index when the change happened (−1 before the first bar)
 * @param time that step's time in the series' time base (Long.MIN_VALUE before the first bar)
 */
public record OrderUpdate(long orderId, Order order, OrderStatus status, int filledQuantity,
    String reason, int step, long time) {

  /**
   * Validates the update.
   *
   * @throws IllegalArgumentException if a field is null or the fill count is out of range
   */
  public OrderUpdate {
    ArgChecker.notNull(order, "order");
    ArgChecker.notNull(status, "status");
    ArgChecker.notNull(reason, "reason");
    ArgChecker.inRangeInclusive(filledQuantity, 0, order.quantity(), "filledQuantity");
  }
}
