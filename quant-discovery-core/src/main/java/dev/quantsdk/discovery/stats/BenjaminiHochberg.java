package dev.quantsdk.discovery.stats;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;

/**
 * Benjamini–Hochberg (1995) false-discovery-rate control.
 *
 * <p>{@link #qValues(double[])} returns the BH-adjusted p-values ("q-values" in the step-up
 * sense): {@code q(i) = min over j with rank(j) >= rank(i) of min(1, m * p(j) / rank(j))}.
 * Rejecting every hypothesis with {@code q <= alpha} controls the FDR at {@code alpha} for
 * independent or positively dependent tests. Stateless and thread-safe.
 */
public final class BenjaminiHochberg {

  private BenjaminiHochberg() {
  }

  /**
   * Adjusts p-values.
   *
   * @param pValues the raw p-values, each in [0, 1]; not modified
   * @return the adjusted values, in the input order
   * @throws IllegalArgumentException if a p-value is outside [0, 1] or NaN
   */
  public static double[] qValues(double[] pValues) {
    ArgChecker.notNull(pValues, "pValues");
    int m = pValues.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      ArgChecker.inRangeInclusive(pValues[i], 0.0, 1.0, "pValues[" + i + "]");
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(pValues[a], pValues[b]));
    double[] q = new double[m];
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int idx = order[rank - 1];
      running = Math.min(running, Math.min(1.0, pValues[idx] * m / rank));
      q[idx] = running;
    }
    return q;
  }

  /**
   * Which hypotheses are rejected at the given FDR level.
   *
   * @param pValues the raw p-values
   * @param alpha the FDR level, in (0, 1)
   * @return {@code true} at each rejected index
   */
  public static boolean[] reject(double[] pValues, double alpha) {
    ArgChecker.isTrue(alpha > 0 && alpha < 1, "alpha must be in (0, 1) but was %s", alpha);
    double[] q = qValues(pValues);
    boolean[] out = new boolean[q.length];
    for (int i = 0; i < q.length; i++) {
      out[i] = q[i] <= alpha;
    }
    return out;
  }
}
