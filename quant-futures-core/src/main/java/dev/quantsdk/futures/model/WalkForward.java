package dev.quantsdk.futures.model;

import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.List;

/**
 * Time-ordered walk-forward splits with purge and embargo.
 *
 * <p>Observations are indexed 0..n-1 in time order. Each fold trains on a window that ends strictly
 * before its test window, so a model never sees the future of what it predicts:
 *
 * <pre>
 *   [ train ............ ] [ purge ] [ embargo ] [ test ....... ]
 *   trainStart   trainEnd                         testStart  testEnd (exclusive ends)
 * </pre>
 *
 * <ul>
 *   <li><b>purge</b>: observations dropped at the end of the training window because their labels
 *       (for example a forward return over {@code h} bars) overlap the test window; set it to the
 *       label horizon.
 *   <li><b>embargo</b>: a further gap, in observations, for serial correlation that outlives the
 *       label horizon (López de Prado, <i>Advances in Financial Machine Learning</i>, 2018, ch. 7).
 *       In a forward-only walk the embargo sits between training and test, because training never
 *       follows a test window here.
 * </ul>
 *
 * <p>Rolling windows keep {@code trainSize} observations; anchored windows start at 0 and grow.
 * Test windows tile the series after the first training window without overlapping. Immutable and
 * thread-safe.
 *
 * @param trainSize observations in the (first) training window, {@code > 0}
 * @param testSize observations per test window, {@code > 0}
 * @param purge observations dropped between training and test for label overlap, {@code >= 0}
 * @param embargo further observations dropped between training and test, {@code >= 0}
 * @param anchored true for an anchored (expanding) training window, false for rolling
 */
public record WalkForward(int trainSize, int testSize, int purge, int embargo, boolean anchored) {

  /**
   * Validates the scheme.
   *
   * @throws IllegalArgumentException if a size is not positive or a gap is negative
   */
  public WalkForward {
    ArgChecker.positive(trainSize, "trainSize");
    ArgChecker.positive(testSize, "testSize");
    ArgChecker.notNegative(purge, "purge");
    ArgChecker.notNegative(embargo, "embargo");
  }

  /**
   * A rolling scheme.
   *
   * @param trainSize observations per training window
   * @param testSize observations per test window
   * @param purge label-overlap gap
   * @param embargo additional gap
   * @return the scheme
   */
  public static WalkForward rolling(int trainSize, int testSize, int purge, int embargo) {
    return new WalkForward(trainSize, testSize, purge, embargo, false);
  }

  /**
   * An anchored (expanding-window) scheme.
   *
   * @param initialTrainSize observations in the first training window
   * @param testSize observations per test window
   * @param purge label-overlap gap
   * @param embargo additional gap
   * @return the scheme
   */
  public static WalkForward anchored(int initialTrainSize, int testSize, int purge, int embargo) {
    return new WalkForward(initialTrainSize, testSize, purge, embargo, true);
  }

  /**
   * One fold: half-open index ranges {@code [trainStart, trainEnd)} and {@code [testStart, testEnd)}.
   *
   * @param trainStart first training index
   * @param trainEnd end of training, exclusive
   * @param testStart first test index
   * @param testEnd end of test, exclusive
   */
  public record Split(int trainStart, int trainEnd, int testStart, int testEnd) {

    /**
     * Validates the ordering {@code trainStart < trainEnd <= testStart < testEnd}.
     *
     * @throws IllegalArgumentException if the ranges are empty or out of time order
     */
    public Split {
      ArgChecker.isTrue(trainStart >= 0 && trainStart < trainEnd && trainEnd <= testStart
              && testStart < testEnd,
          "split must satisfy 0 <= trainStart < trainEnd <= testStart < testEnd but was "
              + "[%d, %d) / [%d, %d)", trainStart, trainEnd, testStart, testEnd);
    }

    /**
     * Number of training observations.
     *
     * @return {@code trainEnd - trainStart}
     */
    public int trainLength() {
      return trainEnd - trainStart;
    }

    /**
     * Number of test observations.
     *
     * @return {@code testEnd - testStart}
     */
    public int testLength() {
      return testEnd - testStart;
    }
  }

  /**
   * The folds over {@code n} observations. The last test window may be shorter than
   * {@code testSize}; observations before the first test window are never predicted.
   *
   * @param n the number of observations
   * @return the folds in time order, possibly empty when {@code n} is too small for one fold
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<Split> splits(int n) {
    ArgChecker.notNegative(n, "n");
    List<Split> out = new ArrayList<>();
    int gap = purge + embargo;
    int testStart = trainSize + gap;
    while (testStart < n) {
      int testEnd = Math.min(n, testStart + testSize);
      int trainEnd = testStart - gap;
      int trainStart = anchored ? 0 : trainEnd - trainSize;
      out.add(new Split(trainStart, trainEnd, testStart, testEnd));
      testStart = testEnd;
    }
    return out;
  }
}
