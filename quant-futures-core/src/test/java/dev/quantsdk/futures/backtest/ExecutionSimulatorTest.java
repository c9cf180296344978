package dev.quantsdk.futures.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fill semantics, costs, margin and lifecycle on hand-built bars. Every expected price and equity
 * below is worked out by hand in the comments (ES: 50 USD per point, tick 0.25 = 12.50 USD).
 */
class ExecutionSimulatorTest {

  private static final double TOLERANCE = 1e-9;
  private static final double CAPITAL = 100_000;
  private static final ContractSpec ES = FuturesCatalogue.contract("ESZ2019").withMaintenanceMargin(0)
      .withInitialMargin(0);
  private static final CostModel ONE_TICK_2_50 = CostModel.of(1, 2.5);

  /** Bar 0 is the decision bar; orders submitted at its close work from bar 1. */
  private static final double[][] BARS = {
      {100, 101, 99, 100},
      {102, 104, 101, 103},
      {101.75, 102, 100.5, 101},
  };

  private static Scripted.Recorder run(double[][] bars, ExecutionSimulator.Config config, Scripted script,
      ContractSpec spec) {
    Scripted.Recorder rec = new Scripted.Recorder();
    ExecutionSimulator sim = new ExecutionSimulator(List.of(spec), config, script, rec);
    for (int t = 0; t < bars.length; t++) {
      double[] b = bars[t];
      sim.beginStep(t);
      sim.bar(0, b[0], b[1], b[2], b[3], b[3], b.length > 4 ? b[4] : Double.NaN);
      sim.endStep();
    }
    return rec;
  }

  private static Scripted.Recorder run(Scripted script) {
    return run(BARS, ExecutionSimulator.Config.of(CAPITAL, ONE_TICK_2_50), script, ES);
  }

  // ---------------------------------------------------------------- order types

  @Test
  void market_decidedAtClose_fillsAtNextOpenPlusOneTick() {
    Scripted.Recorder rec = run(new Scripted().at(0, Order.market(0, Side.BUY, 1)));
    // bar 1 open 102 + 1 tick 0.25
    assertThat(rec.fills).singleElement().satisfies(f -> {
      assertThat(f.step()).isEqualTo(1);
      assertThat(f.price()).isEqualTo(102.25);
      assertThat(f.commission()).isEqualTo(2.5);
      assertThat(f.slippage()).isEqualTo(12.5);
    });
  }

  @Test
  void market_sameBarCloseOptIn_fillsAtTheDecisionBarsClose() {
    Scripted.Recorder rec = run(BARS, ExecutionSimulator.Config.of(CAPITAL, ONE_TICK_2_50)
        .withFillModel(FillModel.SAME_BAR_CLOSE), new Scripted().at(0, Order.market(0, Side.SELL, 1)), ES);
    // bar 0 close 100 - 1 tick
    assertThat(rec.fills).singleElement().satisfies(f -> {
      assertThat(f.step()).isEqualTo(0);
      assertThat(f.price()).isEqualTo(99.75);
    });
  }

