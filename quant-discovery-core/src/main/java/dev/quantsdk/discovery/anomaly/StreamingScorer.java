package dev.quantsdk.discovery.anomaly;

/**
 * An anomaly scorer over a stream: each row is scored against the rows seen before it, then
 * learned. Scores are in [0, 1), higher meaning more anomalous, about 0.5 for a typical row.
 *
 * <p>Implementations are mutable and <b>not</b> thread-safe: one stream is fed from one
 * thread (or under the caller's lock). Implementation: {@link RandomCutForestScorer}.
 */
public interface StreamingScorer {

  /**
   * The number of features per row.
   *
   * @return the dimension
   */
  int dimension();

  /**
   * Scores a row against the stream so far, then adds it to the model.
   *
   * @param row the features of one row, {@link #dimension()} finite values; not retained
   * @return the score in [0, 1); 0 while the model is still warming up
   * @throws IllegalArgumentException if the row has the wrong length or a non-finite value
   */
  double scoreThenUpdate(double[] row);

  /**
   * The number of rows seen.
   *
   * @return the count
   */
  long rowsSeen();
}
