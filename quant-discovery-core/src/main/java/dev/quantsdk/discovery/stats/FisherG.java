package dev.quantsdk.discovery.stats;

import dev.quantsdk.model.ArgChecker;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Fisher's (1929) g test for a hidden periodicity: the largest of {@code m} periodogram
 * ordinates divided by their sum.
 *
 * <p>Under the null of Gaussian white noise the {@code m} ordinates at the Fourier frequencies
 * strictly between 0 and Nyquist are independent exponentials and {@code g} has the exact
 * distribution
 *
 * <pre>
 *   P(G &gt; x) = sum_{j=1}^{floor(1/x)} (-1)^(j-1) C(m, j) (1 - j x)^(m-1)
 * </pre>
 *
 * <p>The alternating sum is evaluated in double precision with log-space terms; when the
 * largest term is so big that cancellation would lose more than six significant digits (a flat
 * periodogram, {@code g} within a few multiples of {@code 1/m}), it is re-evaluated exactly
 * with {@link BigDecimal} at a precision chosen from the size of that term. Stateless and
 * thread-safe.
 */
public final class FisherG {

  /** Relative rounding of one double term. */
  private static final double EPS = 0x1.0p-52;
  /** Significant digits we insist on keeping after cancellation. */
  private static final double KEPT_DIGITS = 1e-6;

  private FisherG() {
  }

  /**
   * The g statistic of periodogram ordinates.
   *
   * @param ordinates the periodogram ordinates, each finite and {@code >= 0}, at least one
   *     positive; not modified
   * @return {@code max / sum}, in {@code [1/m, 1]}
   * @throws IllegalArgumentException if empty, negative, non-finite or all zero
   */
  public static double statistic(double[] ordinates) {
    ArgChecker.notNull(ordinates, "ordinates");
    ArgChecker.isTrue(ordinates.length > 0, "ordinates must not be empty");
    double max = 0;
    double sum = 0;
    for (int i = 0; i < ordinates.length; i++) {
      double v = ordinates[i];
      if (!(v >= 0 && Double.isFinite(v))) {
        throw new IllegalArgumentException("ordinates[" + i + "] must be finite and >= 0 but was " + v);
      }
      max = Math.max(max, v);
      sum += v;
    }
    ArgChecker.isTrue(sum > 0, "ordinates must not all be zero (a constant series has no periodogram)");
    return max / sum;
  }

  /**
   * The exact upper-tail probability {@code P(G > g)} for {@code m} ordinates.
   *
   * @param g the observed statistic
   * @param m the number of ordinates, {@code >= 2}
   * @return the p-value in [0, 1]
   * @throws IllegalArgumentException if {@code g} is not finite or {@code m < 2}
   */
  public static double pValue(double g, int m) {
    ArgChecker.finite(g, "g");
    ArgChecker.isTrue(m >= 2, "m (number of ordinates) must be >= 2 but was %d", m);
    if (g <= 1.0 / m) {
      return 1.0;
    }
    if (g >= 1.0) {
      return 0.0;
    }
    int terms = (int) Math.min(m, Math.floor(1.0 / g));
    double sum = 0;
    double maxTerm = 0;
    double logBinom = 0;
    for (int j = 1; j <= terms; j++) {
      logBinom += Math.log((double) (m - j + 1) / j);
      double base = 1.0 - j * g;
      if (base <= 0) {
        break;
      }
      double term = Math.exp(logBinom + (m - 1) * Math.log(base));
      maxTerm = Math.max(maxTerm, term);
      sum += (j % 2 == 1) ? term : -term;
    }
    double roundingError = maxTerm * EPS * terms;
    if (roundingError > KEPT_DIGITS * Math.abs(sum)) {
      sum = exactSum(g, m, terms, maxTerm);
    }
    return Math.min(1.0, Math.max(0.0, sum));
  }

  /**
   * The critical value {@code g_alpha} with {@code P(G > g_alpha) = alpha}.
   *
   * @param alpha the test level, in (0, 1)
   * @param m the number of ordinates, {@code >= 2}
   * @return the critical value, to about 1e-12
   * @throws IllegalArgumentException if {@code alpha} is outside (0, 1) or {@code m < 2}
   */
  public static double criticalValue(double alpha, int m) {
    ArgChecker.isTrue(alpha > 0 && alpha < 1, "alpha must be in (0, 1) but was %s", alpha);
    ArgChecker.isTrue(m >= 2, "m (number of ordinates) must be >= 2 but was %d", m);
    double lo = 1.0 / m;
    double hi = 1.0;
    for (int i = 0; i < 200 && hi - lo > 1e-14; i++) {
      double mid = 0.5 * (lo + hi);
      if (pValue(mid, m) > alpha) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  private static double exactSum(double g, int m, int terms, double maxTerm) {
    int digits = 30 + (int) Math.ceil(Math.max(0, Math.log10(maxTerm)));
    MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
    BigDecimal x = new BigDecimal(g);
    BigInteger binom = BigInteger.ONE;
    BigDecimal sum = BigDecimal.ZERO;
    for (int j = 1; j <= terms; j++) {
      binom = binom.multiply(BigInteger.valueOf(m - j + 1)).divide(BigInteger.valueOf(j));
      BigDecimal base = BigDecimal.ONE.subtract(x.multiply(BigDecimal.valueOf(j)));
      if (base.signum() <= 0) {
        break;
      }
      BigDecimal term = new BigDecimal(binom).multiply(base.pow(m - 1, mc), mc);
      sum = (j % 2 == 1) ? sum.add(term, mc) : sum.subtract(term, mc);
    }
    return sum.doubleValue();
  }
}
