package dev.quantsdk.futures.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  private static final double TOL = 1e-8;

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /**
   * With one binary feature the maximum-likelihood fit is closed-form: the intercept is the
   * log-odds of y in the x = 0 group and the slope is the log-odds ratio between the groups.
   */
  @Test
  void fit_binaryFeature_matchesClosedFormLogOdds() {
    // x = 0: 3 ones of 10 (p0 = 0.3); x = 1: 8 ones of 10 (p1 = 0.8)
    double[][] x = new double[20][1];
    double[] y = new double[20];
    for (int i = 0; i < 10; i++) {
      x[i][0] = 0;
      y[i] = i < 3 ? 1 : 0;
      x[10 + i][0] = 1;
      y[10 + i] = i < 8 ? 1 : 0;
    }
    PredictiveModel.Fitted fit = new LogisticRegression(0).fit(x, y, 0, 20);
    assertThat(fit.intercept()).isCloseTo(logit(0.3), within(TOL));
    assertThat(fit.coefficients()[0]).isCloseTo(logit(0.8) - logit(0.3), within(TOL));
    assertThat(fit.predict(new double[] {1})).isCloseTo(0.8, within(TOL));
  }

  @Test
  void fit_separableData_withoutPenalty_isRefused_withPenalty_fits() {
    double[][] x = {{-2}, {-1}, {1}, {2}};
    double[] y = {0, 0, 1, 1};
    assertThatThrownBy(() -> new LogisticRegression(0).fit(x, y, 0, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lambda > 0");
    PredictiveModel.Fitted fit = new LogisticRegression(1.0).fit(x, y, 0, 4);
    assertThat(fit.predict(new double[] {2})).isGreaterThan(0.5);
    assertThat(fit.predict(new double[] {-2})).isLessThan(0.5);
  }

  @Test
  void fit_rejectsNonBinaryTargetAndSingleClass() {
    assertThatThrownBy(() -> new LogisticRegression(0).fit(new double[][] {{1}, {2}},
        new double[] {0, 2}, 0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[1]");
    assertThatThrownBy(() -> new LogisticRegression(0).fit(new double[][] {{1}, {2}},
        new double[] {1, 1}, 0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single class");
  }
}
