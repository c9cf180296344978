package dev.quantsdk.futures.model;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * L2-penalised logistic regression fitted by Newton's method (iteratively re-weighted least
 * squares), with linear algebra from commons-math3.
 *
 * <p>Maximises {@code sum [y log p + (1 - y) log(1 - p)] - (lambda / 2) |b|^2} with
 * {@code p = 1 / (1 + exp(-(a + x·b)))}; the intercept {@code a} is not penalised. With
 * {@code lambda = 0} this is the maximum-likelihood fit, which does not exist for perfectly
 * separable data: such data is refused with a message suggesting {@code lambda > 0}.
 * Iterates until the largest Newton step is below {@code 1e-10} or 100 iterations.
 * Immutable and thread-safe.
 *
 * @param lambda the L2 penalty on the coefficients, {@code >= 0}
 */
public record LogisticRegression(double lambda) implements PredictiveModel {

  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-10;

  /**
   * Validates the penalty.
   *
   * @throws IllegalArgumentException if lambda is negative or not finite
   */
  public LogisticRegression {
    ArgChecker.notNegative(lambda, "lambda");
  }

  @Override
  public String name() {
    return "logistic";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lambda", lambda);
    return m;
  }

  @Override
  public Task task() {
    return Task.CLASSIFICATION;
  }

  @Override
  public Fitted fit(double[][] x, double[] y, int from, int to) {
    int p = LinearFit.checkTrainingData(x, y, from, to);
    int ones = 0;
    for (int i = from; i < to; i++) {
      ArgChecker.isTrue(y[i] == 0.0 || y[i] == 1.0,
          "classification target y[%d] must be 0 or 1 but was %s", i, y[i]);
      ones += (int) y[i];
    }
    int n = to - from;
    ArgChecker.isTrue(ones > 0 && ones < n,
        "classification target on rows [%d, %d) has a single class (%d ones of %d)",
        from, to, ones, n);
    int k = p + 1; // intercept first
    double[] w = new double[k];
    double[] grad = new double[k];
    double[][] hess = new double[k][k];
    boolean converged = false;
    for (int iter = 0; iter < MAX_ITERATIONS && !converged; iter++) {
      Arrays.fill(grad, 0);
      for (double[] r : hess) {
        Arrays.fill(r, 0);
      }
      for (int i = from; i < to; i++) {
        double[] xi = x[i];
        double eta = w[0];
        for (int j = 0; j < p; j++) {
          eta += w[j + 1] * xi[j];
        }
        double mu = LinearFit.sigmoid(eta);
        double r = y[i] - mu;
        double v = mu * (1 - mu);
        grad[0] += r;
        hess[0][0] += v;
        for (int j = 0; j < p; j++) {
          double xj = xi[j];
          grad[j + 1] += r * xj;
          hess[0][j + 1] += v * xj;
          for (int l = j; l < p; l++) {
            hess[j + 1][l + 1] += v * xj * xi[l];
          }
        }
      }
      for (int j = 1; j < k; j++) {
        grad[j] -= lambda * w[j];
        hess[j][j] += lambda;
      }
      for (int a = 0; a < k; a++) {
        for (int b = a + 1; b < k; b++) {
          hess[b][a] = hess[a][b];
        }
      }
      RealVector step;
      try {
        RealMatrix h = new Array2DRowRealMatrix(hess, false);
        step = new CholeskyDecomposition(h, 1e-12, 1e-14).getSolver()
            .solve(new ArrayRealVector(grad, false));
      } catch (NonPositiveDefiniteMatrixException | SingularMatrixException e) {
        throw new IllegalArgumentException("logistic fit on rows [" + from + ", " + to
            + ") is degenerate (collinear features or separable classes); use lambda > 0", e);
      }
      double maxStep = 0;
      for (int j = 0; j < k; j++) {
        w[j] += step.getEntry(j);
        maxStep = Math.max(maxStep, Math.abs(step.getEntry(j)));
      }
      ArgChecker.isTrue(Double.isFinite(maxStep),
          "logistic fit on rows [%d, %d) diverges (separable classes?); use lambda > 0", from, to);
      converged = maxStep < TOLERANCE;
    }
    ArgChecker.isTrue(converged, "logistic fit on rows [%d, %d) did not converge in %d Newton "
        + "steps (separable classes?); use lambda > 0", from, to, MAX_ITERATIONS);
    double[] b = new double[p];
    System.arraycopy(w, 1, b, 0, p);
    return new LinearFit(w[0], b, true);
  }
}
