package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * An order as a strategy submits it. Prices are in points; a price that is not on the
 * instrument's tick grid is moved onto it at submission, against the trader (a buy limit down,
 * a sell limit up, a buy stop up, a sell stop down), so the order never fills at a better price
 * than the exchange would allow. Immutable and thread-safe.
 *
 * @param instrument the instrument's index in the account, {@code >= 0}
 * @param side buy or sell
 * @param quantity contracts, {@code > 0}
 * @param type the order type
 * @param limitPrice the limit in points for LIMIT and STOP_LIMIT, NaN otherwise
 * @param stopPrice the stop trigger in points for STOP and STOP_LIMIT, NaN otherwise
 * @param ocoGroup orders sharing a non-zero group are one-cancels-other: the first fill of one
 *     cancels the others (a bracket's stop and target); 0 for none
 */
public record Order(int instrument, Side side, int quantity, OrderType type, double limitPrice,
    double stopPrice, long ocoGroup) {

  /**
   * Validates the order.
   *
   * @throws IllegalArgumentException if the quantity is not positive, a price the type needs is
   *     missing or not finite, or a price the type does not use is given
   */
  public Order {
    ArgChecker.notNegative(instrument, "instrument");
    ArgChecker.notNull(side, "side");
    ArgChecker.positive(quantity, "quantity");
    ArgChecker.notNull(type, "type");
    boolean needsLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
    boolean needsStop = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
    ArgChecker.isTrue(needsLimit ? Double.isFinite(limitPrice) : Double.isNaN(limitPrice),
        "a %s order %s limit price but got %s", type, needsLimit ? "needs a finite" : "takes no",
        limitPrice);
    ArgChecker.isTrue(needsStop ? Double.isFinite(stopPrice) : Double.isNaN(stopPrice),
        "a %s order %s stop price but got %s", type, needsStop ? "needs a finite" : "takes no",
        stopPrice);
  }

  /**
   * A market order.
   *
   * @param instrument the instrument index
   * @param side the side
   * @param quantity contracts
   * @return the order
   */
  public static Order market(int instrument, Side side, int quantity) {
    return new Order(instrument, side, quantity, OrderType.MARKET, Double.NaN, Double.NaN, 0);
  }

  /**
   * A limit order.
   *
   * @param instrument the instrument index
   * @param side the side
   * @param quantity contracts
   * @param limitPrice the limit, points
   * @return the order
   */
  public static Order limit(int instrument, Side side, int quantity, double limitPrice) {
    return new Order(instrument, side, quantity, OrderType.LIMIT, limitPrice, Double.NaN, 0);
  }

  /**
   * A stop (stop-market) order.
   *
   * @param instrument the instrument index
   * @param side the side
   * @param quantity contracts
   * @param stopPrice the trigger, points
   * @return the order
   */
  public static Order stop(int instrument, Side side, int quantity, double stopPrice) {
    return new Order(instrument, side, quantity, OrderType.STOP, Double.NaN, stopPrice, 0);
  }

  /**
   * A stop-limit order.
   *
   * @param instrument the instrument index
   * @param side the side
   * @param quantity contracts
   * @param stopPrice the trigger, points
   * @param limitPrice the limit once triggered, points
   * @return the order
   */
  public static Order stopLimit(int instrument, Side side, int quantity, double stopPrice,
      double limitPrice) {
    return new Order(instrument, side, quantity, OrderType.STOP_LIMIT, limitPrice, stopPrice, 0);
  }

  /**
   * This order in a one-cancels-other group.
   *
   * @param group the group, not 0
   * @return the new order
   * @throws IllegalArgumentException if the group is 0
   */
  public Order withOcoGroup(long group) {
    ArgChecker.isTrue(group != 0, "an OCO group must not be 0");
    return new Order(instrument, side, quantity, type, limitPrice, stopPrice, group);
  }

  /**
   * The signed position change of the whole order.
   *
   * @return +quantity for a buy, −quantity for a sell
   */
  public int signedQuantity() {
    return side.sign() * quantity;
  }
}
