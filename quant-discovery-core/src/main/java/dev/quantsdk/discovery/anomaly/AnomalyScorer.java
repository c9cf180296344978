package dev.quantsdk.discovery.anomaly;

/**
 * A multivariate, unsupervised anomaly scorer: fit on feature vectors, then score vectors in
 * [0, 1], higher meaning more anomalous.
 *
 * <p>Features are passed columnar: {@code columns[j][i]} is feature {@code j} of row {@code i}.
 * Implementations are immutable and thread-safe; so are their fitted models.
 * Implementation: {@link IsolationForest}.
 */
public interface AnomalyScorer {

  /**
   * Fits a model.
   *
   * @param columns the training features, columnar: at least one column, every column of the
   *     same length (at least 2 rows), finite values; not modified and not retained
   * @return the fitted model
   * @throws IllegalArgumentException if the columns are empty, ragged, too short or not finite
   */
  Model fit(double[][] columns);

  /**
   * A fitted model. Immutable and thread-safe.
   */
  interface Model {

    /**
     * The number of features the model expects.
     *
     * @return the dimension
     */
    int dimension();

    /**
     * Scores one row.
     *
     * @param row the features of one row, {@link #dimension()} values
     * @return the anomaly score in [0, 1]
     * @throws IllegalArgumentException if the row has the wrong length
     */
    double score(double[] row);

    /**
     * Scores many rows.
     *
     * @param columns the features, columnar, {@link #dimension()} columns of equal length
     * @return the score of every row, in [0, 1]
     * @throws IllegalArgumentException if the columns have the wrong shape
     */
    double[] scoreAll(double[][] columns);

    /**
     * How much each feature contributed to the score of one row, as weights summing to 1
     * (all 0 if no feature was used).
     *
     * @param row the features of one row
     * @return one weight per feature, in [0, 1]
     * @throws IllegalArgumentException if the row has the wrong length
     */
    double[] contributions(double[] row);
  }
}
