package dev.quantsdk.futures.signal;

import dev.quantsdk.futures.indicator.DonchianChannel;
import dev.quantsdk.futures.indicator.Indicators;
import dev.quantsdk.model.ArgChecker;

/**
 * Rule and model signals over columns of one series. Each value at bar t depends only on the input
 * values at bars 0..t, so truncating the inputs at any bar leaves the earlier decisions unchanged
 * (the look-ahead guard of {@code SignalsTest} checks it on real data). Comparisons involving NaN
 * (an indicator in warm-up, a row a model never predicted) decide flat, except where a rule says
 * it holds its last direction. Stateless and thread-safe.
 */
public final class Signals {

  private Signals() {
  }

  /**
   * Crossover: long while the fast line is above the slow line, short while below, flat when equal
   * or either is NaN (for example a moving-average crossover with SMA(10) and SMA(50)).
   *
   * @param fast the fast line, one value per bar
   * @param slow the slow line, the same length
   * @return the signal
   * @throws IllegalArgumentException if the lengths differ
   */
  public static Signal crossover(double[] fast, double[] slow) {
    sameLength(fast, slow, "fast", "slow");
    byte[] d = new byte[fast.length];
    for (int t = 0; t < d.length; t++) {
      d[t] = fast[t] > slow[t] ? (byte) 1 : fast[t] < slow[t] ? (byte) -1 : (byte) 0;
    }
    return Signal.wrap(d);
  }

  /**
   * Threshold: long while x is above {@code upper}, short while below {@code lower}, flat in
   * between (inclusive) or when x is NaN. Use {@link Signal#inverted()} for mean reversion (RSI
   * below 30 long).
   *
   * @param x the series, for example an RSI or a model's predicted return
   * @param upper the long threshold
   * @param lower the short threshold, &lt;= upper
   * @return the signal
   * @throws IllegalArgumentException if a threshold is NaN or lower &gt; upper
   */
  public static Signal threshold(double[] x, double upper, double lower) {
    ArgChecker.notNull(x, "x");
    ArgChecker.isTrue(!Double.isNaN(upper) && !Double.isNaN(lower) && lower <= upper,
        "thresholds need lower <= upper, both not NaN, but were lower %s, upper %s", lower, upper);
    byte[] d = new byte[x.length];
    for (int t = 0; t < d.length; t++) {
      d[t] = x[t] > upper ? (byte) 1 : x[t] < lower ? (byte) -1 : (byte) 0;
    }
    return Signal.wrap(d);
  }

  /**
   * Donchian breakout (turtle style, always in the market once triggered): long from the first
   * close above the highest high of the previous {@code n} bars, short from the first close below
   * their lowest low, otherwise the previous direction (flat before the first breakout). The
   * channel excludes the deciding bar, so the first possible decision is at bar n.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param n the channel length in bars, &gt; 0 (commonly 20 or 55)
   * @return the signal
   * @throws IllegalArgumentException if the lengths differ or n is not positive
   */
  public static Signal breakout(double[] high, double[] low, double[] close, int n) {
    sameLength(high, low, "high", "low");
    sameLength(high, close, "high", "close");
    ArgChecker.positive(n, "n");
    byte[] d = new byte[close.length];
    if (close.length == 0) {
      return Signal.wrap(d);
    }
    DonchianChannel channel = Indicators.donchian(high, low, n);
    double[] upper = channel.upper();
    double[] lower = channel.lower();
    byte held = 0;
    for (int t = 1; t < d.length; t++) {
      // the channel of bars t-n .. t-1 is the Donchian value at t-1 (NaN during its warm-up)
      if (close[t] > upper[t - 1]) {
        held = 1;
      } else if (close[t] < lower[t - 1]) {
        held = -1;
      }
      d[t] = held;
    }
    return Signal.wrap(d);
  }

  /**
   * Model signal from a prediction column (a forecast return, or a probability with thresholds
   * around 0.5): long where the prediction is above {@code longAbove}, short where below
   * {@code shortBelow}, flat otherwise and where the prediction is NaN (a row the model never
   * predicted, as in {@code WalkForwardExperiment.Result#predictions()}). The prediction at row t
   * must be made from features known at bar t's close; the schedule then trades it from t+1.
   *
   * @param predictions one prediction per bar, NaN where absent
   * @param longAbove the long threshold
   * @param shortBelow the short threshold, &lt;= longAbove
   * @return the signal
   * @throws IllegalArgumentException if a threshold is NaN or shortBelow &gt; longAbove
   */
  public static Signal fromPredictions(double[] predictions, double longAbove, double shortBelow) {
    return threshold(predictions, longAbove, shortBelow);
  }

  private static void sameLength(double[] a, double[] b, String aName, String bName) {
    ArgChecker.notNull(a, aName);
    ArgChecker.notNull(b, bName);
    ArgChecker.isTrue(a.length == b.length, "%s has %d values but %s %d", aName, a.length, bName, b.length);
  }
}
