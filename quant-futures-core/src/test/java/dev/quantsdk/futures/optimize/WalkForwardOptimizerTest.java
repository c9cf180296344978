package dev.quantsdk.futures.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.model.WalkForward;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WalkForwardOptimizerTest {

  private static final SmaCrossParams BASE = new SmaCrossParams(1, 2, SmaCrossParams.Mode.LONG_SHORT, 1, 50, 0.25,
      2.5, 0, 100_000, 252);
  private static final SmaCrossGrid GRID = new SmaCrossGrid(ParameterRange.parse("5:20:5"),
      ParameterRange.parse("20:60:20"), BASE);

  @Test
  void run_rolling_eachFoldIsTheTrainingSweepsBest_evaluatedOnTheTestWindowAlone() {
    SmaCrossColumns cols = SweepTest.walk(2000, 21);
    WalkForward scheme = WalkForward.rolling(600, 300, 5, 10);

    WalkForwardResult r = WalkForwardOptimizer.run(cols, GRID, scheme, Objective.SHARPE, Runnable::run);

    List<WalkForward.Split> splits = scheme.splits(2000);
    assertThat(r.folds()).extracting(WalkForwardFold::split).isEqualTo(splits.subList(0, r.folds().size()));
    assertThat(r.folds().size() + r.skippedFolds()).isEqualTo(splits.size());
    for (WalkForwardFold f : r.folds()) {
      WalkForward.Split s = f.split();
      assertThat(s.testStart() - s.trainEnd()).isEqualTo(15);
      assertThat(s.trainLength()).isEqualTo(600);
      SweepResult train = Sweep.run(cols.slice(s.trainStart(), s.trainEnd()), GRID, Objective.SHARPE, Runnable::run);
      assertThat(f.inSample()).isEqualTo(train.best().orElseThrow());
      // fast 5, 10, 15, 20 x slow 20, 40, 60, less the invalid (20, 20)
      assertThat(f.trials()).isEqualTo(11);
      assertThat(f.outOfSample()).isEqualTo(SmaCrossBacktest.run(cols.slice(s.testStart(), s.testEnd()),
          f.inSample().params()).summary());
    }
  }

  @Test
  void run_anchored_trainingWindowsStartAtZeroAndGrow() {
    SmaCrossColumns cols = SweepTest.walk(1500, 4);

    WalkForwardResult r = WalkForwardOptimizer.run(cols, GRID, WalkForward.anchored(500, 250, 0, 0),
        Objective.SHARPE, Runnable::run);

    assertThat(r.folds()).isNotEmpty();
    assertThat(r.folds()).allSatisfy(f -> assertThat(f.split().trainStart()).isZero());
    assertThat(r.folds()).extracting(f -> f.split().trainEnd()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void run_changingTheTestBars_changesNoInSampleChoice() {
    SmaCrossColumns cols = SweepTest.walk(2000, 8);
    WalkForward scheme = WalkForward.rolling(700, 400, 0, 20);
    WalkForwardResult base = WalkForwardOptimizer.run(cols, GRID, scheme, Objective.SHARPE, Runnable::run);
    WalkForward.Split first = base.folds().get(0).split();

    // replace every bar from the first test window on by another walk
    SmaCrossColumns other = SweepTest.walk(2000, 99);
    long[] times = new long[2000];
    double[] open = new double[2000];
    double[] price = new double[2000];
    for (int i = 0; i < 2000; i++) {
      SmaCrossColumns src = i < first.testStart() ? cols : other;
      times[i] = cols.time(i);
      open[i] = src.open(i);
      price[i] = src.price(i);
    }
    WalkForwardResult changed = WalkForwardOptimizer.run(SmaCrossColumns.of(TimeBase.EPOCH_DAY, times, open, price),
        GRID, scheme, Objective.SHARPE, Runnable::run);

    assertThat(changed.folds().get(0).inSample()).isEqualTo(base.folds().get(0).inSample());
    assertThat(changed.folds().get(0).outOfSample()).isNotEqualTo(base.folds().get(0).outOfSample());
  }

  @Test
  void run_tooFewBars_isRejected() {
    assertThatThrownBy(() -> WalkForwardOptimizer.run(SweepTest.walk(100, 1), GRID,
        WalkForward.rolling(600, 300, 0, 0), Objective.SHARPE, Runnable::run))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leave no fold");
  }

  @Test
  void run_reportsMeanSharpesAndOutOfSamplePnl() {
    WalkForwardResult r = WalkForwardOptimizer.run(SweepTest.walk(2000, 2), GRID,
        WalkForward.rolling(600, 350, 0, 0), Objective.SHARPE, Runnable::run);

    double oos = r.folds().stream().mapToDouble(f -> f.outOfSample().netPnl()).sum();
    assertThat(r.outOfSampleNetPnl()).isEqualTo(oos);
    assertThat(r.meanInSampleSharpe()).isFinite();
    // selection bias: the chosen combination looks better in sample than out of sample on a random walk
    assertThat(r.meanInSampleSharpe()).isGreaterThan(r.meanOutOfSampleSharpe());
  }
}
