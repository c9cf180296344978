package dev.quantsdk.futures.model;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;

/**
 * A fitted linear predictor {@code intercept + coefficients · row}, optionally passed through the
 * logistic function. Immutable and thread-safe.
 */
final class LinearFit implements PredictiveModel.Fitted {

  private final double intercept;
  private final double[] coefficients;
  private final boolean logistic;

  LinearFit(double intercept, double[] coefficients, boolean logistic) {
    this.intercept = intercept;
    this.coefficients = coefficients.clone();
    this.logistic = logistic;
  }

  @Override
  public double predict(double[] row) {
    ArgChecker.isTrue(row.length == coefficients.length,
        "row has %d features but the model was fitted on %d", row.length, coefficients.length);
    double eta = intercept;
    for (int j = 0; j < row.length; j++) {
      eta += coefficients[j] * row[j];
    }
    return logistic ? sigmoid(eta) : eta;
  }

  @Override
  public double intercept() {
    return intercept;
  }

  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  static double sigmoid(double eta) {
    return eta >= 0 ? 1.0 / (1.0 + Math.exp(-eta)) : Math.exp(eta) / (1.0 + Math.exp(eta));
  }

  @Override
  public String toString() {
    return "LinearFit[intercept=" + intercept + ", coefficients=" + Arrays.toString(coefficients)
        + (logistic ? ", logistic" : "") + "]";
  }

  /** Checks a training range and returns the feature count. */
  static int checkTrainingData(double[][] x, double[] y, int from, int to) {
    ArgChecker.notNull(x, "x");
    ArgChecker.notNull(y, "y");
    ArgChecker.isTrue(x.length == y.length, "x has %d rows but y has %d", x.length, y.length);
    ArgChecker.isTrue(from >= 0 && from < to && to <= y.length,
        "training range [%d, %d) is empty or outside [0, %d)", from, to, y.length);
    int p = x[from].length;
    for (int i = from; i < to; i++) {
      ArgChecker.isTrue(x[i].length == p, "row %d has %d features, expected %d", i, x[i].length, p);
      for (int j = 0; j < p; j++) {
        ArgChecker.isTrue(Double.isFinite(x[i][j]), "x[%d][%d] is not finite: %s", i, j, x[i][j]);
      }
      ArgChecker.isTrue(Double.isFinite(y[i]), "y[%d] is not finite: %s", i, y[i]);
    }
    return p;
  }
}
