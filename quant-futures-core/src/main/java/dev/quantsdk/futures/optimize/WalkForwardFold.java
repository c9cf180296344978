package dev.quantsdk.futures.optimize;

import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.model.WalkForward;
import dev.quantsdk.model.ArgChecker;

/**
 * One walk-forward fold: the combination chosen on the in-sample (training) window and how it did
 * there and on the out-of-sample (test) window that follows. Immutable and thread-safe.
 *
 * @param split the bar index ranges (training, test; purge and embargo lie between)
 * @param inSample the chosen combination's run over the training window, with the deflated Sharpe
 *     ratio over {@code trials} in its metrics
 * @param outOfSample the same parameters run over the test window alone (starting flat; the SMAs
 *     warm up inside the window)
 * @param trials the number of combinations tried in sample
 * @param trialSharpeVariance the sample variance of their per-bar Sharpe ratios
 */
public record WalkForwardFold(WalkForward.Split split, SmaCrossSummary inSample, SmaCrossSummary outOfSample,
    long trials, double trialSharpeVariance) {

  /**
   * Validates the fold.
   *
   * @throws IllegalArgumentException if a reference is null, the parameters differ or trials &lt; 1
   */
  public WalkForwardFold {
    ArgChecker.notNull(split, "split");
    ArgChecker.notNull(inSample, "inSample");
    ArgChecker.notNull(outOfSample, "outOfSample");
    ArgChecker.isTrue(inSample.params().equals(outOfSample.params()),
        "in-sample and out-of-sample runs must share parameters");
    ArgChecker.isTrue(trials >= 1, "trials must be >= 1 but was %d", trials);
    ArgChecker.notNegative(trialSharpeVariance, "trialSharpeVariance");
  }

  /**
   * The in-sample best's deflated Sharpe ratio over the fold's trials.
   *
   * @return the DSR, NaN when undefined
   */
  public double deflatedSharpe() {
    return inSample.metrics().deflatedSharpe();
  }
}
