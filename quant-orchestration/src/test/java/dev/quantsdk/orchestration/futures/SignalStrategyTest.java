package dev.quantsdk.orchestration.futures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.futures.backtest.BacktestEngine;
import dev.quantsdk.futures.backtest.BacktestResult;
import dev.quantsdk.futures.backtest.CostModel;
import dev.quantsdk.futures.backtest.ExecutionSimulator;
import dev.quantsdk.futures.backtest.Fill;
import dev.quantsdk.futures.backtest.InstrumentSeries;
import dev.quantsdk.futures.backtest.Side;
import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossFill;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.indicator.Indicators;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.signal.Signals;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalStrategyTest {

  /**
   * The facade's sma_cross signal (decided at each close, as the signals step computes it) traded
   * through SignalStrategy in the order-based engine gives the exact fills and equity of the
   * sma-cross kernel, an independent implementation of the same rule, on ES1 with costs.
   */
  @Test
  void engineRunOfTheCrossoverSignal_equalsTheSmaCrossKernel_onEs1() {
    BarSeries bars = SampleData.source().load("ES1").bars().series();
    SmaCrossParams params = SmaCrossParams.es(20, 100).withCosts(2.5, 1);
    double[] price = SmaCrossColumns.of(bars).prices();
    int[] decisions = Signals.crossover(Indicators.sma(price, 20), Indicators.sma(price, 100))
        .decisions();

    BacktestResult engine = BacktestEngine.run(
        InstrumentSeries.of(FuturesCatalogue.contract("ESZ2019"), bars),
        new SignalStrategy(decisions, 1),
        ExecutionSimulator.Config.of(params.capital(), CostModel.of(1, 2.5)), 252);
    SmaCrossResult kernel = SmaCrossBacktest.run(bars, params);

    List<Fill> fills = engine.fills();
    List<SmaCrossFill> expected = kernel.fills();
    assertThat(fills).hasSize(expected.size()).hasSizeGreaterThan(20);
    for (int i = 0; i < fills.size(); i++) {
      Fill f = fills.get(i);
      SmaCrossFill k = expected.get(i);
      assertThat(f.step()).as("fill %d", i).isEqualTo(k.bar());
      assertThat(f.side() == Side.BUY ? f.quantity() : -f.quantity()).isEqualTo(k.quantity());
      assertThat(f.price()).isEqualTo(k.price());
      assertThat(f.commission()).isEqualTo(k.fee());
    }
    assertThat(engine.equity()).containsExactly(kernel.equity());
  }
}
