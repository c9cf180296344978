package dev.quantsdk.futures.model;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;

/**
 * Out-of-sample metrics of predictions. All methods are O(n) except {@link #auc}, which sorts
 * (O(n log n)). Stateless and thread-safe; inputs are not modified.
 */
public final class ModelMetrics {

  private static final double LOG_LOSS_EPS = 1e-15;

  private ModelMetrics() {
  }

  /**
   * Out-of-sample R² against a benchmark forecast (Campbell and Thompson 2008):
   * {@code 1 - sum (y - pred)^2 / sum (y - benchmark)^2}. With the training-window mean as the
   * benchmark, a value above 0 means the model beats the naive "historical mean" forecast.
   *
   * @param y the realised values
   * @param pred the model's predictions
   * @param benchmark the naive predictions
   * @return the out-of-sample R², may be negative; NaN if the benchmark is perfect
   */
  public static double outOfSampleR2(double[] y, double[] pred, double[] benchmark) {
    checkSameLength(y, pred, benchmark);
    double sse = 0;
    double sseBench = 0;
    for (int i = 0; i < y.length; i++) {
      double e = y[i] - pred[i];
      double b = y[i] - benchmark[i];
      sse += e * e;
      sseBench += b * b;
    }
    return sseBench == 0 ? Double.NaN : 1 - sse / sseBench;
  }

  /**
   * Area under the ROC curve by the Mann–Whitney rank statistic, ties given average ranks.
   *
   * @param score the predicted scores (higher means class 1 more likely)
   * @param label the true labels, 0 or 1
   * @return the AUC in [0, 1]; NaN when only one class is present
   */
  public static double auc(double[] score, double[] label) {
    checkSameLength(score, label);
    int n = score.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
    double rankSumPositive = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1.0;
      for (int k = i; k <= j; k++) {
        if (label[order[k]] == 1.0) {
          rankSumPositive += averageRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /**
   * The share of observations where the prediction has the same sign as the realised value,
   * counting only observations whose realised value is not zero (regression), or the accuracy
   * of {@code pred >= 0.5} against 0/1 labels (classification).
   *
   * @param y the realised values or labels
   * @param pred the predictions (probabilities for classification)
   * @param classification whether {@code y} holds 0/1 labels
   * @return the hit rate in [0, 1]; NaN when nothing counts
   */
  public static double hitRate(double[] y, double[] pred, boolean classification) {
    checkSameLength(y, pred);
    int hits = 0;
    int counted = 0;
    for (int i = 0; i < y.length; i++) {
      if (classification) {
        counted++;
        hits += ((pred[i] >= 0.5) == (y[i] == 1.0)) ? 1 : 0;
      } else if (y[i] != 0) {
        counted++;
        hits += (Math.signum(pred[i]) == Math.signum(y[i])) ? 1 : 0;
      }
    }
    return counted == 0 ? Double.NaN : (double) hits / counted;
  }

  /**
   * Mean binary cross-entropy, probabilities clipped to [1e-15, 1 - 1e-15].
   *
   * @param label the true labels, 0 or 1
   * @param prob the predicted probabilities of 1
   * @return the log loss in nats per observation
   */
  public static double logLoss(double[] label, double[] prob) {
    checkSameLength(label, prob);
    ArgChecker.isTrue(label.length > 0, "log loss needs at least one observation");
    double sum = 0;
    for (int i = 0; i < label.length; i++) {
      double p = Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, prob[i]));
      sum -= label[i] == 1.0 ? Math.log(p) : Math.log(1 - p);
    }
    return sum / label.length;
  }

  /**
   * Root mean squared error.
   *
   * @param y the realised values
   * @param pred the predictions
   * @return the RMSE, in the target's units
   */
  public static double rmse(double[] y, double[] pred) {
    checkSameLength(y, pred);
    ArgChecker.isTrue(y.length > 0, "RMSE needs at least one observation");
    double sse = 0;
    for (int i = 0; i < y.length; i++) {
      double e = y[i] - pred[i];
      sse += e * e;
    }
    return Math.sqrt(sse / y.length);
  }

  private static void checkSameLength(double[] first, double[]... others) {
    ArgChecker.notNull(first, "values");
    for (double[] o : others) {
      ArgChecker.notNull(o, "values");
      ArgChecker.isTrue(o.length == first.length,
          "arrays must have the same length but were %d and %d", first.length, o.length);
    }
  }
}