  // Bar 1: open 102, high 104, low 101. Bar 2: open 101.75, high 102, low 100.5.
  @ParameterizedTest(name = "{0} {1} limit {2} stop {3} -> step {4} price {5}")
  @CsvSource({
      // limit below the open, traded through intrabar: fills at the limit, no slippage
      "LIMIT, BUY, 101.5, NaN, 1, 101.5",
      // limit equal to the low: touched, not traded through -> waits; bar 2 low 100.5 < 101, opens above
      "LIMIT, BUY, 101, NaN, 2, 101",
      // limit above the open: marketable at the open, fills at the open
      "LIMIT, BUY, 103, NaN, 1, 102",
      // sell limit 103.5 < high 104: fills at the limit
      "LIMIT, SELL, 103.5, NaN, 1, 103.5",
      // sell limit at the high 104: touched only, never traded through
      "LIMIT, SELL, 104, NaN, -1, NaN",
      // buy stop 103 inside the range: triggers at 103, + 1 tick
      "STOP, BUY, NaN, 103, 1, 103.25",
      // buy stop 101 below the open 102: gapped through, fills at the open + 1 tick
      "STOP, BUY, NaN, 101, 1, 102.25",
      // sell stop 101.5: low 101 touches it, fills at 101.5 - 1 tick
      "STOP, SELL, NaN, 101.5, 1, 101.25",
      // buy stop 105 above the high of both bars: never triggers
      "STOP, BUY, NaN, 105, -1, NaN",
      // stop-limit buy stop 103 limit 103.5: triggered at 103 <= limit, fills at 103 without slippage
      "STOP_LIMIT, BUY, 103.5, 103, 1, 103",
      // stop-limit buy stop 101 limit 101.5: opens at 102 above the limit -> rests as limit 101.5;
      // bar 2 (open 101.75, low 100.5) trades through 101.5 -> fills at 101.5
      "STOP_LIMIT, BUY, 101.5, 101, 2, 101.5",
  })
  void orderTypes_fillByTheDocumentedIntrabarRules(OrderType type, Side side, double limit, double stop,
      int step, double price) {
    Order order = new Order(0, side, 1, type, limit, stop, 0);
    Scripted.Recorder rec = run(new Scripted().at(0, order));
    if (step < 0) {
      assertThat(rec.fills).isEmpty();
      assertThat(rec.last(1).status()).isEqualTo(OrderStatus.WORKING);
    } else {
      assertThat(rec.fills).singleElement().satisfies(f -> {
        assertThat(f.step()).isEqualTo(step);
        assertThat(f.price()).isEqualTo(price);
      });
      assertThat(rec.last(1).status()).isEqualTo(OrderStatus.FILLED);
    }
  }

  @Test
  void stop_gapThroughOvernight_fillsAtTheOpenNotAtTheStop() {
    double[][] bars = {{100, 100, 100, 100}, {100, 101, 99, 100}, {95, 96, 94, 95}};
    Scripted script = new Scripted().at(0, Order.market(0, Side.BUY, 1))
        .at(1, Order.stop(0, Side.SELL, 1, 98));
    Scripted.Recorder rec = run(bars, ExecutionSimulator.Config.of(CAPITAL, ONE_TICK_2_50), script, ES);
    // the stop at 98 is gapped through by the open at 95: 95 - 0.25, not 98 - 0.25
    assertThat(rec.fills.get(1).price()).isEqualTo(94.75);
    assertThat(rec.fills.get(1).step()).isEqualTo(2);
  }

