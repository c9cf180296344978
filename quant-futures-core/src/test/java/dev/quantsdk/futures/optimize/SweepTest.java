package dev.quantsdk.futures.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.bar.TimeBase;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SweepTest {

  private static final double TOL = 1e-12;
  private static final SmaCrossParams BASE = new SmaCrossParams(1, 2, SmaCrossParams.Mode.LONG_SHORT, 1, 50, 0.25,
      2.5, 1, 100_000, 252);

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  /** A seeded random walk on the 0.25 grid, with a drift so that some windows earn. */
  static SmaCrossColumns walk(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] times = new long[n];
    double[] open = new double[n];
    double[] price = new double[n];
    double p = 3000;
    for (int i = 0; i < n; i++) {
      times[i] = 18_000 + i;
      open[i] = p + 0.25 * (rnd.nextInt(5) - 2);
      p = open[i] + 0.25 * (rnd.nextInt(41) - 20 + (i / 250 % 2 == 0 ? 1 : -1));
      price[i] = p;
    }
    return SmaCrossColumns.of(TimeBase.EPOCH_DAY, times, open, price);
  }

  @Test
  void run_oneThreadAndFourThreads_giveIdenticalResults() {
    SmaCrossColumns cols = walk(3000, 11);
    SmaCrossGrid grid = new SmaCrossGrid(ParameterRange.parse("2:40:2"), ParameterRange.parse("10:120:10"), BASE);

    SweepResult serial = Sweep.run(cols, grid, Objective.SHARPE, Runnable::run);
    SweepResult parallel = Sweep.run(cols, grid, Objective.SHARPE, pool);

    assertThat(parallel.combinations()).isEqualTo(serial.combinations());
    assertThat(parallel.best()).isEqualTo(serial.best());
    assertThat(parallel.deflatedSharpe()).isEqualTo(serial.deflatedSharpe());
  }

  @Test
  void run_reportsEveryValidCombinationInParameterOrder_andCountsTheSkipped() {
    SmaCrossColumns cols = walk(800, 3);
    // fast 10, 20, 30 x slow 20, 30: valid (10,20), (10,30), (20,30); skipped (20,20), (30,20), (30,30)
    SmaCrossGrid grid = new SmaCrossGrid(ParameterRange.parse("10:30:10"), ParameterRange.parse("20:30:10"), BASE);

    SweepResult r = Sweep.run(cols, grid, Objective.SHARPE, pool);

    assertThat(r.combinations()).extracting(s -> s.params().fast() + "/" + s.params().slow())
        .containsExactly("10/20", "10/30", "20/30");
    assertThat(r.skipped()).isEqualTo(3);
    assertThat(r.trials()).isEqualTo(3);
    for (SmaCrossSummary s : r.combinations()) {
      assertThat(s).isEqualTo(SmaCrossBacktest.run(cols, s.params()).summary());
    }
  }

  @Test
  void run_bestMaximisesTheObjective_andIsDeflatedOverTheTrials() {
    SmaCrossColumns cols = walk(3000, 5);
    SmaCrossGrid grid = new SmaCrossGrid(ParameterRange.parse("5:30:5"), ParameterRange.parse("20:100:20"), BASE);

    SweepResult r = Sweep.run(cols, grid, Objective.SHARPE, pool);

    SmaCrossSummary best = r.best().orElseThrow();
    double top = r.combinations().stream().mapToDouble(s -> s.metrics().sharpe()).filter(Double::isFinite).max()
        .orElseThrow();
    assertThat(best.metrics().sharpe()).isEqualTo(top);
    // the variance of the per-bar Sharpe ratios, by commons-math
    double[] perBar = r.combinations().stream().mapToDouble(s -> s.metrics().sharpe() / Math.sqrt(252)).toArray();
    assertThat(r.trialSharpeVariance()).isCloseTo(new Variance(true).evaluate(perBar), within(TOL));
    // deflating over 30 trials can only lower the probability against a zero benchmark
    assertThat(r.deflatedSharpe()).isEqualTo(best.metrics().deflatedSharpe());
    assertThat(r.deflatedSharpe()).isLessThan(best.metrics().probabilisticSharpe());

    SweepResult byPnl = Sweep.run(cols, grid, Objective.NET_PNL, pool);
    double topPnl = byPnl.combinations().stream().mapToDouble(SmaCrossSummary::netPnl).max().orElseThrow();
    assertThat(byPnl.best().orElseThrow().netPnl()).isEqualTo(topPnl);
  }

  @Test
  void run_singleCombination_deflatedEqualsProbabilisticSharpe() {
    SmaCrossColumns cols = walk(1000, 9);
    SweepResult r = Sweep.run(cols, new SmaCrossGrid(ParameterRange.of(10), ParameterRange.of(50), BASE),
        Objective.SHARPE, pool);

    assertThat(r.trials()).isEqualTo(1);
    assertThat(r.deflatedSharpe()).isEqualTo(r.best().orElseThrow().metrics().probabilisticSharpe());
  }

  @Test
  void grid_withoutAValidPair_isRejected() {
    assertThatThrownBy(() -> new SmaCrossGrid(ParameterRange.parse("50:60:5"), ParameterRange.parse("10:50:10"), BASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no valid combination");
  }

  @Test
  void parameterRange_parsesInclusiveRanges() {
    assertThat(ParameterRange.parse("5:50:5").values()).containsExactly(5, 10, 15, 20, 25, 30, 35, 40, 45, 50);
    assertThat(ParameterRange.parse("20:200:10").count()).isEqualTo(19);
    assertThat(ParameterRange.parse("3:7:3").values()).containsExactly(3, 6);
    assertThat(ParameterRange.parse("7").values()).containsExactly(7);
    assertThat(ParameterRange.parse("5:50:5")).hasToString("5:50:5");
    assertThatThrownBy(() -> ParameterRange.parse("5:x")).hasMessageContaining("'x' is not a whole number");
    assertThatThrownBy(() -> ParameterRange.parse("9:5:1")).hasMessageContaining("must be >= its start");
  }

  @Test
  void objective_parse_acceptsDashedNames() {
    assertThat(List.of(Objective.parse("net-pnl"), Objective.parse("Sharpe"))).containsExactly(Objective.NET_PNL,
        Objective.SHARPE);
  }
}
