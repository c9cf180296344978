package dev.quantsdk.futures.model;

import java.util.Map;

/**
 * A supervised model fitted on a feature matrix: rows are observations in time order, columns
 * are features.
 *
 * <p>Implementations are immutable and thread-safe; {@link #fit} returns a new immutable
 * {@link Fitted} model and never keeps a reference to the caller's arrays.
 */
public interface PredictiveModel {

  /** What the model predicts. */
  enum Task {
    /** A real-valued target (for example a forward return). */
    REGRESSION,
    /** A 0/1 target; predictions are probabilities of 1. */
    CLASSIFICATION
  }

  /**
   * The model's name as recorded in an experiment, e.g. {@code ridge}.
   *
   * @return the name
   */
  String name();

  /**
   * The model's hyper-parameters as recorded in an experiment.
   *
   * @return parameter name to value, in a stable order
   */
  Map<String, Object> parameters();

  /**
   * The task.
   *
   * @return regression or classification
   */
  Task task();

  /**
   * Fits on rows {@code [from, to)}.
   *
   * @param x the feature matrix, {@code x[row][feature]}, finite values, rectangular
   * @param y the targets (0 or 1 for classification)
   * @param from first row, inclusive
   * @param to last row, exclusive
   * @return the fitted model
   * @throws IllegalArgumentException for an empty range, non-finite values, ragged rows, too few
   *     rows for the number of features, or a non-binary classification target
   */
  Fitted fit(double[][] x, double[] y, int from, int to);

  /**
   * A fitted model: an intercept and one coefficient per feature. Immutable and thread-safe.
   */
  interface Fitted {

    /**
     * Predicts one observation.
     *
     * @param row the features of the observation
     * @return the prediction (a probability for classification)
     * @throws IllegalArgumentException if the row length differs from the training width
     */
    double predict(double[] row);

    /**
     * The intercept.
     *
     * @return the intercept, in target units (log-odds for classification)
     */
    double intercept();

    /**
     * The coefficients, one per feature (a copy).
     *
     * @return the coefficients
     */
    double[] coefficients();
  }
}
