/**
 * Trading signals and position sizing: rule signals (crossover, threshold, Donchian breakout) and
 * model signals (a prediction column) become target positions in contracts.
 *
 * <p><b>Timing.</b> Every signal here is decided at the close of a bar from data dated on or
 * before that bar, and is tradable from the next bar only. The types carry that rule:
 * a {@link dev.quantsdk.futures.signal.Signal} says what was <em>decided</em> at each close, and
 * the {@link dev.quantsdk.futures.signal.PositionSchedule} made from it answers only "what may I
 * hold during bar t" ({@link dev.quantsdk.futures.signal.PositionSchedule#tradableAt(int)}), which
 * is the decision of bar t&minus;1. Sizing uses only the indicator values of the deciding bar.
 *
 * <p>Engines: pure functions of their arrays, no I/O, no clock. Non-null by default: no parameter
 * or return value is {@code null}; absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.futures.signal;
