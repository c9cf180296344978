package dev.quantsdk.futures.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

class PerformanceMetricsTest {

  private static final double TOL = 1e-12;

  private static final double[] EQUITY = {100, 110, 99, 120, 108};

  @Test
  void compute_drawdownAndReturns_handComputed() {
    PerformanceMetrics.Result r = PerformanceMetrics.compute(EQUITY,
        PerformanceMetrics.Inputs.of(4, new double[0], new double[0], 0));
    // peaks 110 -> 99 (11 USD, 10 %) and 120 -> 108 (12 USD, 10 %); each one bar under water
    assertThat(r.maxDrawdown()).isCloseTo(12, within(TOL));
    assertThat(r.maxDrawdownPct()).isCloseTo(0.10, within(TOL));
    assertThat(r.maxDrawdownBars()).isEqualTo(1);
    assertThat(r.totalReturn()).isCloseTo(0.08, within(TOL));
    // 4 bars a year and 4 return periods: CAGR = total return
    assertThat(r.cagr()).isCloseTo(0.08, within(TOL));
    assertThat(r.calmar()).isCloseTo(0.8, within(1e-9));
    assertThat(r.trades()).isZero();
    assertThat(r.winRate()).isNaN();
    assertThat(r.exposure()).isNaN();
  }

  @Test
  void compute_sharpeAndVolatility_matchCommonsMath() {
    double[] returns = {0.1, -0.1, 120.0 / 99 - 1, 108.0 / 120 - 1};
    double mean = new Mean().evaluate(returns);
    double sd = new StandardDeviation(true).evaluate(returns);
    PerformanceMetrics.Result r = PerformanceMetrics.compute(EQUITY,
        PerformanceMetrics.Inputs.of(252, new double[0], new double[0], 0));
    assertThat(r.sharpe()).isCloseTo(mean / sd * Math.sqrt(252), within(1e-9));
    assertThat(r.annualVolatility()).isCloseTo(sd * Math.sqrt(252), within(1e-9));
    double downside = Math.sqrt((0.01 + 0.01) / 4); // two losing bars of -10 %
    assertThat(r.sortino()).isCloseTo(mean / downside * Math.sqrt(252), within(1e-9));
  }

  @Test
  void compute_tradeStatistics_handComputed() {
    double[] pnl = {100, -50, 200, -25, 0};
    double[] pos = {0, 1, 1, -1, 0};
    PerformanceMetrics.Result r = PerformanceMetrics.compute(EQUITY,
        PerformanceMetrics.Inputs.of(252, pnl, pos, 12.5));
    assertThat(r.trades()).isEqualTo(5);
    assertThat(r.winRate()).isCloseTo(0.4, within(TOL));
    assertThat(r.profitFactor()).isCloseTo(4.0, within(TOL));
    assertThat(r.expectancy()).isCloseTo(45.0, within(TOL));
    assertThat(r.averageWin()).isCloseTo(150.0, within(TOL));
    assertThat(r.averageLoss()).isCloseTo(-37.5, within(TOL));
    assertThat(r.exposure()).isCloseTo(0.6, within(TOL));
    assertThat(r.turnover()).isCloseTo(0.8, within(TOL)); // 0 + 1 + 0 + 2 + 1 contracts / 5 bars
    assertThat(r.fees()).isEqualTo(12.5);
  }

  /**
   * PSR uses the population skewness and kurtosis of the returns. The reference converts
   * commons-math3's bias-corrected sample statistics back to population moments:
   * g1 = G1 (n - 2) / sqrt(n (n - 1)); g2 = (G2 (n - 2)(n - 3) / (n - 1) - 6) / (n + 1).
   */
  @Test
  void compute_psrAndDsr_useTheReturnsMoments() {
    SplittableRandom rnd = new SplittableRandom(5);
    int n = 2000;
    double[] equity = new double[n];
    double[] returns = new double[n - 1];
    equity[0] = 1_000_000;
    for (int t = 1; t < n; t++) {
      double r = 0.0004 + 0.01 * rnd.nextGaussian() + (rnd.nextDouble() < 0.01 ? -0.04 : 0);
      returns[t - 1] = r;
      equity[t] = equity[t - 1] * (1 + r);
    }
    int m = returns.length;
    double bigG1 = new Skewness().evaluate(returns);
    double bigG2 = new Kurtosis().evaluate(returns);
    double g1 = bigG1 * (m - 2) / Math.sqrt((double) m * (m - 1));
    double g2 = (bigG2 * (m - 2) * (m - 3) / (m - 1) - 6) / (m + 1);
    double sr = new Mean().evaluate(returns) / new StandardDeviation(true).evaluate(returns);

    PerformanceMetrics.Result r = PerformanceMetrics.compute(equity,
        new PerformanceMetrics.Inputs(252, new double[0], new double[0], 0, 50, 0.0004));

    // per-bar returns recomputed from equity differ from the generating ones by rounding only
    assertThat(r.probabilisticSharpe()).isCloseTo(
        SharpeStatistics.probabilisticSharpe(sr, 0, m, g1, g2 + 3), within(1e-6));
    assertThat(r.deflatedSharpe()).isCloseTo(
        SharpeStatistics.deflatedSharpe(sr, m, g1, g2 + 3, 50, 0.0004), within(1e-6));
    assertThat(r.deflatedSharpe()).isLessThan(r.probabilisticSharpe());
  }

  @Test
  void compute_rejectsShortOrBadCurves() {
    assertThatThrownBy(() -> PerformanceMetrics.compute(new double[] {100},
        PerformanceMetrics.Inputs.of(252, new double[0], new double[0], 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
    assertThatThrownBy(() -> PerformanceMetrics.compute(new double[] {100, Double.NaN},
        PerformanceMetrics.Inputs.of(252, new double[0], new double[0], 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equity[1]");
    assertThatThrownBy(() -> PerformanceMetrics.compute(EQUITY,
        PerformanceMetrics.Inputs.of(252, new double[0], new double[] {1, 2}, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positions");
  }
}
