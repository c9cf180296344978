package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Rosner's (1983) generalized extreme studentized deviate (GESD) test for up to {@code r}
 * outliers in an approximately normal sample.
 *
 * <p>Step {@code i = 1..r} computes {@code R_i = max |x - mean| / s} over the values not yet
 * removed ({@code s} the sample standard deviation, divisor {@code n' - 1}) and removes the
 * value attaining it. The critical value is
 * {@code lambda_i = (n - i) t_{p, n-i-1} / sqrt((n - i - 1 + t^2)(n - i + 1))} with
 * {@code p = 1 - alpha / (2 (n - i + 1))} and {@code t_{p, nu}} the p-quantile of Student's t
 * with {@code nu} degrees of freedom (NIST e-Handbook 1.3.5.17.3). The number of outliers is
 * the largest {@code i} with {@code R_i > lambda_i}; the outliers are the values removed in
 * steps 1 to that {@code i}. Immutable and thread-safe.
 */
public final class GeneralizedEsd implements OutlierTest {

  private final int maxOutliers;
  private final double alpha;

  private GeneralizedEsd(int maxOutliers, double alpha) {
    this.maxOutliers = ArgChecker.positive(maxOutliers, "maxOutliers");
    ArgChecker.isTrue(alpha > 0 && alpha < 1, "alpha must be in (0, 1) but was %s", alpha);
    this.alpha = alpha;
  }

  /**
   * The test.
   *
   * @param maxOutliers the upper bound {@code r} on the number of outliers, &gt; 0
   * @param alpha the significance level, in (0, 1)
   * @return the test
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static GeneralizedEsd of(int maxOutliers, double alpha) {
    return new GeneralizedEsd(maxOutliers, alpha);
  }

  /**
   * Runs the test with every statistic.
   *
   * @param values the sample, finite; needs more than {@code maxOutliers + 2} values
   * @return the statistics of every step and the outliers
   * @throws IllegalArgumentException if a value is not finite or the sample is too small
   */
  public Result test(double[] values) {
    ArgChecker.notNull(values, "values");
    int n = values.length;
    ArgChecker.isTrue(n > maxOutliers + 2,
        "generalized ESD with at most %d outliers needs more than %d values but got %d",
        maxOutliers, maxOutliers + 2, n);
    for (int i = 0; i < n; i++) {
      ArgChecker.finite(values[i], "values[" + i + "]");
    }
    boolean[] removed = new boolean[n];
    Step[] steps = new Step[maxOutliers];
    int outliers = 0;
    for (int step = 1; step <= maxOutliers; step++) {
      int remaining = n - step + 1;
      double sum = 0;
      for (int j = 0; j < n; j++) {
        if (!removed[j]) {
          sum += values[j];
        }
      }
      double mean = sum / remaining;
      double ss = 0;
      int argMax = -1;
      double maxDev = -1;
      for (int j = 0; j < n; j++) {
        if (!removed[j]) {
          double d = Math.abs(values[j] - mean);
          ss += d * d;
          if (d > maxDev) {
            maxDev = d;
            argMax = j;
          }
        }
      }
      double sd = Math.sqrt(ss / (remaining - 1));
      double r = sd > 0 ? maxDev / sd : 0.0;
      double p = 1 - alpha / (2.0 * (n - step + 1));
      int dof = n - step - 1;
      double t = new TDistribution(null, dof).inverseCumulativeProbability(p);
      double lambda = (n - step) * t / Math.sqrt((dof + t * t) * (n - step + 1));
      removed[argMax] = true;
      steps[step - 1] = new Step(step, argMax, values[argMax], r, lambda);
      if (r > lambda) {
        outliers = step;
      }
    }
    return new Result(List.of(steps), outliers);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Runs {@link #test(double[])} and returns the indices of the outliers.
   */
  @Override
  public OutlierTest.Result detect(double[] values) {
    Result result = test(values);
    int[] idx = new int[result.outlierCount()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = result.steps().get(i).removedIndex();
    }
    Arrays.sort(idx);
    return new OutlierTest.Result(idx);
  }

  /**
   * One step of the test. Immutable.
   *
   * @param step the step number {@code i}, from 1
   * @param removedIndex the index into the sample of the value removed in this step
   * @param removedValue that value
   * @param statistic the test statistic {@code R_i}
   * @param criticalValue the critical value {@code lambda_i}
   */
  public record Step(int step, int removedIndex, double removedValue, double statistic,
      double criticalValue) {

    /**
     * Validates the step.
     *
     * @throws IllegalArgumentException if the step is not positive or a statistic is not finite
     */
    public Step {
      ArgChecker.positive(step, "step");
      ArgChecker.notNegative(removedIndex, "removedIndex");
      ArgChecker.notNegative(statistic, "statistic");
      ArgChecker.positive(criticalValue, "criticalValue");
    }

    /**
     * Whether {@code R_i > lambda_i} in this step.
     *
     * @return true if the statistic exceeds its critical value
     */
    public boolean exceedsCriticalValue() {
      return statistic > criticalValue;
    }
  }

  /**
   * The statistics of every step and the number of outliers. Immutable.
   *
   * @param steps the steps 1 to {@code r}, in order
   * @param outlierCount the number of outliers: the largest step whose statistic exceeds its
   *     critical value, 0 if none
   */
  public record Result(List<Step> steps, int outlierCount) {

    /**
     * Validates the result.
     *
     * @throws IllegalArgumentException if the count is not within [0, steps]
     */
    public Result {
      steps = List.copyOf(ArgChecker.notNull(steps, "steps"));
      ArgChecker.inRangeInclusive(outlierCount, 0, steps.size(), "outlierCount");
    }

    /**
     * The outlying values, in the order the test removed them (most extreme first).
     *
     * @return the values
     */
    public double[] outlierValues() {
      return steps.subList(0, outlierCount).stream().mapToDouble(Step::removedValue).toArray();
    }
  }
}
