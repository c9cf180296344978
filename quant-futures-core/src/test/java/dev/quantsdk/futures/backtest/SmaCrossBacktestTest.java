package dev.quantsdk.futures.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmaCrossBacktestTest {

  private static final double TOL = 1e-9;

  /** Ten bars: opens and closes (no settle, so p(t) = close). */
  private static final double[] OPEN = {100, 100, 101, 102, 101, 99, 98, 99, 101, 103};
  private static final double[] CLOSE = {100, 101, 102, 101, 99, 98, 99, 101, 103, 104};

  /** ES-like account: 1 contract, 50 USD/point, tick 0.25, 2.50 USD commission, 1 tick slippage. */
  private static final SmaCrossParams HAND = new SmaCrossParams(2, 3, SmaCrossParams.Mode.LONG_SHORT, 1, 50, 0.25,
      2.5, 1, 100_000, 252);

  private static SmaCrossColumns columns(double[] open, double[] price) {
    long[] times = new long[open.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = LocalDate.of(2020, 1, 1).toEpochDay() + i;
    }
    return SmaCrossColumns.of(TimeBase.EPOCH_DAY, times, open, price);
  }

  /*
   * By hand, fast 2 / slow 3 (SMAs exist from bar 1 / bar 2):
   *   t=2: fast (101+102)/2 = 101.5 > slow (100+101+102)/3 = 101     -> +1, buy 1 at t=3 open 102 + 0.25 = 102.25
   *   t=3: 101.5 > 101.333                                           -> +1, nothing
   *   t=4: fast 100 < slow 100.667                                   -> -1, sell 2 at t=5 open 99 - 0.25 = 98.75
   *   t=5: 98.5 < 99.333; t=6: 98.5 < 98.667                          -> -1, nothing
   *   t=7: fast 100 > slow 99.333                                    -> +1, buy 2 at t=8 open 101 + 0.25 = 101.25
   *   t=8, t=9: fast > slow                                          -> +1, nothing
   * Equity (capital 100,000):
   *   t=0..2: 100,000
   *   t=3: fill +1: (101 - 102.25) x 50 = -62.5, fee 2.5           -> 99,935
   *   t=4: held +1: (99 - 101) x 50 = -100                         -> 99,835
   *   t=5: held +1: (98 - 99) x 50 = -50; fill -2: -2 x (98 - 98.75) x 50 = +75, fee 5 -> 99,855
   *   t=6: held -1: -(99 - 98) x 50 = -50                          -> 99,805
   *   t=7: held -1: -(101 - 99) x 50 = -100                        -> 99,705
   *   t=8: held -1: -100; fill +2: 2 x (103 - 101.25) x 50 = +175, fee 5 -> 99,775
   *   t=9: held +1: +50                                            -> 99,825
   * Fees 12.5, net -175, gross -162.5. Round trips: long 102.25 -> 98.75: -175 - 5 = -180;
   * short 98.75 -> 101.25: -125 - 5 = -130. The long opened at 101.25 stays open.
   * Max drawdown: peak 100,000 to 99,705 = 295 USD = 0.295 %.
   */
  @Test
  void run_longShort_matchesHandComputedFillsAndEquity() {
    SmaCrossResult r = SmaCrossBacktest.run(columns(OPEN, CLOSE), HAND);

    assertThat(r.fills()).extracting(SmaCrossFill::bar).containsExactly(3, 5, 8);
    assertThat(r.fills()).extracting(SmaCrossFill::decisionBar).containsExactly(2, 4, 7);
    assertThat(r.fills()).extracting(SmaCrossFill::quantity).containsExactly(1, -2, 2);
    assertThat(r.fills()).extracting(SmaCrossFill::price).containsExactly(102.25, 98.75, 101.25);
    assertThat(r.fills()).extracting(SmaCrossFill::fee).containsExactly(2.5, 5.0, 5.0);
    assertThat(r.equity()).containsExactly(
        new double[] {100_000, 100_000, 100_000, 99_935, 99_835, 99_855, 99_805, 99_705, 99_775, 99_825},
        within(TOL));
    SmaCrossSummary s = r.summary();
    assertThat(s.fees()).isCloseTo(12.5, within(TOL));
    assertThat(s.netPnl()).isCloseTo(-175, within(TOL));
    assertThat(s.grossPnl()).isCloseTo(-162.5, within(TOL));
    assertThat(s.finalEquity()).isCloseTo(99_825, within(TOL));
    assertThat(s.firstFillBar()).hasValue(3);
    assertThat(s.lastFillBar()).hasValue(8);
    assertThat(r.roundTrips()).containsExactly(
        new SmaCrossRoundTrip(3, 5, 1, 102.25, 98.75, 5, -180),
        new SmaCrossRoundTrip(5, 8, -1, 98.75, 101.25, 5, -130));
    assertThat(r.roundTrips().get(1).points()).isCloseTo(-2.5, within(TOL));
    PerformanceMetrics.Result m = r.metrics();
    assertThat(m.maxDrawdown()).isCloseTo(295, within(TOL));
    assertThat(m.maxDrawdownPct()).isCloseTo(295.0 / 100_000, within(TOL));
    assertThat(m.trades()).isEqualTo(2);
    assertThat(m.winRate()).isZero();
    assertThat(m.profitFactor()).isZero();
    // position held at the close of bars 3..9
    assertThat(m.exposure()).isCloseTo(7.0 / 10, within(TOL));
    assertThat(m.turnover()).isCloseTo(5.0 / 10, within(TOL));
  }

  @Test
  void run_sharpe_isMeanOverSampleStdevOfBarReturnsAfterTheFirst_timesSqrt252() {
    double[] e = {100_000, 100_000, 100_000, 99_935, 99_835, 99_855, 99_805, 99_705, 99_775, 99_825};
    double[] returns = new double[e.length - 1];
    for (int t = 1; t < e.length; t++) {
      returns[t - 1] = e[t] / e[t - 1] - 1;
    }
    double expected = new Mean().evaluate(returns) / new StandardDeviation(true).evaluate(returns) * Math.sqrt(252);

    SmaCrossResult r = SmaCrossBacktest.run(columns(OPEN, CLOSE), HAND);

    assertThat(r.metrics().sharpe()).isCloseTo(expected, within(TOL));
  }

  /*
   * Long-only, same bars: buy 1 at 102.25 (t=3), sell 1 at 98.75 (t=5), buy 1 at 101.25 (t=8).
   *   t=3: 99,935; t=4: 99,835; t=5: -50, fill -1: -1 x (98 - 98.75) x 50 = +37.5, fee 2.5 -> 99,820
   *   t=6, t=7: flat 99,820; t=8: fill +1: (103 - 101.25) x 50 = 87.5, fee 2.5 -> 99,905; t=9: +50 -> 99,955
   */
  @Test
  void run_longOnly_goesFlatInsteadOfShort() {
    SmaCrossResult r = SmaCrossBacktest.run(columns(OPEN, CLOSE), HAND.withMode(SmaCrossParams.Mode.LONG_ONLY));

    assertThat(r.fills()).extracting(SmaCrossFill::quantity).containsExactly(1, -1, 1);
    assertThat(r.equity()).containsExactly(
        new double[] {100_000, 100_000, 100_000, 99_935, 99_835, 99_820, 99_820, 99_820, 99_905, 99_955},
        within(TOL));
    assertThat(r.summary().fees()).isCloseTo(7.5, within(TOL));
    assertThat(r.summary().netPnl()).isCloseTo(-45, within(TOL));
    assertThat(r.roundTrips()).containsExactly(new SmaCrossRoundTrip(3, 5, 1, 102.25, 98.75, 5, -180));
  }

  @Test
  void run_decisionOnTheLastBar_isNotFilled() {
    // cut the series after bar 7, whose decision (+1, a reversal) would fill at bar 8
    SmaCrossResult r = SmaCrossBacktest.run(columns(Arrays.copyOf(OPEN, 8), Arrays.copyOf(CLOSE, 8)), HAND);

    assertThat(r.fills()).extracting(SmaCrossFill::bar).containsExactly(3, 5);
    assertThat(r.roundTrips()).hasSize(1);
    assertThat(r.summary().finalEquity()).isCloseTo(99_705, within(TOL));
  }

  @Test
  void run_equalSmas_keepThePosition() {
    double[] price = {1, 2, 3, 2, 2, 2, 2};
    double[] open = {1, 1, 2, 3, 2, 2, 2};
    // t=2: 2.5 > 2 -> long, filled t=3; t=3: 2.5 > 2.333 long; t=4: 2 < 2.333 -> short (reversal at t=5);
    // t=5, t=6: fast 2 == slow 2 -> unchanged (short), so no further fill
    SmaCrossResult r = SmaCrossBacktest.run(columns(open, price), SmaCrossParams.es(2, 3));

    assertThat(r.fills()).extracting(SmaCrossFill::quantity).containsExactly(1, -2);
    assertThat(r.fills()).extracting(SmaCrossFill::bar).containsExactly(3, 5);
  }

  @Test
  void columns_priceIsTheSettle_orTheCloseWhereThereIsNone() {
    BarSeries bars = BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(LocalDate.of(2020, 1, 2), 10, 12, 9, 11, 11.5, 100, Double.NaN)
        .add(LocalDate.of(2020, 1, 3), 11, 13, 10, 12, Double.NaN, 100, Double.NaN)
        .build();

    SmaCrossColumns c = SmaCrossColumns.of(bars);

    assertThat(c.price(0)).isEqualTo(11.5);
    assertThat(c.price(1)).isEqualTo(12.0);
    assertThat(c.open(1)).isEqualTo(11.0);
  }

  @Test
  void run_fillPrices_areRoundedToTheTickAgainstTheTrader_thenSlipped() {
    // opens off the 0.25 grid: the buy's 102.1 rounds up to 102.25, + 1 tick = 102.5;
    // the sell's 98.9 rounds down to 98.75, - 1 tick = 98.5
    double[] open = OPEN.clone();
    open[3] = 102.1;
    open[5] = 98.9;

    SmaCrossResult r = SmaCrossBacktest.run(columns(open, CLOSE), HAND);

    assertThat(r.fills().get(0).price()).isEqualTo(102.5);
    assertThat(r.fills().get(1).price()).isEqualTo(98.5);
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 333, 1000, 1998})
  void run_changingOrAppendingBarsAfterT_changesNoDecisionUpToT(int t) {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 2000;
    double[][] a = randomWalk(rnd, n, 4000);
    SmaCrossParams params = new SmaCrossParams(10, 50, SmaCrossParams.Mode.LONG_SHORT, 2, 50, 0.25, 2.5, 1,
        100_000, 252);
    SmaCrossResult base = SmaCrossBacktest.run(columns(a[0], a[1]), params);

    // bars after t replaced by another walk, and the series extended by 500 bars
    double[][] tail = randomWalk(new SplittableRandom(t), n + 500 - t - 1, a[1][t]);
    double[] open2 = Arrays.copyOf(a[0], n + 500);
    double[] price2 = Arrays.copyOf(a[1], n + 500);
    System.arraycopy(tail[0], 0, open2, t + 1, tail[0].length);
    System.arraycopy(tail[1], 0, price2, t + 1, tail[1].length);
    SmaCrossResult changed = SmaCrossBacktest.run(columns(open2, price2), params);
    // and the series cut right after t
    SmaCrossResult cut = SmaCrossBacktest.run(columns(Arrays.copyOf(a[0], t + 1), Arrays.copyOf(a[1], t + 1)),
        params);

    List<SmaCrossFill> before = base.fills().stream().filter(f -> f.decisionBar() < t).toList();
    assertThat(before).isNotEmpty();
    assertThat(changed.fills().stream().filter(f -> f.decisionBar() < t).toList()).isEqualTo(before);
    assertThat(cut.fills()).isEqualTo(before);
    // the decision taken at t itself (its quantity) does not depend on bar t+1 either
    assertThat(changed.fills().stream().filter(f -> f.decisionBar() == t).map(SmaCrossFill::quantity).toList())
        .isEqualTo(base.fills().stream().filter(f -> f.decisionBar() == t).map(SmaCrossFill::quantity).toList());
    assertThat(Arrays.copyOf(changed.equity(), t + 1)).isEqualTo(Arrays.copyOf(base.equity(), t + 1));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void run_fusedMetrics_equalTheStableTwoPassMetricsOfItsEquityCurve(boolean steadyTrend) {
    // a random walk, and a steady up-trend (every return nearly the same: the raw power sums lose
    // digits there, so the kernel must take the stable pass)
    int n = 3000;
    double[][] a = randomWalk(new SplittableRandom(3), n, 4000);
    if (steadyTrend) {
      for (int i = 0; i < n; i++) {
        a[0][i] = 1000 + i;
        a[1][i] = 1000 + i;
      }
    }
    SmaCrossParams params = new SmaCrossParams(10, 50, SmaCrossParams.Mode.LONG_SHORT, 1, 50, 0.25, 2.5, 1,
        100_000, 252);

    SmaCrossResult r = SmaCrossBacktest.run(columns(a[0], a[1]), params);

    double[] pnl = r.roundTrips().stream().mapToDouble(SmaCrossRoundTrip::netPnl).toArray();
    PerformanceMetrics.Result twoPass = PerformanceMetrics.compute(r.equity(),
        PerformanceMetrics.Inputs.of(252, pnl, new double[0], r.summary().fees()));
    PerformanceMetrics.Result fused = r.metrics();
    double rel = 1e-7;
    assertThat(fused.sharpe()).isCloseTo(twoPass.sharpe(), within(Math.abs(twoPass.sharpe()) * rel));
    assertThat(fused.sortino()).isCloseTo(twoPass.sortino(), within(Math.abs(twoPass.sortino()) * rel + TOL));
    assertThat(fused.annualVolatility()).isCloseTo(twoPass.annualVolatility(), within(twoPass.annualVolatility() * rel));
    assertThat(fused.probabilisticSharpe()).isCloseTo(twoPass.probabilisticSharpe(), within(1e-6));
    assertThat(fused.maxDrawdown()).isEqualTo(twoPass.maxDrawdown());
    assertThat(fused.maxDrawdownPct()).isCloseTo(twoPass.maxDrawdownPct(), within(TOL));
    assertThat(fused.maxDrawdownBars()).isEqualTo(twoPass.maxDrawdownBars());
    assertThat(fused.cagr()).isEqualTo(twoPass.cagr());
    assertThat(Double.valueOf(fused.winRate())).isEqualTo(Double.valueOf(twoPass.winRate()));
  }

  @Test
  void params_rejectFastNotShorterThanSlow() {
    assertThatThrownBy(() -> SmaCrossParams.es(50, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fast window (50) must be shorter than slow window (50)");
  }

  @Test
  void run_rejectsASingleBar() {
    assertThatThrownBy(() -> SmaCrossBacktest.run(columns(new double[] {1}, new double[] {1}), SmaCrossParams.es(2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 bars");
  }

  /** Opens and prices of a random walk on the 0.25 grid: {open, price}. */
  static double[][] randomWalk(SplittableRandom rnd, int n, double start) {
    double[] open = new double[n];
    double[] price = new double[n];
    double p = start;
    for (int i = 0; i < n; i++) {
      open[i] = p + 0.25 * (rnd.nextInt(5) - 2);
      p = open[i] + 0.25 * (rnd.nextInt(41) - 20);
      price[i] = p;
    }
    return new double[][] {open, price};
  }
}
