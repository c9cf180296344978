package dev.quantsdk.futures.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

class RidgeRegressionTest {

  private static final double TOL = 1e-9;

  @Test
  void ols_equalsCommonsMathOls() {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 200;
    int p = 4;
    double[][] x = new double[n][p];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        x[i][j] = rnd.nextGaussian();
      }
      y[i] = 0.3 + 1.5 * x[i][0] - 2.0 * x[i][1] + 0.1 * x[i][3] + rnd.nextGaussian();
    }
    OLSMultipleLinearRegression peer = new OLSMultipleLinearRegression();
    peer.newSampleData(y, x);
    double[] expected = peer.estimateRegressionParameters(); // intercept first

    PredictiveModel.Fitted fit = RidgeRegression.ols().fit(x, y, 0, n);

    assertThat(fit.intercept()).isCloseTo(expected[0], within(TOL));
    for (int j = 0; j < p; j++) {
      assertThat(fit.coefficients()[j]).isCloseTo(expected[j + 1], within(TOL));
    }
  }

  /** One centred feature: b = sum(xc yc) / (sum(xc^2) + lambda), a = ybar - b xbar. */
  @Test
  void ridge_oneFeature_matchesClosedForm() {
    double[][] x = {{1}, {2}, {3}, {4}};
    double[] y = {2, 3, 5, 6};
    // xbar = 2.5, ybar = 4; sum xc yc = 1.5*2 + .5*1 + .5*1 + 1.5*2 = 7; sum xc^2 = 5
    double lambda = 2;
    double b = 7.0 / (5.0 + lambda);
    PredictiveModel.Fitted fit = new RidgeRegression(lambda).fit(x, y, 0, 4);
    assertThat(fit.coefficients()[0]).isCloseTo(b, within(TOL));
    assertThat(fit.intercept()).isCloseTo(4 - b * 2.5, within(TOL));
    assertThat(fit.predict(new double[] {10})).isCloseTo(4 - b * 2.5 + 10 * b, within(TOL));
  }

  @Test
  void fit_usesOnlyTheGivenRows() {
    double[][] x = {{1}, {2}, {3}, {4}, {100}};
    double[] y = {1, 2, 3, 4, -1000};
    PredictiveModel.Fitted fit = RidgeRegression.ols().fit(x, y, 0, 4);
    assertThat(fit.coefficients()[0]).isCloseTo(1.0, within(TOL));
    assertThat(fit.intercept()).isCloseTo(0.0, within(TOL));
  }

  @Test
  void ols_collinearFeatures_areRefusedWithAMessage() {
    double[][] x = {{1, 2}, {2, 4}, {3, 6}, {4, 8}};
    double[] y = {1, 2, 3, 5};
    assertThatThrownBy(() -> RidgeRegression.ols().fit(x, y, 0, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collinear");
  }

  @Test
  void fit_rejectsNonFiniteInput() {
    double[][] x = {{1}, {Double.NaN}, {3}};
    double[] y = {1, 2, 3};
    assertThatThrownBy(() -> RidgeRegression.ols().fit(x, y, 0, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x[1][0]");
  }
}
