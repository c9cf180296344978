package dev.quantsdk.futures.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SharpeStatisticsTest {

  private static final double TOL = 1e-9;

  /**
   * The numerical example of Bailey and López de Prado, "The Deflated Sharpe Ratio" (2014):
   * annualised SR 2.5 over 1,250 daily returns (250 a year), skewness -3, kurtosis 10, selected
   * from 100 trials whose annualised Sharpe ratios have variance 0.5. The paper reports
   * DSR = 0.9004, with the threshold SR0 ≈ 0.1132 per day (1.7894 annualised).
   */
  @Test
  void deflatedSharpe_reproducesThePapersExample() {
    double sr = 2.5 / Math.sqrt(250);
    double variance = 0.5 / 250;
    assertThat(SharpeStatistics.expectedMaxSharpe(100, variance)).isCloseTo(0.1132, within(1e-4));
    assertThat(SharpeStatistics.deflatedSharpe(sr, 1250, -3, 10, 100, variance))
        .isCloseTo(0.9004, within(1e-4));
  }

  /**
   * PSR(0) of SR = 0.1 over 100 normal returns: Phi(0.1 sqrt(99) / sqrt(1 + 0.5 * 0.01)).
   * Reference value from Python's statistics.NormalDist().cdf: 0.8395254171844497.
   */
  @Test
  void probabilisticSharpe_normalReturns_matchesClosedForm() {
    assertThat(SharpeStatistics.probabilisticSharpe(0.1, 0, 100, 0, 3))
        .isCloseTo(0.8395254171844497, within(TOL));
  }

  @Test
  void expectedMaxSharpe_singleTrial_isZero() {
    assertThat(SharpeStatistics.expectedMaxSharpe(1, 0.3)).isZero();
  }

  @Test
  void probabilisticSharpe_rejectsTooFewReturns() {
    assertThatThrownBy(() -> SharpeStatistics.probabilisticSharpe(0.1, 0, 1, 0, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
  }
}
