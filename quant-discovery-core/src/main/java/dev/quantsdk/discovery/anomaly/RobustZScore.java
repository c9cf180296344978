package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The modified (robust) z-score of Iglewicz and Hoaglin (1993):
 * {@code z = 0.6745 (x - median) / MAD}, where MAD is the median absolute deviation from the
 * median; values with {@code |z| > threshold} (3.5 by default) are outliers.
 *
 * <p>When more than half of the values are equal the MAD is 0 and the formula is undefined; this
 * class then falls back to the mean absolute deviation from the median,
 * {@code z = (x - median) / (1.253314 * MeanAD)} (1.253314 = sqrt(pi/2) makes MeanAD consistent
 * with the standard deviation of a normal, as 1/0.6745 does for MAD). If every value equals
 * the median every z is 0. This matters for disclosed amount bands, where most of a member's
 * trades often fall into the same band. Immutable and thread-safe.
 */
public final class RobustZScore implements OutlierTest {

  /** The consistency constant of the MAD: the 0.75 quantile of the standard normal. */
  public static final double MAD_CONSTANT = 0.6745;
  /** The consistency constant of the mean absolute deviation: sqrt(pi / 2). */
  public static final double MEAN_AD_CONSTANT = 1.253314;
  /** The threshold Iglewicz and Hoaglin recommend. */
  public static final double DEFAULT_THRESHOLD = 3.5;

  private final double threshold;

  private RobustZScore(double threshold) {
    this.threshold = ArgChecker.positive(threshold, "threshold");
  }

  /**
   * The test with the recommended threshold 3.5.
   *
   * @return the test
   */
  public static RobustZScore standard() {
    return new RobustZScore(DEFAULT_THRESHOLD);
  }

  /**
   * The test with a custom threshold.
   *
   * @param threshold the |z| above which a value is an outlier, &gt; 0
   * @return the test
   * @throws IllegalArgumentException if the threshold is not positive
   */
  public static RobustZScore withThreshold(double threshold) {
    return new RobustZScore(threshold);
  }

  /**
   * The threshold on |z|.
   *
   * @return the threshold
   */
  public double threshold() {
    return threshold;
  }

  /**
   * The robust z-score of every value.
   *
   * @param values the sample, finite, at least one value; not modified
   * @return the z-scores, in input order (dimensionless)
   * @throws IllegalArgumentException if the sample is empty or a value is not finite
   */
  public static double[] scores(double[] values) {
    return scores(values, 0.0);
  }

  /**
   * The robust z-score of every value with a floor on the scale: {@code z = (x - median) /
   * max(scale, minScale)} where {@code scale} is {@code MAD / 0.6745} (or the mean-absolute-
   * deviation fallback). For discrete data such as amount bands the floor keeps a value one
   * step from the median from looking extreme when nearly every value sits on the median.
   *
   * @param values the sample, finite, at least one value; not modified
   * @param minScale the smallest scale used, in the values' unit, &gt;= 0
   * @return the z-scores, in input order
   * @throws IllegalArgumentException if the sample is empty, a value is not finite or the floor
   *     is negative
   */
  public static double[] scores(double[] values, double minScale) {
    ArgChecker.notNegative(minScale, "minScale");
    ArgChecker.notNull(values, "values");
    ArgChecker.isTrue(values.length > 0, "values must not be empty");
    for (int i = 0; i < values.length; i++) {
      ArgChecker.finite(values[i], "values[" + i + "]");
    }
    double median = median(values.clone());
    double[] dev = new double[values.length];
    double sumDev = 0;
    for (int i = 0; i < values.length; i++) {
      dev[i] = Math.abs(values[i] - median);
      sumDev += dev[i];
    }
    double mad = median(dev);
    double scale;
    if (mad > 0) {
      scale = mad / MAD_CONSTANT;
    } else {
      scale = MEAN_AD_CONSTANT * sumDev / values.length;
    }
    scale = Math.max(scale, minScale);
    double[] z = new double[values.length];
    if (scale > 0) {
      for (int i = 0; i < values.length; i++) {
        z[i] = (values[i] - median) / scale;
      }
    }
    return z;
  }

  @Override
  public Result detect(double[] values) {
    double[] z = scores(values);
    return new Result(IntStream.range(0, z.length).filter(i -> Math.abs(z[i]) > threshold).toArray());
  }

  /** Median of a scratch array, which it sorts. */
  static double median(double[] scratch) {
    Arrays.sort(scratch);
    int n = scratch.length;
    return (n & 1) == 1 ? scratch[n / 2] : 0.5 * (scratch[n / 2 - 1] + scratch[n / 2]);
  }
}
