package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;

/**
 * A univariate outlier test: which values of a sample are outliers.
 *
 * <p>Implementations: {@link RobustZScore} (modified z-score of Iglewicz and Hoaglin) and
 * {@link GeneralizedEsd} (Rosner's generalized extreme studentized deviate test).
 * Implementations are immutable and thread-safe.
 */
public interface OutlierTest {

  /**
   * Tests a sample.
   *
   * @param values the sample, finite values; not modified
   * @return the outliers found
   * @throws IllegalArgumentException if a value is not finite or the sample is too small for the
   *     test
   */
  Result detect(double[] values);

  /**
   * The outliers of a sample. Immutable.
   *
   * @param outlierIndices the indices of the outliers into the tested sample, ascending
   */
  record Result(int[] outlierIndices) {

    /**
     * Validates and copies the indices.
     *
     * @throws IllegalArgumentException if an index is negative or the indices are not strictly
     *     ascending
     */
    public Result {
      ArgChecker.notNull(outlierIndices, "outlierIndices");
      outlierIndices = outlierIndices.clone();
      for (int i = 0; i < outlierIndices.length; i++) {
        ArgChecker.notNegative(outlierIndices[i], "outlierIndices[" + i + "]");
        ArgChecker.isTrue(i == 0 || outlierIndices[i] > outlierIndices[i - 1],
            "outlierIndices must be strictly ascending but %d follows %d",
            outlierIndices[i], i == 0 ? -1 : outlierIndices[i - 1]);
      }
    }

    /**
     * The outlier indices.
     *
     * @return a copy of the indices, ascending
     */
    @Override
    public int[] outlierIndices() {
      return outlierIndices.clone();
    }

    /**
     * The number of outliers.
     *
     * @return the count
     */
    public int count() {
      return outlierIndices.length;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Result r && Arrays.equals(outlierIndices, r.outlierIndices);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(outlierIndices);
    }

    @Override
    public String toString() {
      return "Result" + Arrays.toString(outlierIndices);
    }
  }
}
