package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * The {@code sma-cross} rule as a {@link Strategy} for the engine and the paper broker: at each
 * close, with p the bar's marking price (settle, or close without one), once both SMA(fast) and
 * SMA(slow) of p exist (bar included) the target is +contracts when fast &gt; slow, −contracts
 * (long-short) or 0 (long-only) when fast &lt; slow, unchanged when equal; 0 before. A market order
 * for the difference is submitted (one order of 2 × contracts on a reversal); with next-open fills
 * a decision on the last bar is never filled.
 *
 * <p>The SMAs are running sums (add the new price, subtract the one leaving the window), compared
 * cross-multiplied ({@code fastSum × slow} against {@code slowSum × fast}) in the same
 * floating-point order as {@link SmaCrossBacktest}, so both take the same decisions bit for bit. Stateful, not thread-safe; allocates nothing per bar (only per order).
 */
public final class MovingAverageCrossover implements Strategy {

  private final int instrument;
  private final int contracts;
  private final int below;
  private final int fastWindow;
  private final int slowWindow;
  private final double[] window;
  private double fastSum;
  private double slowSum;
  private long seen;
  private int target;

  /**
   * A crossover rule.
   *
   * @param instrument the instrument index traded
   * @param fastWindow the fast window, bars, {@code > 0}
   * @param slowWindow the slow window, bars, {@code > fastWindow}
   * @param longOnly true for long-only (flat instead of short)
   * @param contracts the position size, {@code > 0}
   * @throws IllegalArgumentException if a number is out of range
   */
  public MovingAverageCrossover(int instrument, int fastWindow, int slowWindow, boolean longOnly, int contracts) {
    this.instrument = ArgChecker.notNegative(instrument, "instrument");
    this.fastWindow = ArgChecker.positive(fastWindow, "fastWindow");
    ArgChecker.isTrue(slowWindow > fastWindow, "slow window (%d) must be longer than the fast window (%d)",
        slowWindow, fastWindow);
    this.slowWindow = slowWindow;
    this.contracts = ArgChecker.positive(contracts, "contracts");
    this.below = longOnly ? 0 : -contracts;
    this.window = new double[slowWindow];
  }

  /**
   * The rule of a kernel parameter set (windows, mode, contracts), for instrument 0.
   *
   * @param params the parameters; the cost fields are the account's business
   * @return the strategy
   */
  public static MovingAverageCrossover of(SmaCrossParams params) {
    ArgChecker.notNull(params, "params");
    return new MovingAverageCrossover(0, params.fast(), params.slow(),
        params.mode() == SmaCrossParams.Mode.LONG_ONLY, params.contracts());
  }

  @Override
  public void onBar(StrategyContext context) {
    if (!context.hasBar(instrument)) {
      return;
    }
    double p = context.mark(instrument);
    long t = seen++;
    int slot = (int) (t % slowWindow);
    double leavingSlow = window[slot];
    double leavingFast = window[(int) ((t - fastWindow + slowWindow) % slowWindow)];
    fastSum += p;
    slowSum += p;
    if (t >= fastWindow) {
      fastSum -= leavingFast;
    }
    if (t >= slowWindow) {
      slowSum -= leavingSlow;
    }
    window[slot] = p;
    if (t >= slowWindow - 1) {
      // fastSum / fast against slowSum / slow, cross-multiplied as the kernel does
      double f = fastSum * slowWindow;
      double s = slowSum * fastWindow;
      if (f > s) {
        target = contracts;
      } else if (f < s) {
        target = below;
      }
      context.targetPosition(instrument, target);
    }
  }
}
