package dev.quantsdk.futures.indicator;

/**
 * The streaming form of an indicator: a small stateful object fed one bar at a time through its
 * own {@code next(...)} method (whose arguments depend on the indicator: a close, or high, low and
 * close, ...), returning the value at that bar.
 *
 * <p>After {@code t + 1} calls the stream's value is bit-identical to the batch kernel's value at
 * index {@code t} in {@link Indicators} for the same inputs, so a live system and a backtest see
 * the same numbers. Values are {@code NaN} for the first {@link #warmUp()} bars.
 *
 * <p>Implementations are mutable and not thread-safe: confine each to one thread. Each
 * {@code next} throws {@link IllegalArgumentException} for a non-finite input (naming the bar),
 * leaving the stream unchanged.
 */
public interface IndicatorStream {

  /**
   * The value at the latest bar.
   *
   * @return the latest value; {@code NaN} before the first bar and during the warm-up
   */
  double value();

  /**
   * The number of leading bars whose value is {@code NaN}.
   *
   * @return the warm-up length, in bars
   */
  int warmUp();

  /**
   * The number of bars consumed so far.
   *
   * @return the bar count
   */
  long count();
}
