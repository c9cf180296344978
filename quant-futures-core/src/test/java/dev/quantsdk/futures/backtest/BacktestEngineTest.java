package dev.quantsdk.futures.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.ContractMonth;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.io.ChrisCsvLoader;
import dev.quantsdk.futures.io.LeanFuturesLoader;
import dev.quantsdk.futures.roll.Adjustment;
import dev.quantsdk.futures.roll.ContinuousSeries;
import dev.quantsdk.futures.roll.ContractSeries;
import dev.quantsdk.futures.roll.RollRule;
import dev.quantsdk.futures.roll.RollSchedule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BacktestEngineTest {

  private static final double TOLERANCE = 1e-6;
  private static final double DAILY = 252;
  private static final ContractSpec ESZ13 = FuturesCatalogue.contract("ESZ2013");
  private static final ContractSpec ESH14 = FuturesCatalogue.contract("ESH2014");
  private static final ContractSpec ES = FuturesCatalogue.contract("ESZ2019");

  private static BarSeries es1;
  private static SortedMap<ContractMonth, ValidatedBars> lean;

  @BeforeAll
  static void load() {
    Path data = Path.of(System.getProperty("quant.data.dir"), "futures");
    es1 = ChrisCsvLoader.load(data.resolve("ES1_front_month_daily.csv"), ValidationPolicy.REPAIR).series();
    lean = LeanFuturesLoader.loadZips(data.resolve("lean/cme_daily_es_trade.zip"),
        data.resolve("lean/cme_daily_es_openinterest.zip"), LeanFuturesLoader.Options.defaults());
  }

  // ---------------------------------------------------------------- rolls

  /**
   * Long one contract from the second bar of the Lean ESZ13 series to the end of ESH14, rolled on
   * the volume crossover of 2013-12-13. The expected P&amp;L is computed from the two contracts' own
   * Lean bars, not from the continuous series: (ESZ13 close on the roll date − entry) × 50 +
   * (last ESH14 close − ESH14 close on the roll date) × 50 − 3 commissions − 2 roll slippages.
   */
  @Test
  void roll_holdingAcrossTheRoll_earnsTheRealContractsChangesWithoutTheRollGap() {
    BarSeries z = lean.get(ContractMonth.of(2013, 12)).series();
    BarSeries h = lean.get(ContractMonth.of(2014, 3)).series();
    ContinuousSeries series = ContinuousSeries.stitch(List.of(new ContractSeries(ESZ13, z),
        new ContractSeries(ESH14, h)), RollRule.volumeCrossover(), Adjustment.NONE);
    RollSchedule.Roll roll = series.schedule().rolls().get(0);
    LocalDate rollDate = LocalDate.of(2013, 12, 13);
    assertThat(roll.date()).isEqualTo(rollDate);

    BacktestResult r = BacktestEngine.run(InstrumentSeries.continuous("ES", series),
        new Scripted().at(0, Order.market(0, Side.BUY, 1)),
        ExecutionSimulator.Config.of(100_000, CostModel.of(1, 2.5)).withMargin(MarginModel.RECORD_ONLY), DAILY);

    long rollDay = TimeBase.EPOCH_DAY.of(rollDate);
    double zRoll = z.close(z.indexOf(rollDay));
    double zBefore = z.close(z.indexOf(rollDay) - 1);
    double hRoll = h.close(h.indexOf(rollDay));
    double hAfter = h.close(h.indexOf(rollDay) + 1);
    double hLast = h.close(h.size() - 1);
    double entry = z.open(1) + 0.25;
    assertThat(Math.abs(hRoll - zRoll)).as("the roll gap is material").isGreaterThan(5);

    List<Fill> fills = r.fills();
    assertThat(fills).extracting(Fill::kind).containsExactly(Fill.Kind.ORDER, Fill.Kind.ROLL_EXIT,
        Fill.Kind.ROLL_ENTRY);
    assertThat(fills.get(1).contract()).isEqualTo("ESZ2013");
    assertThat(fills.get(1).price()).isEqualTo(zRoll - 0.25);
    assertThat(fills.get(2).contract()).isEqualTo("ESH2014");
    assertThat(fills.get(2).price()).isEqualTo(hRoll + 0.25);
    assertThat(r.costs().rolls()).isEqualTo(1);
    assertThat(r.costs().rollCommission()).isEqualTo(5);
    assertThat(r.costs().rollSlippage()).isEqualTo(25);

    double[] equity = r.equity();
    int t = fills.get(1).step();
    assertThat(r.date(t)).isEqualTo(rollDate);
    // the roll day: the old contract's change, minus the two roll fills' costs (2 x 12.50 + 2 x 2.50)
    assertThat(equity[t] - equity[t - 1]).isCloseTo((zRoll - zBefore) * 50 - 30, within(TOLERANCE));
    // the next day: the new contract's change from its own roll-date close, no jump of the roll gap
    assertThat(equity[t + 1] - equity[t]).isCloseTo((hAfter - hRoll) * 50, within(TOLERANCE));
    assertThat(r.netPnl()).isCloseTo((zRoll - entry) * 50 + (hLast - hRoll) * 50 - 3 * 2.5 - 2 * 12.5,
        within(TOLERANCE));
    // one round trip, still open at the end: none closed
    assertThat(r.roundTrips()).isEmpty();
    assertThat(r.positions(0)[r.steps() - 1]).isEqualTo(1);
  }

  // ---------------------------------------------------------------- look-ahead

  /**
   * The sma-cross strategy on ES1 run on (a) the full file, (b) the file cut after bar t and (c) the
   * file with every bar after t rescaled: fills up to t, and the orders decided at t (filled at
   * t + 1), are identical in all three.
   */
  @ParameterizedTest(name = "t = {0}")
  @ValueSource(ints = {120, 2_000, 4_321})
  void lookAhead_changingOrAppendingBarsAfterT_changesNoDecisionUpToT(int t) {
    BarSeries cut = es1.slice(0, t + 1);
    BarSeries.Builder changed = BarSeries.builder(TimeBase.EPOCH_DAY);
    for (int i = 0; i < es1.size(); i++) {
      double f = i <= t ? 1 : 1 + 0.2 * Math.sin(i / 7.0);
      changed.add(es1.time(i), es1.open(i) * f, es1.high(i) * f, es1.low(i) * f, es1.close(i) * f,
          es1.settle(i) * f, es1.volume(i), es1.openInterest(i));
    }
    BacktestResult full = sma(es1);
    BacktestResult truncated = sma(cut);
    BacktestResult rescaled = sma(changed.build());
    List<Fill> upToT = full.fills().stream().filter(x -> x.step() <= t).toList();
    assertThat(upToT).isNotEmpty();
    assertThat(truncated.fills()).isEqualTo(upToT);
    assertThat(rescaled.fills().stream().filter(x -> x.step() <= t).toList()).isEqualTo(upToT);
    // the decision taken at t: same side and quantity at t + 1 whatever bar t + 1 looks like
    assertThat(rescaled.fills().stream().filter(x -> x.step() == t + 1).map(x -> x.side() + " " + x.quantity()))
        .isEqualTo(full.fills().stream().filter(x -> x.step() == t + 1).map(x -> x.side() + " " + x.quantity())
            .toList());
    double[] e = full.equity();
    double[] c = truncated.equity();
    for (int i = 0; i <= t; i++) {
      assertThat(c[i]).isEqualTo(e[i]);
    }
    // the rescaled future is a different future: the test has teeth
    assertThat(rescaled.fills()).isNotEqualTo(full.fills());
  }

  private static BacktestResult sma(BarSeries bars) {
    return BacktestEngine.run(InstrumentSeries.of(ES, bars), new MovingAverageCrossover(0, 10, 50, false, 1),
        ExecutionSimulator.Config.of(100_000, CostModel.of(1, 2.5)).withMargin(MarginModel.RECORD_ONLY), DAILY);
  }

  // ---------------------------------------------------------------- daily curve

  /** Hourly bars over two days: the daily curve keeps each date's last equity. */
  @Test
  void dailyEquity_isTheLastEquityOfEachDate() {
    ContractSpec es = ES.withMaintenanceMargin(0).withInitialMargin(0);
    long day = TimeBase.EPOCH_SECOND.of(LocalDate.of(2019, 6, 3));
    double[] close = {3000, 3001, 3002, 3004, 3003, 3001};
    long[] time = {day + 3_600, day + 7_200, day + 10_800, day + 86_400 + 3_600, day + 86_400 + 7_200,
        day + 86_400 + 10_800};
    BarSeries.Builder b = BarSeries.builder(TimeBase.EPOCH_SECOND);
    for (int i = 0; i < close.length; i++) {
      b.add(time[i], close[i], close[i], close[i], close[i], Double.NaN, 1, Double.NaN);
    }
    // long 1 from the second bar's open 3001: equity 100,000 + (close - 3001) x 50 from then on
    BacktestResult r = BacktestEngine.run(InstrumentSeries.of(es, b.build()),
        new Scripted().at(0, Order.market(0, Side.BUY, 1)), ExecutionSimulator.Config.of(100_000, CostModel.NONE),
        DAILY * 3);
    assertThat(r.dailyEquity()).containsExactly(
        new BacktestResult.DailyEquity(LocalDate.of(2019, 6, 3), 100_050),
        new BacktestResult.DailyEquity(LocalDate.of(2019, 6, 4), 100_000));
  }

  // ---------------------------------------------------------------- portfolio

  /**
   * ES (50 USD/point; margins 10,000 / 8,000) and NQ (20 USD/point; 12,000 / 10,000) on one
   * 25,000 USD account without costs. NQ has no bar on day 1. By hand:
   * <pre>
   * step 0: buy 1 ES, buy 1 NQ                                   equity 25,000
   * step 1: ES fills at 4000, marks 4010: +500; NQ no bar         25,500
   * step 2: ES 4020: +500; NQ fills 15000, marks 15050: +1,000    27,000
   *         buy 1 more NQ: initial 10,000 + 2 x 12,000 = 34,000 > 27,000 -> rejected
   *         (NQ alone: 24,000 would fit; the margin is shared)
   * step 3: ES 3900: -6,000; NQ 14800: -5,000                     16,000 < 8,000 + 10,000 -> margin call
   * step 4: ES 3890: -500, sold at the open 3890; NQ 14790: -200,
   *         sold at the open 14790                                15,300
   * </pre>
   */
  @Test
  void portfolio_twoInstrumentsShareOneAccountsMargin() {
    ContractSpec es = ES.withMaintenanceMargin(0).withInitialMargin(10_000).withMaintenanceMargin(8_000);
    ContractSpec nq = FuturesCatalogue.contract("NQZ2019").withMaintenanceMargin(0).withInitialMargin(12_000)
        .withMaintenanceMargin(10_000);
    LocalDate d = LocalDate.of(2019, 6, 3);
    BarSeries esBars = BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(d, 4000, 4000, 4000, 4000, Double.NaN, 1, Double.NaN)
        .add(d.plusDays(1), 4000, 4010, 4000, 4010, Double.NaN, 1, Double.NaN)
        .add(d.plusDays(2), 4010, 4020, 4010, 4020, Double.NaN, 1, Double.NaN)
        .add(d.plusDays(3), 4020, 4020, 3900, 3900, Double.NaN, 1, Double.NaN)
        .add(d.plusDays(4), 3890, 3890, 3890, 3890, Double.NaN, 1, Double.NaN).build();
    BarSeries nqBars = BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(d, 15000, 15000, 15000, 15000, Double.NaN, 1, Double.NaN)
        .add(d.plusDays(2), 15000, 15050, 15000, 15050, Double.NaN, 1, Double.NaN)
        .add(d.plusDays(3), 15050, 15050, 14800, 14800, Double.NaN, 1, Double.NaN)
        .add(d.plusDays(4), 14790, 14790, 14790, 14790, Double.NaN, 1, Double.NaN).build();
    Scripted script = new Scripted().at(0, Order.market(0, Side.BUY, 1), Order.market(1, Side.BUY, 1))
        .at(2, Order.market(1, Side.BUY, 1));
    BacktestResult r = BacktestEngine.run(List.of(InstrumentSeries.of(es, esBars), InstrumentSeries.of(nq, nqBars)),
        script, ExecutionSimulator.Config.of(25_000, CostModel.NONE), DAILY);

    assertThat(r.equity()).containsExactly(25_000, 25_500, 27_000, 16_000, 15_300);
    assertThat(r.positions(0)).containsExactly(0, 1, 1, 1, 0);
    assertThat(r.positions(1)).containsExactly(0, 0, 1, 1, 0);
    assertThat(r.rejections()).singleElement().satisfies(u -> assertThat(u.reason())
        .startsWith("initial margin 34000.00 USD for a position of 2 NQZ2019"));
    assertThat(r.marginCalls()).singleElement().satisfies(c -> {
      assertThat(c.step()).isEqualTo(3);
      assertThat(c.maintenanceRequirement()).isEqualTo(18_000);
    });
    assertThat(r.fills()).extracting(Fill::instrument, Fill::step, Fill::price, Fill::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 1, 4000.0, Fill.Kind.ORDER),
        org.assertj.core.groups.Tuple.tuple(1, 2, 15000.0, Fill.Kind.ORDER),
        org.assertj.core.groups.Tuple.tuple(0, 4, 3890.0, Fill.Kind.LIQUIDATION),
        org.assertj.core.groups.Tuple.tuple(1, 4, 14790.0, Fill.Kind.LIQUIDATION));
    // round trips: ES (3890 - 4000) x 50 = -5,500, NQ (14790 - 15000) x 20 = -4,200
    assertThat(r.roundTrips()).extracting(RoundTrip::netPnl).containsExactly(-5_500.0, -4_200.0);
    assertThat(r.metrics().trades()).isEqualTo(2);
  }
}