  @Test
  void bracket_stopAndTargetInOneBar_resolvesStopFirstAndCancelsTheTarget() {
    double[][] bars = {{100, 100, 100, 100}, {100, 101, 99.5, 100}, {100, 106, 98, 103}};
    Scripted script = new Scripted().at(0, Order.market(0, Side.BUY, 1))
        .at(1, Order.stop(0, Side.SELL, 1, 99).withOcoGroup(7), Order.limit(0, Side.SELL, 1, 105).withOcoGroup(7));
    Scripted.Recorder rec = run(bars, ExecutionSimulator.Config.of(CAPITAL, ONE_TICK_2_50), script, ES);
    // bar 2 spans both 99 (stop) and 105 (target); pessimistic: the stop fills at 99 - 0.25
    assertThat(rec.fills).hasSize(2);
    assertThat(rec.fills.get(1).price()).isEqualTo(98.75);
    assertThat(rec.fills.get(1).side()).isEqualTo(Side.SELL);
    OrderUpdate target = rec.last(script.ids.get(2));
    assertThat(target.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(target.reason()).contains("OCO");
  }

  // ---------------------------------------------------------------- costs

  @ParameterizedTest(name = "{0} at raw {1}, {2} ticks -> {3}")
  @CsvSource({
      // open 102.1 is off the 0.25 grid: a buy rounds up to 102.25, a sell down to 102.0
      "BUY, 102.1, 0, 102.25",
      "SELL, 102.1, 0, 102.0",
      // then slippage in ticks against the trader
      "BUY, 102.1, 1, 102.5",
      "SELL, 102.1, 2, 101.5",
      // on the grid: unchanged, then slippage
      "BUY, 102.0, 3, 102.75",
  })
  void market_offTickOpen_isRoundedAgainstTheTraderThenSlipped(Side side, double open, int ticks, double price) {
    double[][] bars = {{100, 100, 100, 100}, {open, open + 1, open - 1, open}};
    Scripted.Recorder rec = run(bars, ExecutionSimulator.Config.of(CAPITAL, CostModel.of(ticks, 0)),
        new Scripted().at(0, Order.market(0, side, 1)), ES);
    assertThat(rec.fills.get(0).price()).isEqualTo(price);
    assertThat(rec.fills.get(0).slippage()).isEqualTo(ticks * 12.5);
  }

  @Test
  void commission_isPerContractPerFill_andEquityIsMarkedToTheClose() {
    Scripted.Recorder rec = run(new Scripted().at(0, Order.market(0, Side.BUY, 3)));
    // 3 x 2.50; equity after bar 1: 3 x (103 - 102.25) x 50 - 7.5 = 112.5 - 7.5 = +105
    assertThat(rec.fills.get(0).commission()).isEqualTo(7.5);
    Scripted.Recorder rec2 = new Scripted.Recorder();
    ExecutionSimulator sim = new ExecutionSimulator(List.of(ES), ExecutionSimulator.Config.of(CAPITAL,
        ONE_TICK_2_50), new Scripted().at(0, Order.market(0, Side.BUY, 3)), rec2);
    step(sim, 0, BARS[0]);
    step(sim, 1, BARS[1]);
    assertThat(sim.equity()).isCloseTo(CAPITAL + 105, within(TOLERANCE));
    // bar 2 close 101: 3 x (101 - 103) x 50 = -300
    step(sim, 2, BARS[2]);
    assertThat(sim.equity()).isCloseTo(CAPITAL + 105 - 300, within(TOLERANCE));
    assertThat(sim.costs().commission()).isEqualTo(7.5);
    assertThat(sim.costs().slippage()).isEqualTo(37.5);
  }

  @Test
  void limitPriceOffTheGrid_isRoundedInTheConservativeDirection() {
    // buy limit 101.6 -> 101.5 (never pays more than asked), bar 1 low 101 trades through it
    Scripted.Recorder rec = run(new Scripted().at(0, Order.limit(0, Side.BUY, 1, 101.6)));
    assertThat(rec.fills.get(0).price()).isEqualTo(101.5);
  }

  // ---------------------------------------------------------------- margin

  /** ES with initial 10,000 and maintenance 8,000 USD per contract. */
  private static final ContractSpec ES_MARGINED = ES.withInitialMargin(10_000).withMaintenanceMargin(8_000);

  @Test
  void marginCall_belowMaintenance_isRecordedAndLiquidatesAtTheNextOpen() {
    double[][] bars = {
        {3000, 3000, 3000, 3000},
        {3000, 3005, 2990, 2995},
        {2990, 2992, 2910, 2915},
        {2905, 2930, 2900, 2925},
        {2925, 2930, 2920, 2925},
    };
    Scripted script = new Scripted().at(0, Order.market(0, Side.BUY, 1)).at(2, Order.market(0, Side.BUY, 1));
    Scripted.Recorder rec = new Scripted.Recorder();
    ExecutionSimulator sim = new ExecutionSimulator(List.of(ES_MARGINED),
        ExecutionSimulator.Config.of(12_000, CostModel.NONE), script, rec);
    for (int t = 0; t < bars.length; t++) {
      step(sim, t, bars[t]);
      if (t == 1) {
        // long 1 from 3000: 12,000 + (2995 - 3000) x 50 = 11,750 >= 8,000
        assertThat(sim.equity()).isEqualTo(11_750);
        assertThat(rec.calls).isEmpty();
      }
      if (t == 3) {
        // sold at the open 2905: 12,000 + (2905 - 3000) x 50 = 7,250
        assertThat(sim.equity()).isEqualTo(7_250);
      }
    }
    // close of bar 2: 12,000 + (2915 - 3000) x 50 = 7,750 < 8,000
    assertThat(rec.calls).singleElement().satisfies(c -> {
      assertThat(c.step()).isEqualTo(2);
      assertThat(c.equity()).isEqualTo(7_750);
      assertThat(c.maintenanceRequirement()).isEqualTo(8_000);
      assertThat(c.reason()).isEqualTo(MarginCall.Reason.MAINTENANCE_BREACH);
      assertThat(c.liquidating()).isTrue();
    });
    Fill liquidation = rec.fills.get(1);
    assertThat(liquidation.kind()).isEqualTo(Fill.Kind.LIQUIDATION);
    assertThat(liquidation.step()).isEqualTo(3);
    assertThat(liquidation.price()).isEqualTo(2905);
    assertThat(liquidation.side()).isEqualTo(Side.SELL);
    // the order submitted at the call's close is rejected, with the reason
    assertThat(rec.last(script.ids.get(1)).status()).isEqualTo(OrderStatus.REJECTED);
    assertThat(rec.last(script.ids.get(1)).reason()).contains("margin call");
    assertThat(sim.position(0)).isZero();
  }

  @Test
  void marginCall_recordOnly_keepsThePosition() {
    double[][] bars = {{3000, 3000, 3000, 3000}, {3000, 3000, 3000, 3000}, {2990, 2992, 2910, 2915},
        {2905, 2930, 2900, 2925}};
    Scripted.Recorder rec = run(bars, ExecutionSimulator.Config.of(12_000, CostModel.NONE)
            .withMargin(new MarginModel(true, MarginModel.Action.RECORD_ONLY)),
        new Scripted().at(0, Order.market(0, Side.BUY, 1)), ES_MARGINED);
    assertThat(rec.calls).singleElement().satisfies(c -> assertThat(c.liquidating()).isFalse());
    assertThat(rec.fills).hasSize(1);
  }

  @Test
  void initialMargin_orderThatDoesNotFit_isRejectedWithTheReason() {
    Scripted script = new Scripted().at(0, Order.market(0, Side.BUY, 2), Order.market(0, Side.BUY, 1));
    Scripted.Recorder rec = run(BARS, ExecutionSimulator.Config.of(12_000, CostModel.NONE), script, ES_MARGINED);
    // 2 x 10,000 = 20,000 > 12,000; 1 x 10,000 fits
    OrderUpdate rejected = rec.last(script.ids.get(0));
    assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
    assertThat(rejected.reason()).isEqualTo("initial margin 20000.00 USD for a position of 2 ESZ2019 "
        + "(10000.00 per contract, with the other open positions) exceeds equity 12000.00");
    assertThat(rec.last(script.ids.get(1)).status()).isEqualTo(OrderStatus.FILLED);
    assertThat(rec.updates.stream().filter(u -> u.orderId() == script.ids.get(0)).map(OrderUpdate::status))
        .containsExactly(OrderStatus.NEW, OrderStatus.REJECTED);
  }

  @Test
  void initialMargin_reducingOrder_passesWithEquityBelowInitialMargin() {
    double[][] bars = {{100, 100, 100, 100}, {100, 100, 60, 60}, {60, 61, 59, 60}};
    Scripted script = new Scripted().at(0, Order.market(0, Side.BUY, 1)).at(1, Order.market(0, Side.SELL, 1));
    // close of bar 1: 10,500 + (60 - 100) x 50 = 8,500: below the 10,000 initial margin, above the 8,000
    // maintenance; the sell only reduces the position, so it is not checked against initial margin
    Scripted.Recorder rec = run(bars, ExecutionSimulator.Config.of(10_500, CostModel.NONE), script, ES_MARGINED);
    assertThat(rec.calls).isEmpty();
    assertThat(rec.fills).hasSize(2);
    assertThat(rec.last(script.ids.get(1)).status()).isEqualTo(OrderStatus.FILLED);
  }

  @Test
  void equityAtOrBelowZero_stopsTrading() {
    double[][] bars = {{3000, 3000, 3000, 3000}, {3000, 3000, 3000, 3000}, {2990, 2990, 2870, 2880},
        {2875, 2880, 2870, 2875}, {2875, 2880, 2870, 2875}};
    Scripted script = new Scripted().at(0, Order.market(0, Side.BUY, 1)).at(3, Order.market(0, Side.BUY, 1));
    Scripted.Recorder rec = run(bars, ExecutionSimulator.Config.of(5_000, CostModel.NONE)
        .withMargin(MarginModel.RECORD_ONLY), script, ES);
    // close of bar 2: 5,000 + (2880 - 3000) x 50 = -1,000 <= 0
    assertThat(rec.calls).singleElement().satisfies(c -> {
      assertThat(c.reason()).isEqualTo(MarginCall.Reason.EQUITY_EXHAUSTED);
      assertThat(c.equity()).isEqualTo(-1_000);
      assertThat(c.step()).isEqualTo(2);
    });
    // liquidated at bar 3's open 2875, later orders rejected
    assertThat(rec.fills.get(1).kind()).isEqualTo(Fill.Kind.LIQUIDATION);
    assertThat(rec.fills.get(1).price()).isEqualTo(2875);
    assertThat(rec.last(script.ids.get(1)).reason()).startsWith("trading stopped");
    assertThat(rec.fills).hasSize(2);
  }

  // ---------------------------------------------------------------- lifecycle

  @Test
  void participationCap_fillsPartiallyAcrossBars() {
    double[][] bars = {{100, 100, 100, 100, 25}, {100, 101, 99, 100, 25}, {100, 101, 99, 100, 25},
        {100, 101, 99, 100, 25}};
    Scripted script = new Scripted().at(0, Order.market(0, Side.BUY, 5));
    Scripted.Recorder rec = run(bars, ExecutionSimulator.Config.of(CAPITAL, CostModel.NONE).withMaxParticipation(0.1),
        script, ES);
    // floor(25 x 0.1) = 2 contracts per bar: 2, 2, 1
    assertThat(rec.fills).extracting(Fill::quantity).containsExactly(2, 2, 1);
    assertThat(rec.updates).extracting(OrderUpdate::status).containsExactly(OrderStatus.NEW,
        OrderStatus.WORKING, OrderStatus.PARTIALLY_FILLED, OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED);
    assertThat(rec.updates).extracting(OrderUpdate::filledQuantity).containsExactly(0, 0, 2, 4, 5);
  }

  @Test
  void cancel_removesAWorkingOrder() {
    Scripted.Recorder rec = new Scripted.Recorder();
    ExecutionSimulator sim = new ExecutionSimulator(List.of(ES), ExecutionSimulator.Config.of(CAPITAL,
        CostModel.NONE), Strategy.NONE, rec);
    step(sim, 0, BARS[0]);
    long id = sim.submit(Order.limit(0, Side.BUY, 1, 90));
    assertThat(sim.cancel(id)).isTrue();
    step(sim, 1, BARS[1]);
    assertThat(rec.last(id).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(sim.cancel(id)).isFalse();
  }

  @Test
  void reversal_isOneFill_andClosesTheRoundTrip() {
    double[][] bars = {{100, 100, 100, 100}, {100, 100, 100, 100}, {110, 110, 110, 110}, {104, 104, 104, 104}};
    Scripted script = new Scripted().at(0, Order.market(0, Side.BUY, 1)).at(1, Order.market(0, Side.SELL, 2))
        .at(2, Order.market(0, Side.BUY, 1));
    Scripted.Recorder rec = new Scripted.Recorder();
    ExecutionSimulator sim = new ExecutionSimulator(List.of(ES), ExecutionSimulator.Config.of(CAPITAL,
        CostModel.of(0, 2.5)), script, rec);
    for (int t = 0; t < bars.length; t++) {
      step(sim, t, bars[t]);
    }
    // long 100 -> 110: +500 gross, fees 2.5 + 2.5 (half of the reversal's 5.0); short 110 -> 104: +300, 2.5 + 2.5
    assertThat(sim.roundTrips()).hasSize(2);
    assertThat(sim.roundTrips().get(0).grossPnl()).isCloseTo(500, within(TOLERANCE));
    assertThat(sim.roundTrips().get(0).fees()).isCloseTo(5, within(TOLERANCE));
    assertThat(sim.roundTrips().get(1).direction()).isEqualTo(Side.SELL);
    assertThat(sim.roundTrips().get(1).netPnl()).isCloseTo(295, within(TOLERANCE));
    assertThat(sim.equity()).isCloseTo(CAPITAL + 500 + 300 - 10, within(TOLERANCE));
  }

  @Test
  void bar_outsideAStep_isAnError() {
    ExecutionSimulator sim = new ExecutionSimulator(List.of(ES), ExecutionSimulator.Config.of(CAPITAL,
        CostModel.NONE), Strategy.NONE, new Scripted.Recorder());
    assertThatThrownBy(() -> sim.bar(0, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalStateException.class);
    sim.beginStep(5);
    assertThatThrownBy(() -> sim.bar(1, 1, 1, 1, 1, 1, 1)).hasMessageContaining("instrument 1 is not in [0, 1)");
    sim.endStep();
    assertThatThrownBy(() -> sim.beginStep(5)).hasMessageContaining("does not advance");
  }

  private static void step(ExecutionSimulator sim, int t, double[] b) {
    sim.beginStep(t);
    sim.bar(0, b[0], b[1], b[2], b[3], b[3], b.length > 4 ? b[4] : Double.NaN);
    sim.endStep();
  }
}
