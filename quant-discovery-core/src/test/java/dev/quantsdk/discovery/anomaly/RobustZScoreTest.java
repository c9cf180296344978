package dev.quantsdk.discovery.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RobustZScoreTest {

  private static final double TOLERANCE = 1e-4;

  @Test
  void scores_of100Among1To4_is65point4265() {
    // median 3, MAD = median(2, 1, 0, 1, 97) = 1, so z = 0.6745 * 97 / 1 = 65.4265 (issue 3 oracle)
    double[] z = RobustZScore.scores(new double[] {1, 2, 3, 4, 100});

    assertThat(z[4]).isCloseTo(65.4265, within(TOLERANCE));
    assertThat(z[0]).isCloseTo(-1.349, within(TOLERANCE));
    assertThat(z[2]).isZero();
  }

  @Test
  void detect_flagsOnlyTheValueBeyond3point5() {
    OutlierTest.Result result = RobustZScore.standard().detect(new double[] {1, 2, 3, 4, 100});

    assertThat(result.outlierIndices()).containsExactly(4);
  }

  @Test
  void scores_fallBackToMeanAbsoluteDeviation_whenMadIsZero() {
    // median 5, MAD 0; MeanAD = (0 + 0 + 0 + 0 + 4) / 5 = 0.8; z = 4 / (1.253314 * 0.8) = 3.989423
    double[] z = RobustZScore.scores(new double[] {5, 5, 9, 5, 5});

    assertThat(z[2]).isCloseTo(3.989423, within(TOLERANCE));
    assertThat(z[0]).isZero();
  }

  @Test
  void scores_useTheScaleFloor_whenTheDataScaleIsSmaller() {
    // the fallback scale is 1.253314 * 0.8 = 1.00265 < 2, so z = (9 - 5) / 2
    assertThat(RobustZScore.scores(new double[] {5, 5, 9, 5, 5}, 2.0)[2])
        .isCloseTo(2.0, within(TOLERANCE));
    // a floor below the MAD scale changes nothing: 65.4265 as without a floor
    assertThat(RobustZScore.scores(new double[] {1, 2, 3, 4, 100}, 0.5)[4])
        .isCloseTo(65.4265, within(TOLERANCE));
  }

  @Test
  void scores_areAllZero_whenEveryValueIsEqual() {
    assertThat(RobustZScore.scores(new double[] {7, 7, 7})).containsExactly(0, 0, 0);
  }

  @Test
  void withThreshold_changesWhatIsAnOutlier() {
    // z of -1.349 for the value 1 in {1, 2, 3, 4, 100}
    assertThat(RobustZScore.withThreshold(1.3).detect(new double[] {1, 2, 3, 4, 100})
        .outlierIndices()).containsExactly(0, 4);
  }

  @Test
  void scores_rejectNonFiniteAndEmptyInput() {
    assertThatThrownBy(() -> RobustZScore.scores(new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[1]");
    assertThatThrownBy(() -> RobustZScore.scores(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RobustZScore.withThreshold(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
