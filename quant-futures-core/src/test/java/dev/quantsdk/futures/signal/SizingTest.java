package dev.quantsdk.futures.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SizingTest {

  /**
   * The closed form floor(target / (ATR x multiplier x sqrt(bars per year))), min max, by hand:
   * sqrt(252) = 15.8745079; 100,000 / (40 x 50 x 15.8745079) = 3.1497 -> 3;
   * sqrt(256) = 16 exactly: 64,000 / (20 x 50 x 16) = 4 exactly, with ATR 20.001 just below 4 -> 3.
   */
  @ParameterizedTest(name = "target {0}, ATR {1}, multiplier {2}, {3} bars/year, max {4} -> {5}")
  @CsvSource({
      "100000, 40,     50, 252, 100, 3",
      "64000,  20,     50, 256, 100, 4",
      "64000,  20.001, 50, 256, 100, 3",
      "64000,  20,     50, 256, 2,   2",
      "1000,   40,     50, 252, 100, 0",
      "64000,  0,      50, 256, 100, 0",
      "64000,  NaN,    50, 256, 100, 0",
      "64000,  -1,     50, 256, 100, 0",
  })
  void volatilityTargetContracts_matchesTheClosedForm(double target, double atr, double multiplier,
      double barsPerYear, int max, int expected) {
    assertThat(Sizing.volatilityTargetContracts(target, atr, multiplier, barsPerYear, max)).isEqualTo(expected);
    assertThat(Sizing.volatilityTarget(target, new double[] {atr}, multiplier, barsPerYear, max).contractsAt(0))
        .isEqualTo(expected);
  }

  @Test
  void fixed_isTheSameAtEveryBar() {
    assertThat(Sizing.fixed(2).contractsAt(0)).isEqualTo(2);
    assertThat(Sizing.fixed(2).contractsAt(10_000)).isEqualTo(2);
    assertThat(Sizing.fixed(2).size()).isEmpty();
  }

  @Test
  void factories_rejectBadParameters() {
    assertThatThrownBy(() -> Sizing.fixed(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contracts");
    assertThatThrownBy(() -> Sizing.volatilityTarget(0, new double[1], 50, 252, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetAnnualUsd");
    assertThatThrownBy(() -> Sizing.volatilityTarget(1000, new double[1], 50, 252, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxContracts");
  }
}
