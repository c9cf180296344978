package dev.quantsdk.futures.model;

import dev.quantsdk.model.ArgChecker;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Ridge regression (Hoerl and Kennard 1970); {@code lambda = 0} is ordinary least squares.
 *
 * <p>Minimises {@code sum (y - a - x·b)^2 + lambda * |b|^2}: the intercept {@code a} is not
 * penalised. Features and target are centred on the training window, then {@code b} solves the
 * augmented least-squares problem {@code [Xc; sqrt(lambda) I] b = [yc; 0]} by Householder QR
 * (commons-math3), which is numerically stable and also covers {@code lambda = 0}. Features are
 * not rescaled: standardise them first if they have different units and you want the penalty to
 * treat them alike. Immutable and thread-safe.
 *
 * @param lambda the L2 penalty, {@code >= 0}
 */
public record RidgeRegression(double lambda) implements PredictiveModel {

  /**
   * Validates the penalty.
   *
   * @throws IllegalArgumentException if lambda is negative or not finite
   */
  public RidgeRegression {
    ArgChecker.notNegative(lambda, "lambda");
  }

  /**
   * Ordinary least squares.
   *
   * @return ridge with {@code lambda = 0}
   */
  public static RidgeRegression ols() {
    return new RidgeRegression(0);
  }

  @Override
  public String name() {
    return lambda == 0 ? "ols" : "ridge";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lambda", lambda);
    return m;
  }

  @Override
  public Task task() {
    return Task.REGRESSION;
  }

  @Override
  public Fitted fit(double[][] x, double[] y, int from, int to) {
    int p = LinearFit.checkTrainingData(x, y, from, to);
    int n = to - from;
    ArgChecker.isTrue(lambda > 0 || n > p,
        "OLS needs more rows than features: %d rows, %d features", n, p);
    double[] meanX = new double[p];
    double meanY = 0;
    for (int i = from; i < to; i++) {
      meanY += y[i];
      for (int j = 0; j < p; j++) {
        meanX[j] += x[i][j];
      }
    }
    meanY /= n;
    for (int j = 0; j < p; j++) {
      meanX[j] /= n;
    }
    int rows = lambda > 0 ? n + p : n;
    RealMatrix a = new Array2DRowRealMatrix(rows, p);
    RealVector b = new ArrayRealVector(rows);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        a.setEntry(i, j, x[from + i][j] - meanX[j]);
      }
      b.setEntry(i, y[from + i] - meanY);
    }
    if (lambda > 0) {
      double s = Math.sqrt(lambda);
      for (int j = 0; j < p; j++) {
        a.setEntry(n + j, j, s);
      }
    }
    double[] beta;
    try {
      beta = new QRDecomposition(a).getSolver().solve(b).toArray();
    } catch (SingularMatrixException e) {
      throw new IllegalArgumentException("features are collinear on rows [" + from + ", " + to
          + "): OLS has no unique solution; drop a feature or use lambda > 0", e);
    }
    double intercept = meanY;
    for (int j = 0; j < p; j++) {
      intercept -= beta[j] * meanX[j];
    }
    return new LinearFit(intercept, beta, false);
  }
}
