package dev.quantsdk.futures.backtest;

/**
 * What a {@link Strategy} sees at a step's close: the current bar of each instrument, the account,
 * and order entry. Prices in points, money in the account currency. The view is only valid during
 * the callback; it is not thread-safe.
 */
public interface StrategyContext {

  /**
   * The step (bar) index, from 0.
   *
   * @return the step
   */
  int step();

  /**
   * The step's time in the series' time base.
   *
   * @return the time
   */
  long time();

  /**
   * The number of instruments in the account.
   *
   * @return the count
   */
  int instruments();

  /**
   * Whether the instrument had a bar at this step (in a portfolio, not every market trades every
   * day).
   *
   * @param instrument the instrument index
   * @return true if the bar accessors show this step's bar
   */
  boolean hasBar(int instrument);

  /**
   * The open of the instrument's latest bar.
   *
   * @param instrument the instrument index
   * @return the open
   */
  double open(int instrument);

  /**
   * The high of the instrument's latest bar.
   *
   * @param instrument the instrument index
   * @return the high
   */
  double high(int instrument);

  /**
   * The low of the instrument's latest bar.
   *
   * @param instrument the instrument index
   * @return the low
   */
  double low(int instrument);

  /**
   * The close of the instrument's latest bar.
   *
   * @param instrument the instrument index
   * @return the close
   */
  double close(int instrument);

  /**
   * The marking price of the instrument's latest bar: its settle, or its close where the bar has
   * no settle.
   *
   * @param instrument the instrument index
   * @return the marking price
   */
  double mark(int instrument);

  /**
   * The volume of the instrument's latest bar, contracts (NaN when unknown).
   *
   * @param instrument the instrument index
   * @return the volume
   */
  double volume(int instrument);

  /**
   * The signed position, contracts.
   *
   * @param instrument the instrument index
   * @return the position
   */
  int position(int instrument);

  /**
   * Account equity marked to this close, currency.
   *
   * @return the equity
   */
  double equity();

  /**
   * Submits an order. The result is reported to the listeners (WORKING, or REJECTED with the
   * reason: trading stopped, liquidation pending, initial margin).
   *
   * @param order the order
   * @return its id (a rejected order has one too)
   * @throws IllegalArgumentException if the instrument index is out of range
   */
  long submit(Order order);

  /**
   * Submits a market order for the difference between a target position and the current one plus
   * the contracts of this instrument's open orders; nothing when they are equal.
   *
   * @param instrument the instrument index
   * @param target the signed target position, contracts
   * @return the order's id, or 0 when no order was needed
   */
  long targetPosition(int instrument, int target);

  /**
   * Cancels a working order.
   *
   * @param orderId the id
   * @return true if it was open and is now cancelled
   */
  boolean cancel(long orderId);
}
