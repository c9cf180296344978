package dev.quantsdk.discovery.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FisherGTest {

  /** Published critical values are given to 5 decimals. */
  private static final double TABLE_TOL = 5e-6;
  /** Relative agreement with exact rational arithmetic. */
  private static final Percentage EXACT = Percentage.withPercentage(1e-7);

  /** Issue oracle: N = 1000 (m = 499 ordinates), g = 0.0381 gives p of about 2.0e-6. */
  @Test
  void pValue_matchesTheIssueOracle_forN1000() {
    // exact value 1.980627784616876e-06 from Python's fractions.Fraction summing the series
    // exactly for the binary value of 0.0381 (m = 499)
    assertThat(FisherG.pValue(0.0381, 499)).isCloseTo(1.980627784616876e-06, EXACT);
    assertThat(FisherG.pValue(0.0381, 499)).isCloseTo(2.0e-6, within(0.05e-6));
  }

  /**
   * Critical values at alpha = 0.05 of Fisher's (1929) table, as quoted in the issue.
   */
  @ParameterizedTest
  @CsvSource({"10, 0.44495", "50, 0.13135", "100, 0.07378", "500, 0.01825"})
  void criticalValue_matchesFishersTable(int m, double expected) {
    assertThat(FisherG.criticalValue(0.05, m)).isCloseTo(expected, within(TABLE_TOL));
  }

  /**
   * Flat periodograms (g a few times 1/m) need the exact fallback: the alternating terms reach
   * 1e20 and more. Expected values from Python's fractions.Fraction, exact rational arithmetic.
   */
  @ParameterizedTest
  @CsvSource({
      "1000, 0.0055, 0.9868969917807233",
      "1000, 0.0065, 0.7837629437092533",
      "1000, 0.0075, 0.42319151739893424",
      "2000, 0.004, 0.488351945354773",
      "2000, 0.0035, 0.8427909443842979",
      "50, 0.06, 0.9682993356342371"})
  void pValue_isExact_forFlatPeriodograms(int m, double g, double expected) {
    assertThat(FisherG.pValue(g, m)).isCloseTo(expected, EXACT);
  }

  /** Closed forms: m = 2 gives P(G > x) = 2 (1 - x) for x >= 1/2; m = 3, x = 0.4 gives 3 0.6^2 - 3 0.2^2. */
  @Test
  void pValue_matchesClosedForms_forTinyM() {
    assertThat(FisherG.pValue(0.7, 2)).isCloseTo(0.6, within(1e-15));
    assertThat(FisherG.pValue(0.4, 3)).isCloseTo(0.96, within(1e-14));
  }

  @Test
  void pValue_isOneAtTheMinimumAndZeroAtTheMaximum() {
    assertThat(FisherG.pValue(0.1, 10)).isEqualTo(1.0);
    assertThat(FisherG.pValue(1.0, 10)).isEqualTo(0.0);
  }

  @Test
  void statistic_isMaxOverSum() {
    assertThat(FisherG.statistic(new double[] {1, 2, 5, 2})).isEqualTo(0.5);
  }

  @Test
  void statistic_rejectsNegativeAndAllZeroOrdinates() {
    assertThatThrownBy(() -> FisherG.statistic(new double[] {1, -2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ordinates[1]");
    assertThatThrownBy(() -> FisherG.statistic(new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("constant series");
  }

  @Test
  void criticalValue_rejectsBadLevels() {
    assertThatThrownBy(() -> FisherG.criticalValue(1.5, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
    assertThatThrownBy(() -> FisherG.pValue(0.5, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m (number of ordinates)");
  }
}
