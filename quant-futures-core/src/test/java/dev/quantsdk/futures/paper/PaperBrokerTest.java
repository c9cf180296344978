package dev.quantsdk.futures.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.backtest.BacktestEngine;
import dev.quantsdk.futures.backtest.BacktestResult;
import dev.quantsdk.futures.backtest.CostModel;
import dev.quantsdk.futures.backtest.ExecutionListener;
import dev.quantsdk.futures.backtest.ExecutionSimulator;
import dev.quantsdk.futures.backtest.Fill;
import dev.quantsdk.futures.backtest.InstrumentSeries;
import dev.quantsdk.futures.backtest.MarginModel;
import dev.quantsdk.futures.backtest.MovingAverageCrossover;
import dev.quantsdk.futures.backtest.Order;
import dev.quantsdk.futures.backtest.OrderStatus;
import dev.quantsdk.futures.backtest.OrderUpdate;
import dev.quantsdk.futures.backtest.Position;
import dev.quantsdk.futures.backtest.Side;
import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossFill;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.backtest.Strategy;
import dev.quantsdk.futures.bar.BarSeries;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaperBrokerTest {

  private static final ContractSpec ES = FuturesCatalogue.contract("ESZ2019");
  private static final double CAPITAL = 100_000;

  private static BarSeries es1;

  @BeforeAll
  static void load() {
    es1 = ChrisCsvLoader.load(Path.of(System.getProperty("quant.data.dir"), "futures",
        "ES1_front_month_daily.csv"), ValidationPolicy.REPAIR).series();
  }

  private static ExecutionSimulator.Config config(SmaCrossParams p) {
    return ExecutionSimulator.Config.of(p.capital(), CostModel.of(p.slippageTicks(), p.commission()))
        .withMargin(MarginModel.RECORD_ONLY);
  }

  /**
   * ES1 through the paper broker and through the backtest engine with the sma-cross strategy (10/50,
   * 1 contract, 50 USD/point, tick 0.25, 2.50 commission, 1 tick slippage), and through the
   * independent columnar kernel {@link SmaCrossBacktest}: the same fills (date, side, quantity,
   * price, fee) and the same final equity, to the last bit.
   */
  @ParameterizedTest
  @EnumSource(SmaCrossParams.Mode.class)
  void replayES1_reproducesTheEnginesAndTheKernelsFillsExactly(SmaCrossParams.Mode mode) {
    SmaCrossParams params = new SmaCrossParams(10, 50, mode, 1, 50, 0.25, 2.5, 1, CAPITAL, 252);
    InMemoryPaperTradingStore store = new InMemoryPaperTradingStore();
    PaperBroker broker = new PaperBroker(List.of(ES), config(params), MovingAverageCrossover.of(params), store);
    int steps = broker.replay(List.of(InstrumentSeries.of(ES, es1)));
    BacktestResult engine = BacktestEngine.run(InstrumentSeries.of(ES, es1), MovingAverageCrossover.of(params),
        config(params), 252);
    SmaCrossResult kernel = SmaCrossBacktest.run(es1, params);

    assertThat(steps).isEqualTo(es1.size());
    assertThat(store.fills()).isEqualTo(engine.fills());
    assertThat(broker.equity()).isEqualTo(engine.finalEquity());

    List<SmaCrossFill> expected = kernel.fills();
    List<Fill> actual = store.fills();
    assertThat(actual).hasSize(expected.size());
    assertThat(expected).hasSizeGreaterThan(100);
    for (int k = 0; k < expected.size(); k++) {
      SmaCrossFill e = expected.get(k);
      Fill a = actual.get(k);
      assertThat(a.time()).as("fill %d date", k).isEqualTo(e.time());
      assertThat(a.signedQuantity()).as("fill %d quantity", k).isEqualTo(e.quantity());
      assertThat(a.price()).as("fill %d price", k).isEqualTo(e.price());
      assertThat(a.commission()).as("fill %d fee", k).isEqualTo(e.fee());
    }
    assertThat(broker.equity()).isEqualTo(kernel.summary().finalEquity());
    assertThat(engine.equity()).containsExactly(kernel.equity());
    assertThat(engine.roundTrips()).hasSize(kernel.roundTrips().size());
    assertThat(broker.marginCalls()).isEmpty();
  }

  /**
   * A continuous ES series stitched from the Lean per-contract files of ESZ13 and ESH14 (the
   * sample's Oct-Dec 2013 bars; volume crossover roll on 2013-12-13): the broker's replay gives
   * the engine's fills, roll fills included.
   */
  @Test
  void replayContinuousSeries_reproducesTheEnginesFillsIncludingRolls() {
    SortedMap<ContractMonth, ValidatedBars> lean =
        LeanFuturesLoader.loadZips(
            Path.of(System.getProperty("quant.data.dir"), "futures", "lean", "cme_daily_es_trade.zip"),
            Path.of(System.getProperty("quant.data.dir"), "futures", "lean", "cme_daily_es_openinterest.zip"),
            LeanFuturesLoader.Options.defaults());
    List<ContractSeries> contracts = new ArrayList<>();
    lean.forEach((month, bars) -> {
      if (month.equals(ContractMonth.of(2013, 12))
          || month.equals(ContractMonth.of(2014, 3))) {
        contracts.add(new ContractSeries(FuturesCatalogue.ES.contract(month),
            bars.series()));
      }
    });
    InstrumentSeries series = InstrumentSeries.continuous("ES", ContinuousSeries.stitch(
        contracts, RollRule.volumeCrossover(), Adjustment.NONE));
    ExecutionSimulator.Config config = ExecutionSimulator.Config.of(CAPITAL, CostModel.of(1, 2.5))
        .withMargin(MarginModel.RECORD_ONLY);
    InMemoryPaperTradingStore store = new InMemoryPaperTradingStore();
    PaperBroker broker = new PaperBroker(List.of(series.firstContract()), config,
        new MovingAverageCrossover(0, 3, 8, false, 1), store);
    broker.replay(List.of(series));
    BacktestResult engine = BacktestEngine.run(series, new MovingAverageCrossover(0, 3, 8, false, 1), config, 252);

    assertThat(series.schedule().rolls()).hasSize(1);
    assertThat(store.fills()).isEqualTo(engine.fills());
    assertThat(store.fills()).extracting(Fill::kind).contains(Fill.Kind.ROLL_EXIT, Fill.Kind.ROLL_ENTRY);
    assertThat(broker.equity()).isEqualTo(engine.finalEquity());
  }

  @Test
  void lifecycle_isPersistedAndHeardByListeners() {
    InMemoryPaperTradingStore store = new InMemoryPaperTradingStore();
    PaperBroker broker = new PaperBroker(List.of(ES), ExecutionSimulator.Config.of(CAPITAL, CostModel.of(1, 2.5)),
        Strategy.NONE, store);
    List<String> heard = new ArrayList<>();
    broker.addListener(new ExecutionListener() {
      @Override
      public void onOrderUpdate(OrderUpdate update) {
        heard.add(update.orderId() + " " + update.status());
      }

      @Override
      public void onFill(Fill fill, Position position) {
        heard.add("fill " + fill.orderId() + " " + fill.price() + " -> " + position.quantity());
      }
    });
    broker.onBar(1, 100, 101, 99, 100, 100, 1000);
    long market = broker.submit(Order.market(0, Side.BUY, 2));
    long limit = broker.submit(Order.limit(0, Side.SELL, 1, 110));
    long tooBig = broker.submit(Order.market(0, Side.BUY, 100));
    broker.onBar(2, 102, 103, 101, 102.5, 102.5, 1000);
    assertThat(broker.cancel(limit)).isTrue();
    broker.onBar(3, 103, 112, 102, 111, 111, 1000);

    // the market order filled at 102 + 0.25; the cancelled limit would have traded through 110 on bar 3
    assertThat(store.order(market).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
    assertThat(store.order(limit).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    OrderUpdate rejected = store.order(tooBig).orElseThrow();
    assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
    assertThat(rejected.reason()).contains("initial margin").contains("exceeds equity");
    assertThat(store.history()).extracting(OrderUpdate::status).containsExactly(
        OrderStatus.NEW, OrderStatus.WORKING, OrderStatus.NEW, OrderStatus.WORKING, OrderStatus.NEW,
        OrderStatus.REJECTED, OrderStatus.FILLED, OrderStatus.CANCELLED);
    assertThat(store.fills()).singleElement().satisfies(f -> assertThat(f.price()).isEqualTo(102.25));
    assertThat(store.positions()).singleElement().satisfies(p -> {
      assertThat(p.quantity()).isEqualTo(2);
      assertThat(p.averagePrice()).isEqualTo(102.25);
    });
    assertThat(heard).contains("fill 1 102.25 -> 2", "2 CANCELLED");
    // 2 x (111 - 102.25) x 50 - 2 x 2.50
    assertThat(broker.equity()).isEqualTo(CAPITAL + 875 - 5);
    assertThat(broker.position(0).quantity()).isEqualTo(2);
  }

  @Test
  void onBar_onAPortfolioAccount_isAStateError() {
    PaperBroker broker = new PaperBroker(List.of(ES, FuturesCatalogue.contract("NQZ2019")),
        ExecutionSimulator.Config.of(CAPITAL, CostModel.NONE), Strategy.NONE, PaperTradingStore.discarding());
    assertThatThrownBy(() -> broker.onBar(1, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("beginStep");
    broker.beginStep(1);
    broker.bar(0, 100, 100, 100, 100, 100, 1);
    broker.bar(1, 200, 200, 200, 200, 200, 1);
    broker.endStep();
    assertThat(broker.equity()).isEqualTo(CAPITAL);
  }
}
