package dev.quantsdk.futures.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WalkForwardExperimentTest {

  private static double[][] features(int n, SplittableRandom rnd) {
    double[][] x = new double[n][2];
    for (int i = 0; i < n; i++) {
      x[i][0] = rnd.nextGaussian();
      x[i][1] = rnd.nextGaussian();
    }
    return x;
  }

  @Test
  void run_realSignal_isDeploymentReady() {
    SplittableRandom rnd = new SplittableRandom(11);
    int n = 600;
    double[][] x = features(n, rnd);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = 0.8 * x[i][0] + rnd.nextGaussian();
    }
    WalkForwardExperiment.Result r = WalkForwardExperiment.run(new RidgeRegression(1.0), x, y,
        WalkForward.rolling(200, 50, 1, 1));

    assertThat(r.modelName()).isEqualTo("ridge");
    assertThat(r.folds()).isEqualTo(8);
    assertThat(r.outOfSample()).isEqualTo(398);
    // population R^2 of this signal is 0.64 / 1.64 = 0.39; out of sample it stays well above 0
    assertThat(r.metrics().get("r2_oos")).isGreaterThan(0.25);
    assertThat(r.deploymentReady()).isTrue();
    assertThat(r.parameters()).containsEntry("lambda", 1.0).containsEntry("purge", 1);
    // rows before the first test window are never predicted
    assertThat(r.predictions()[201]).isNaN();
    assertThat(r.predictions()[202]).isFinite();
  }

  @Test
  void run_pureNoise_isNotDeploymentReady() {
    SplittableRandom rnd = new SplittableRandom(12);
    int n = 600;
    double[][] x = features(n, rnd);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = rnd.nextGaussian();
    }
    WalkForwardExperiment.Result r = WalkForwardExperiment.run(RidgeRegression.ols(), x, y,
        WalkForward.rolling(200, 50, 0, 0));
    assertThat(r.metrics().get("r2_oos")).isLessThan(0.0);
    assertThat(r.deploymentReady()).isFalse();
  }

  @Test
  void run_classification_recordsAucAndBaseline() {
    SplittableRandom rnd = new SplittableRandom(13);
    int n = 800;
    double[][] x = features(n, rnd);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double p = LinearFit.sigmoid(1.5 * x[i][0]);
      y[i] = rnd.nextDouble() < p ? 1 : 0;
    }
    WalkForwardExperiment.Result r = WalkForwardExperiment.run(new LogisticRegression(0.1), x, y,
        WalkForward.anchored(200, 100, 0, 0));
    assertThat(r.metrics()).containsKeys("auc", "log_loss", "naive_log_loss", "hit_rate");
    assertThat(r.metrics().get("auc")).isGreaterThan(0.75);
    assertThat(r.metrics().get("log_loss")).isLessThan(r.metrics().get("naive_log_loss"));
    assertThat(r.deploymentReady()).isTrue();
  }

  /** Look-ahead guard: changing every row after t changes no prediction at or before t. */
  @Test
  void run_predictionsUpToT_doNotDependOnLaterData() {
    SplittableRandom rnd = new SplittableRandom(14);
    int n = 400;
    double[][] x = features(n, rnd);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = 0.5 * x[i][1] + rnd.nextGaussian();
    }
    WalkForward scheme = WalkForward.rolling(100, 25, 2, 3);
    double[] base = WalkForwardExperiment.run(RidgeRegression.ols(), x, y, scheme).predictions();
    int t = 260;
    double[][] x2 = new double[n][];
    double[] y2 = y.clone();
    for (int i = 0; i < n; i++) {
      x2[i] = x[i].clone();
      if (i > t) {
        x2[i][0] += 100;
        y2[i] = -y2[i] * 7;
      }
    }
    double[] changed = WalkForwardExperiment.run(RidgeRegression.ols(), x2, y2, scheme)
        .predictions();
    for (int i = 0; i <= t; i++) {
      assertThat(Double.doubleToLongBits(changed[i])).as("row %d", i)
          .isEqualTo(Double.doubleToLongBits(base[i]));
    }
  }

  @Test
  void run_tooFewRows_isRefused() {
    assertThatThrownBy(() -> WalkForwardExperiment.run(RidgeRegression.ols(),
        new double[][] {{1}, {2}}, new double[] {1, 2}, WalkForward.rolling(5, 5, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too few");
  }
}
