package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The probabilistic and deflated Sharpe ratios of Bailey and López de Prado.
 *
 * <p>All Sharpe ratios here are <b>per period</b> (not annualised): the mean over the sample
 * standard deviation of the per-bar returns. Stateless and thread-safe.
 *
 * <ul>
 *   <li>PSR (Bailey and López de Prado, "The Sharpe Ratio Efficient Frontier", Journal of Risk
 *       15(2), 2012): {@code PSR(SR*) = Phi((SR - SR*) sqrt(n - 1) /
 *       sqrt(1 - g3 SR + (g4 - 1) / 4 SR^2))}, with skewness {@code g3} and (non-excess)
 *       kurtosis {@code g4} of the returns and {@code n} returns.
 *   <li>DSR (Bailey and López de Prado, "The Deflated Sharpe Ratio", Journal of Portfolio
 *       Management 40(5), 2014): the PSR against the expected maximum Sharpe ratio of
 *       {@code N} unskilled trials, {@code SR0 = sqrt(V) ((1 - e) Phi^-1(1 - 1/N)
 *       + e Phi^-1(1 - 1/(N exp(1))))}, with {@code e} the Euler–Mascheroni constant and
 *       {@code V} the variance of the trials' Sharpe ratios.
 * </ul>
 */
public final class SharpeStatistics {

  /** The Euler–Mascheroni constant. */
  public static final double EULER_MASCHERONI = 0.5772156649015329;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private SharpeStatistics() {
  }

  /**
   * The probabilistic Sharpe ratio: the probability that the true Sharpe ratio exceeds a
   * benchmark, given the sample's length, skewness and kurtosis.
   *
   * @param sharpe the observed per-period Sharpe ratio
   * @param benchmark the benchmark per-period Sharpe ratio {@code SR*}
   * @param n the number of returns, {@code > 1}
   * @param skewness the returns' skewness
   * @param kurtosis the returns' kurtosis (3 for a normal distribution, not excess)
   * @return the PSR in [0, 1]
   * @throws IllegalArgumentException if {@code n <= 1}, an input is not finite, or the variance
   *     term {@code 1 - g3 SR + (g4 - 1) / 4 SR^2} is not positive
   */
  public static double probabilisticSharpe(double sharpe, double benchmark, long n,
      double skewness, double kurtosis) {
    ArgChecker.isTrue(n > 1, "PSR needs at least 2 returns but had %d", n);
    ArgChecker.finite(sharpe, "sharpe");
    ArgChecker.finite(benchmark, "benchmark");
    ArgChecker.finite(skewness, "skewness");
    ArgChecker.finite(kurtosis, "kurtosis");
    double v = 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
    ArgChecker.isTrue(v > 0, "PSR variance term 1 - g3 SR + (g4 - 1)/4 SR^2 = %s is not positive", v);
    return STANDARD_NORMAL.cumulativeProbability((sharpe - benchmark) * Math.sqrt(n - 1) / Math.sqrt(v));
  }

  /**
   * The expected maximum per-period Sharpe ratio of {@code trials} independent unskilled
   * strategies whose Sharpe ratios have variance {@code variance} (the DSR's benchmark).
   *
   * @param trials the number of independent trials, {@code >= 1}
   * @param variance the variance of the trials' per-period Sharpe ratios, {@code >= 0}
   * @return {@code SR0}; 0 for a single trial
   */
  public static double expectedMaxSharpe(long trials, double variance) {
    ArgChecker.isTrue(trials >= 1, "trials must be >= 1 but was %d", trials);
    ArgChecker.notNegative(variance, "variance");
    if (trials == 1) {
      return 0.0;
    }
    double a = STANDARD_NORMAL.inverseCumulativeProbability(1 - 1.0 / trials);
    double b = STANDARD_NORMAL.inverseCumulativeProbability(1 - 1.0 / (trials * Math.E));
    return Math.sqrt(variance) * ((1 - EULER_MASCHERONI) * a + EULER_MASCHERONI * b);
  }

  /**
   * The deflated Sharpe ratio: the PSR against {@link #expectedMaxSharpe}.
   *
   * @param sharpe the selected strategy's per-period Sharpe ratio
   * @param n the number of returns
   * @param skewness the returns' skewness
   * @param kurtosis the returns' kurtosis (not excess)
   * @param trials the number of trials the strategy was selected from
   * @param trialVariance the variance of the trials' per-period Sharpe ratios
   * @return the DSR in [0, 1]
   */
  public static double deflatedSharpe(double sharpe, long n, double skewness, double kurtosis,
      long trials, double trialVariance) {
    return probabilisticSharpe(sharpe, expectedMaxSharpe(trials, trialVariance), n, skewness,
        kurtosis);
  }
}
