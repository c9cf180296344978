package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;
import java.util.Locale;

/**
 * The parameters of the {@code sma-cross} strategy and of its account. Immutable and thread-safe.
 *
 * <p>The strategy (see {@link SmaCrossBacktest} for the exact rules): long {@code contracts} while
 * the fast simple moving average of the price is above the slow one; short (or flat, in
 * {@link Mode#LONG_ONLY}) while it is below.
 *
 * @param fast the fast SMA window, bars, {@code >= 1}
 * @param slow the slow SMA window, bars, {@code > fast}
 * @param mode long-short or long-only
 * @param contracts the position size, contracts, {@code >= 1}
 * @param multiplier USD per point per contract (50 for ES), {@code > 0}
 * @param tickSize the price increment, points (0.25 for ES), {@code > 0}
 * @param commission USD per contract per fill, {@code >= 0}
 * @param slippageTicks ticks every fill pays against the trader, {@code >= 0}
 * @param capital the starting equity, USD, {@code > 0}
 * @param barsPerYear bars per year for annualising Sharpe, Sortino, volatility and CAGR (252 for
 *     daily bars), {@code > 0}
 */
public record SmaCrossParams(int fast, int slow, Mode mode, int contracts, double multiplier,
    double tickSize, double commission, int slippageTicks, double capital, double barsPerYear) {

  /** The default starting capital, USD. */
  public static final double DEFAULT_CAPITAL = 100_000;

  /** The default bars per year (daily bars). */
  public static final double DAILY_BARS_PER_YEAR = 252;

  /** Which side of the market the strategy may hold. */
  public enum Mode {
    /** Long when fast &gt; slow, short when fast &lt; slow (the default). */
    LONG_SHORT,
    /** Long when fast &gt; slow, flat when fast &lt; slow. */
    LONG_ONLY;

    /**
     * Parses {@code long-short} or {@code long-only} (case-insensitive, {@code _} accepted).
     *
     * @param text the text
     * @return the mode
     * @throws IllegalArgumentException if the text names no mode
     */
    public static Mode parse(String text) {
      ArgChecker.notNull(text, "text");
      String norm = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Mode m : values()) {
        if (m.name().equals(norm)) {
          return m;
        }
      }
      throw new IllegalArgumentException("mode must be long-short or long-only but was '" + text + "'");
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException if a window, size or price parameter is out of range, or
   *     {@code fast >= slow}
   */
  public SmaCrossParams {
    ArgChecker.positive(fast, "fast");
    ArgChecker.positive(slow, "slow");
    ArgChecker.isTrue(fast < slow, "fast window (%d) must be shorter than slow window (%d)", fast, slow);
    ArgChecker.notNull(mode, "mode");
    ArgChecker.positive(contracts, "contracts");
    ArgChecker.isTrue(Double.isFinite(multiplier) && multiplier > 0, "multiplier must be > 0 but was %s",
        multiplier);
    ArgChecker.isTrue(Double.isFinite(tickSize) && tickSize > 0, "tickSize must be > 0 but was %s", tickSize);
    ArgChecker.isTrue(Double.isFinite(commission) && commission >= 0, "commission must be >= 0 but was %s",
        commission);
    ArgChecker.notNegative(slippageTicks, "slippageTicks");
    ArgChecker.isTrue(Double.isFinite(capital) && capital > 0, "capital must be > 0 but was %s", capital);
    ArgChecker.isTrue(Double.isFinite(barsPerYear) && barsPerYear > 0, "barsPerYear must be > 0 but was %s",
        barsPerYear);
  }

  /**
   * One E-mini S&amp;P 500 contract (multiplier 50, tick 0.25), long-short, no costs, USD 100,000,
   * daily bars.
   *
   * @param fast the fast window
   * @param slow the slow window
   * @return the parameters
   */
  public static SmaCrossParams es(int fast, int slow) {
    return new SmaCrossParams(fast, slow, Mode.LONG_SHORT, 1, 50, 0.25, 0, 0, DEFAULT_CAPITAL,
        DAILY_BARS_PER_YEAR);
  }

  /**
   * A copy with other windows.
   *
   * @param newFast the fast window
   * @param newSlow the slow window
   * @return the parameters
   */
  public SmaCrossParams withWindows(int newFast, int newSlow) {
    return new SmaCrossParams(newFast, newSlow, mode, contracts, multiplier, tickSize, commission,
        slippageTicks, capital, barsPerYear);
  }

  /**
   * A copy with another mode.
   *
   * @param newMode the mode
   * @return the parameters
   */
  public SmaCrossParams withMode(Mode newMode) {
    return new SmaCrossParams(fast, slow, newMode, contracts, multiplier, tickSize, commission,
        slippageTicks, capital, barsPerYear);
  }

  /**
   * A copy with other costs.
   *
   * @param newCommission USD per contract per fill
   * @param newSlippageTicks ticks per fill
   * @return the parameters
   */
  public SmaCrossParams withCosts(double newCommission, int newSlippageTicks) {
    return new SmaCrossParams(fast, slow, mode, contracts, multiplier, tickSize, newCommission,
        newSlippageTicks, capital, barsPerYear);
  }
}
