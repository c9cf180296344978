package dev.quantsdk.futures.backtest;

/**
 * The intrabar matching rules, shared by the backtest engine and the paper broker (both run
 * {@link ExecutionSimulator}, which calls these). Given a working order and a bar (open, high,
 * low), they say whether and at what raw price (before tick rounding and slippage) it fills, and
 * with which priority inside the bar. Stateless and thread-safe.
 *
 * <p>Rules for a buy (a sell mirrors them):
 * <ul>
 *   <li>MARKET fills at the open.
 *   <li>LIMIT L fills only on a trade-through, strictly below L ({@code low < L}); touching L is
 *       not enough. If the open is already below L it fills at the open, else at L.
 *   <li>STOP S triggers when the market touches S ({@code high >= S}); a gap through
 *       ({@code open >= S}) fills at the open, otherwise at S.
 *   <li>STOP_LIMIT S/L triggers like a stop at T = max(open, S); if T &lt;= L it fills at T, else
 *       it becomes a resting LIMIT L from the next bar (the path inside the bar after the trigger
 *       is unknown, so no fill is assumed in this bar).
 * </ul>
 * Priorities inside one bar: fills at the open first ({@link #AT_OPEN}), then stops
 * ({@link #STOP_PRIORITY}), then limits ({@link #LIMIT_PRIORITY}). With a stop and a target of
 * one OCO bracket both inside a bar's range the stop therefore fills first and cancels the target:
 * the pessimistic resolution.
 */
public final class OrderMatcher {

  /** No fill in this bar. */
  public static final int NO_FILL = -1;
  /** Fills at the open (market orders and gaps through a stop or limit). */
  public static final int AT_OPEN = 0;
  /** A stop (or stop-limit) triggered inside the bar. */
  public static final int STOP_PRIORITY = 1;
  /** A limit traded through inside the bar. */
  public static final int LIMIT_PRIORITY = 2;

  private OrderMatcher() {
  }

  /**
   * The priority with which an order fills in a bar, or {@link #NO_FILL}.
   *
   * @param type the order type
   * @param side the side
   * @param limit the limit price (points) for LIMIT and STOP_LIMIT
   * @param stop the stop price (points) for STOP and STOP_LIMIT
   * @param triggered whether a STOP_LIMIT was triggered on an earlier bar (then it is a LIMIT)
   * @param open the bar's open
   * @param high the bar's high
   * @param low the bar's low
   * @return {@link #AT_OPEN}, {@link #STOP_PRIORITY}, {@link #LIMIT_PRIORITY} or {@link #NO_FILL}
   */
  public static int priority(OrderType type, Side side, double limit, double stop,
      boolean triggered, double open, double high, double low) {
    boolean buy = side == Side.BUY;
    OrderType effective = type == OrderType.STOP_LIMIT && triggered ? OrderType.LIMIT : type;
    switch (effective) {
      case MARKET:
        return AT_OPEN;
      case LIMIT:
        if (buy ? low < limit : high > limit) {
          return (buy ? open < limit : open > limit) ? AT_OPEN : LIMIT_PRIORITY;
        }
        return NO_FILL;
      case STOP:
        if (buy ? open >= stop : open <= stop) {
          return AT_OPEN;
        }
        return (buy ? high >= stop : low <= stop) ? STOP_PRIORITY : NO_FILL;
      case STOP_LIMIT:
        if (buy ? open >= stop : open <= stop) {
          return (buy ? open <= limit : open >= limit) ? AT_OPEN : NO_FILL;
        }
        if (buy ? high >= stop : low <= stop) {
          return (buy ? stop <= limit : stop >= limit) ? STOP_PRIORITY : NO_FILL;
        }
        return NO_FILL;
      default:
        throw new IllegalStateException("unhandled order type " + type);
    }
  }

  /**
   * The raw fill price of an order that fills (its {@link #priority} is not {@link #NO_FILL}).
   *
   * @param type the order type
   * @param side the side
   * @param limit the limit price
   * @param stop the stop price
   * @param triggered whether a STOP_LIMIT was triggered on an earlier bar
   * @param open the bar's open
   * @return the raw price in points, before tick rounding and slippage
   */
  public static double price(OrderType type, Side side, double limit, double stop,
      boolean triggered, double open) {
    boolean buy = side == Side.BUY;
    OrderType effective = type == OrderType.STOP_LIMIT && triggered ? OrderType.LIMIT : type;
    return switch (effective) {
      case MARKET -> open;
      case LIMIT -> buy ? Math.min(open, limit) : Math.max(open, limit);
      case STOP, STOP_LIMIT -> buy ? Math.max(open, stop) : Math.min(open, stop);
    };
  }

  /**
   * Whether an untriggered STOP_LIMIT is triggered by a bar (whether or not it fills in it).
   *
   * @param side the side
   * @param stop the stop price
   * @param high the bar's high
   * @param low the bar's low
   * @return true if the market touched the stop
   */
  public static boolean triggers(Side side, double stop, double high, double low) {
    return side == Side.BUY ? high >= stop : low <= stop;
  }

  /**
   * Whether a fill of this type is market-type (gets slippage) rather than limit-type.
   *
   * @param type the order type
   * @return true for MARKET and STOP
   */
  public static boolean slips(OrderType type) {
    return type == OrderType.MARKET || type == OrderType.STOP;
  }
}
