package dev.quantsdk.futures.signal;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;
import java.util.Locale;

/**
 * Target positions in contracts (positive long, negative short), decided at the close of each
 * bar and effective from the next bar.
 *
 * <p>The only way to read a target for trading is {@link #tradableAt(int)}: the position that may
 * be held during bar t, which is the target decided at the close of bar t−1 (0 at bar 0, before
 * any decision). The decision of bar t is therefore never available at bar t, and a backtest that
 * marks the position of bar t to bar t's price change uses only information of bar t−1.
 * {@code tradableAt(size())} is the latest decision: the position to hold at the next bar, not yet
 * in the data (live trading). Immutable and thread-safe.
 */
public final class PositionSchedule {

  private final int[] decided;

  private PositionSchedule(int[] decided) {
    this.decided = decided;
  }

  /**
   * A schedule from the targets decided at each close.
   *
   * @param targetsDecidedAtClose the target position, in contracts, decided at each bar's close
   * @return the schedule (the array is copied)
   */
  public static PositionSchedule ofDecisions(int[] targetsDecidedAtClose) {
    return new PositionSchedule(ArgChecker.notNull(targetsDecidedAtClose, "targetsDecidedAtClose").clone());
  }

  /**
   * The number of bars decided on.
   *
   * @return the number of bars
   */
  public int size() {
    return decided.length;
  }

  /**
   * The position, in contracts, that may be held during a bar: the target decided at the close of
   * the previous bar.
   *
   * @param bar the bar index, in [0, size]; {@code size()} gives the position for the next bar
   *     after the data
   * @return the tradable target (0 at bar 0)
   * @throws IndexOutOfBoundsException if the bar is not in [0, size]
   */
  public int tradableAt(int bar) {
    if (bar < 0 || bar > decided.length) {
      throw new IndexOutOfBoundsException(String.format(Locale.ROOT,
          "bar %d is not in [0, %d]", bar, decided.length));
    }
    return bar == 0 ? 0 : decided[bar - 1];
  }

  /**
   * The tradable position of every bar (a new array): element t is {@link #tradableAt(int)
   * tradableAt(t)}, the decisions shifted one bar later.
   *
   * @return the positions held during each bar, in contracts
   */
  public int[] tradablePositions() {
    int[] out = new int[decided.length];
    System.arraycopy(decided, 0, out, 1, Math.max(0, decided.length - 1));
    return out;
  }

  /**
   * The contracts traded to reach each bar's tradable position (a new array):
   * {@code tradableAt(t) − tradableAt(t−1)}, executed at the close of bar t−1 in the
   * close-to-close convention of {@link #markToMarket}, or at bar t's open by a caller who fills
   * there.
   *
   * @return the signed trade per bar, in contracts
   */
  public int[] trades() {
    int[] held = tradablePositions();
    int[] out = new int[held.length];
    for (int t = 0; t < held.length; t++) {
      out[t] = held[t] - (t == 0 ? 0 : held[t - 1]);
    }
    return out;
  }

  /**
   * The mark-to-market profit of holding the tradable positions, close to close: element t is
   * {@code tradableAt(t) × priceChanges[t] × multiplier}. A position decided at the close of bar
   * t−1 is entered at that close and earns bar t's change, so no bar earns the change that its own
   * decision saw. Costs and slippage are not included.
   *
   * @param priceChanges the close-to-close change of the contract held into each bar, in points
   *     (element 0 ignored), as {@code ContinuousSeries#realPriceChanges()} gives
   * @param multiplier currency per point, &gt; 0 (ES: 50)
   * @return a new array: profit per bar in the contract's currency
   * @throws IllegalArgumentException if the lengths differ, the multiplier is not positive, or a
   *     change at a bar holding a position is not finite
   */
  public double[] markToMarket(double[] priceChanges, double multiplier) {
    ArgChecker.notNull(priceChanges, "priceChanges");
    ArgChecker.isTrue(priceChanges.length == decided.length, "priceChanges has %d values but the schedule %d bars",
        priceChanges.length, decided.length);
    ArgChecker.positive(ArgChecker.finite(multiplier, "multiplier"), "multiplier");
    double[] out = new double[decided.length];
    for (int t = 1; t < out.length; t++) {
      int held = decided[t - 1];
      if (held != 0) {
        ArgChecker.isTrue(Double.isFinite(priceChanges[t]),
            "price change at bar %d is %s while holding %d contracts", t, priceChanges[t], held);
        out[t] = held * priceChanges[t] * multiplier;
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PositionSchedule other && Arrays.equals(decided, other.decided);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(decided);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PositionSchedule[%d bars, next bar %d contracts]",
        decided.length, tradableAt(decided.length));
  }
}
