package dev.quantsdk.futures.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModelMetricsTest {

  private static final double TOL = 1e-12;

  /**
   * Hand count: positives score {0.8, 0.4, 0.35}, negatives {0.1, 0.4, 0.2}. Of the 9
   * positive/negative pairs the positive ranks higher in 7 (0.8 beats all 3; 0.4 beats 0.1 and
   * 0.2 and ties 0.4; 0.35 beats 0.1 and 0.2) plus one tie counted 1/2: AUC = 7.5 / 9.
   */
  @Test
  void auc_handCountedPairs_withTie() {
    double[] score = {0.8, 0.1, 0.4, 0.4, 0.35, 0.2};
    double[] label = {1, 0, 1, 0, 1, 0};
    assertThat(ModelMetrics.auc(score, label)).isCloseTo(7.5 / 9, within(TOL));
  }

  @Test
  void auc_oneClass_isNaN() {
    assertThat(ModelMetrics.auc(new double[] {0.1, 0.2}, new double[] {1, 1})).isNaN();
  }

  @Test
  void outOfSampleR2_handComputed() {
    double[] y = {1, 2, 3};
    double[] pred = {1, 2, 4};
    double[] bench = {2, 2, 2};
    // SSE = 1, SSE_bench = 1 + 0 + 1 = 2
    assertThat(ModelMetrics.outOfSampleR2(y, pred, bench)).isCloseTo(0.5, within(TOL));
  }

  @Test
  void hitRate_regressionIgnoresZeroOutcomes_classificationUsesHalf() {
    assertThat(ModelMetrics.hitRate(new double[] {1, -1, 0, 2}, new double[] {0.5, 0.5, 9, 1},
        false)).isCloseTo(2.0 / 3, within(TOL));
    assertThat(ModelMetrics.hitRate(new double[] {1, 0, 1, 0}, new double[] {0.7, 0.2, 0.4, 0.5},
        true)).isCloseTo(0.5, within(TOL));
  }

  @Test
  void logLoss_closedForm() {
    // -(ln 0.8 + ln 0.6) / 2
    assertThat(ModelMetrics.logLoss(new double[] {1, 0}, new double[] {0.8, 0.4}))
        .isCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, within(TOL));
  }

  @Test
  void rmse_handComputed() {
    assertThat(ModelMetrics.rmse(new double[] {0, 0}, new double[] {3, 4}))
        .isCloseTo(Math.sqrt(12.5), within(TOL));
  }
}
