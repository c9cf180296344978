package dev.quantsdk.discovery.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {

  private static final double TOLERANCE = 1e-12;

  /** 1 - 5^(-(x - tau) / tau): 0 at tau, 0.8 at 2 tau, 0.96 at 3 tau. */
  @ParameterizedTest
  @CsvSource({"3.5, 3.5, 0.0", "7.0, 3.5, 0.8", "10.5, 3.5, 0.96", "6.0, 3.0, 0.8",
      "2.0, 3.5, 0.0", "4.0, 2.0, 0.8"})
  void exceedance_isZeroAtTheThresholdAndCriticalAtTwiceIt(double x, double tau, double expected) {
    assertThat(Severity.exceedance(x, tau)).isCloseTo(expected, within(TOLERANCE));
  }

  /** 1 / (1 + exp(-(d - 30) / (30 / ln 4))): exp(ln 4) = 4 gives 0.8 at d = 60. */
  @ParameterizedTest
  @CsvSource({"30, 0.5", "60, 0.8", "0, 0.0", "-5, 0.0", "90, 0.9411764705882353"})
  void lateDisclosure_isOneHalfAt30DaysAndCriticalAt60(long daysLate, double expected) {
    // at 90 days the exponent is -2 ln 4, so 1 / (1 + 1/16) = 16/17 = 0.941176...
    assertThat(Severity.lateDisclosure(daysLate)).isCloseTo(expected, within(TOLERANCE));
  }

  @ParameterizedTest
  @CsvSource({"0.3, 0.0", "0.5, 0.0", "0.75, 0.5", "0.9, 0.8", "1.0, 1.0"})
  void isolation_mapsScoreLinearlyAboveOneHalf(double score, double expected) {
    assertThat(Severity.isolation(score)).isCloseTo(expected, within(TOLERANCE));
  }

  @Test
  void everyMapping_isMonotoneAndWithinZeroOne() {
    double previousExceedance = 0;
    double previousLate = 0;
    double previousIsolation = 0;
    for (int k = 0; k <= 2000; k++) {
      double e = Severity.exceedance(k * 0.01, 3.5);
      double l = Severity.lateDisclosure(k);
      double s = Severity.isolation(k / 2000.0);
      assertThat(e).isBetween(previousExceedance, 1.0);
      assertThat(l).isBetween(previousLate, 1.0);
      assertThat(s).isBetween(previousIsolation, 1.0);
      previousExceedance = e;
      previousLate = l;
      previousIsolation = s;
    }
    assertThat(Severity.lateDisclosure(1)).isGreaterThan(0.2);
  }

  @Test
  void mappings_rejectBadArguments() {
    assertThatThrownBy(() -> Severity.exceedance(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Severity.isolation(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Severity.exceedance(Double.NaN, 1)).isZero();
  }
}
