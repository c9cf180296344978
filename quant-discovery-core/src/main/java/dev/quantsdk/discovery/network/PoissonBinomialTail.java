package dev.quantsdk.discovery.network;

import org.apache.commons.math3.special.Erf;

/**
 * Upper tails {@code P(X >= k)} of a Poisson-binomial variable {@code X}, the number of successes
 * of independent Bernoulli trials with unequal probabilities, given as groups of equal
 * probability ({@code sizes[g]} trials of probability {@code q[g]}, i.e. a sum of binomials).
 *
 * <p>Two methods: the exact truncated recursion {@link #exactTails} (the distribution of
 * {@code min(X, K)} built binomial by binomial; cost {@code K * sum_g min(sizes[g], K)}) and the
 * refined normal approximation {@link #refinedNormalTail} (Volkova 1996, Hong 2013), which adds
 * a skewness term to the continuity-corrected normal and is accurate when the variance is large.
 * Stateless and thread-safe. Package-private: an internal kernel of {@link SdsmProjection}.
 */
final class PoissonBinomialTail {

  private static final double SQRT2 = Math.sqrt(2.0);
  private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

  private PoissonBinomialTail() {
  }

  /**
   * All upper tails up to {@code cap}, exactly.
   *
   * @param q the success probability of each group, in [0, 1]
   * @param sizes the number of trials in each group
   * @param groups how many leading entries of {@code q} and {@code sizes} to use
   * @param cap the largest threshold needed, at least 1
   * @return {@code tails[k] = P(X >= k)} for {@code k = 0..cap}
   */
  static double[] exactTails(double[] q, int[] sizes, int groups, int cap) {
    // dp[s] = P(min(X, cap) = s) over the groups so far; state cap absorbs "cap or more"
    double[] dp = new double[cap + 1];
    double[] next = new double[cap + 1];
    double[] pmf = new double[cap + 1];
    dp[0] = 1.0;
    for (int g = 0; g < groups; g++) {
      double p = q[g];
      int n = sizes[g];
      if (p <= 0 || n == 0) {
        continue;
      }
      // truncated binomial pmf: pmf[t] = P(B = t) for t < cap, pmf[cap] = P(B >= cap)
      int top = Math.min(n, cap);
      if (p >= 1) {
        java.util.Arrays.fill(pmf, 0, top + 1, 0.0);
        pmf[top] = 1.0;
      } else {
        double logTerm = n * Math.log1p(-p);
        double logOdds = Math.log(p) - Math.log1p(-p);
        double sum = 0;
        for (int t = 0; t < top; t++) {
          pmf[t] = Math.exp(logTerm);
          sum += pmf[t];
          logTerm += Math.log((double) (n - t) / (t + 1)) + logOdds;
        }
        pmf[top] = top < cap ? Math.exp(logTerm) : Math.max(0.0, 1.0 - sum);
      }
      java.util.Arrays.fill(next, 0.0);
      next[cap] = dp[cap];
      for (int s = 0; s < cap; s++) {
        double ds = dp[s];
        if (ds == 0) {
          continue;
        }
        for (int t = 0; t <= top; t++) {
          int to = Math.min(s + t, cap);
          next[to] += ds * pmf[t];
        }
      }
      double[] swap = dp;
      dp = next;
      next = swap;
    }
    double[] tails = new double[cap + 1];
    double acc = dp[cap];
    tails[cap] = acc;
    for (int k = cap - 1; k >= 0; k--) {
      acc += dp[k];
      tails[k] = Math.min(1.0, acc);
    }
    tails[0] = 1.0;
    return tails;
  }

  /**
   * {@code P(X >= k)} by the refined normal approximation: with {@code x = (k - 0.5 - mu) / sigma},
   * {@code 1 - Phi(x) - gamma (1 - x^2) phi(x) / 6}, clipped to [0, 1].
   *
   * @param k the threshold
   * @param mean the mean {@code sum q}
   * @param variance the variance {@code sum q(1-q)}
   * @param thirdCentralMoment {@code sum q(1-q)(1-2q)}
   * @return the approximate tail
   */
  static double refinedNormalTail(int k, double mean, double variance, double thirdCentralMoment) {
    if (k <= 0) {
      return 1.0;
    }
    if (variance <= 0) {
      return k <= Math.round(mean) ? 1.0 : 0.0;
    }
    double sigma = Math.sqrt(variance);
    double gamma = thirdCentralMoment / (sigma * variance);
    double x = (k - 0.5 - mean) / sigma;
    double upper = 0.5 * Erf.erfc(x / SQRT2);
    double density = INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    double tail = upper - gamma * (1 - x * x) * density / 6.0;
    return Math.min(1.0, Math.max(0.0, tail));
  }
}
