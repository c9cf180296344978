package dev.quantsdk.discovery.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneralizedEsdTest {

  /** NIST prints R_i and lambda_i to 3 decimals. */
  private static final double PUBLISHED_ROUNDING = 1.5e-3;
  private static final double VALUE_TOLERANCE = 1e-12;

  private static double[] rosner;
  private static GeneralizedEsd.Result result;

  @BeforeAll
  static void runOnRosnersData() throws IOException {
    Path file = Path.of(System.getProperty("quant.data.dir"), "oracles", "rosner_1983_gesd.txt");
    rosner = Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty())
        .mapToDouble(Double::parseDouble).toArray();
    result = GeneralizedEsd.of(10, 0.05).test(rosner);
  }

  @Test
  void test_findsExactlyThreeOutliers_inRosnersData() {
    assertThat(rosner).hasSize(54);
    assertThat(result.outlierCount()).isEqualTo(3);
    assertThat(result.outlierValues()).containsExactly(new double[] {6.01, 5.42, 5.34},
        within(VALUE_TOLERANCE));
  }

  @Test
  void test_step1DoesNotExceedButStep3Does_asRosnerReports() {
    GeneralizedEsd.Step first = result.steps().get(0);
    GeneralizedEsd.Step third = result.steps().get(2);

    assertThat(first.statistic()).isCloseTo(3.119, within(PUBLISHED_ROUNDING));
    assertThat(first.criticalValue()).isCloseTo(3.159, within(PUBLISHED_ROUNDING));
    assertThat(first.exceedsCriticalValue()).isFalse();
    assertThat(third.statistic()).isCloseTo(3.179, within(PUBLISHED_ROUNDING));
    assertThat(third.criticalValue()).isCloseTo(3.144, within(PUBLISHED_ROUNDING));
    assertThat(third.exceedsCriticalValue()).isTrue();
  }

  /** The full table of NIST e-Handbook section 1.3.5.17.3 (R_i, lambda_i). */
  @ParameterizedTest
  @CsvSource({
      "1, 3.118, 3.158", "2, 2.942, 3.151", "3, 3.179, 3.144", "4, 2.810, 3.136",
      "5, 2.815, 3.128", "6, 2.848, 3.120", "7, 2.279, 3.112", "8, 2.310, 3.103",
      "9, 2.101, 3.094", "10, 2.067, 3.085"})
  void test_matchesNistTable(int step, double statistic, double criticalValue) {
    GeneralizedEsd.Step s = result.steps().get(step - 1);

    assertThat(s.step()).isEqualTo(step);
    assertThat(s.statistic()).isCloseTo(statistic, within(PUBLISHED_ROUNDING));
    assertThat(s.criticalValue()).isCloseTo(criticalValue, within(PUBLISHED_ROUNDING));
  }

  @Test
  void detect_returnsTheIndicesOfTheThreeLargestValues() {
    // the file lists the values ascending, so the outliers are its last three rows
    assertThat(GeneralizedEsd.of(10, 0.05).detect(rosner).outlierIndices())
        .containsExactly(51, 52, 53);
  }

  @Test
  void test_rejectsTooSmallSamplesAndBadAlpha() {
    assertThatThrownBy(() -> GeneralizedEsd.of(3, 0.05).test(new double[] {1, 2, 3, 4, 5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 5 values");
    assertThatThrownBy(() -> GeneralizedEsd.of(3, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
  }
}
