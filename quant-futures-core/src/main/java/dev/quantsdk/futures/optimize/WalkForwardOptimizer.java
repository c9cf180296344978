package dev.quantsdk.futures.optimize;

import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.model.WalkForward;
import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Walk-forward optimisation of the {@code sma-cross} strategy: for each fold of a
 * {@link WalkForward} scheme (rolling or anchored training windows, purge and embargo bars dropped
 * between training and test), sweep the grid over the training bars only, pick the best by the
 * objective, then run that one combination over the test bars only.
 *
 * <p>The test run sees no bar outside its window and the choice sees no bar after the training
 * window, so nothing out of sample leaks into the choice. Each test run starts flat and its SMAs
 * warm up inside the window (the first {@code slow − 1} bars hold no position): a conservative
 * choice that keeps every fold independent.
 *
 * <p>Stateless and thread-safe; the sweeps run on the caller's executor, folds one after another,
 * so the result is deterministic.
 */
public final class WalkForwardOptimizer {

  private WalkForwardOptimizer() {
  }

  /**
   * Runs the walk-forward.
   *
   * @param columns the whole series
   * @param grid the grid swept in each training window
   * @param scheme the folds
   * @param objective what picks each fold's combination
   * @param executor runs the sweeps' tasks
   * @return the folds and the in-sample against out-of-sample summary
   * @throws IllegalArgumentException if the scheme yields no fold over the series
   */
  public static WalkForwardResult run(SmaCrossColumns columns, SmaCrossGrid grid, WalkForward scheme,
      Objective objective, Executor executor) {
    ArgChecker.notNull(columns, "columns");
    ArgChecker.notNull(grid, "grid");
    ArgChecker.notNull(scheme, "scheme");
    ArgChecker.notNull(objective, "objective");
    ArgChecker.notNull(executor, "executor");
    List<WalkForward.Split> splits = scheme.splits(columns.size());
    ArgChecker.isTrue(!splits.isEmpty(),
        "%d bars leave no fold for training %d + purge %d + embargo %d bars before a test window",
        columns.size(), scheme.trainSize(), scheme.purge(), scheme.embargo());
    List<WalkForwardFold> folds = new ArrayList<>();
    int skipped = 0;
    for (WalkForward.Split split : splits) {
      if (split.testLength() < 2 || split.trainLength() < 2) {
        skipped++;
        continue;
      }
      SweepResult sweep = Sweep.run(columns.slice(split.trainStart(), split.trainEnd()), grid, objective, executor);
      if (sweep.best().isEmpty()) {
        skipped++;
        continue;
      }
      SmaCrossSummary inSample = sweep.best().get();
      SmaCrossSummary outOfSample = SmaCrossBacktest.summarize(columns.slice(split.testStart(), split.testEnd()),
          inSample.params(), 1, 0, new SmaCrossBacktest.Workspace(split.testLength()));
      folds.add(new WalkForwardFold(split, inSample, outOfSample, sweep.trials(), sweep.trialSharpeVariance()));
    }
    double oosPnl = 0;
    for (WalkForwardFold f : folds) {
      oosPnl += f.outOfSample().netPnl();
    }
    return new WalkForwardResult(scheme, objective, folds, skipped,
        meanSharpe(folds, true), meanSharpe(folds, false), oosPnl);
  }

  private static double meanSharpe(List<WalkForwardFold> folds, boolean inSample) {
    double sum = 0;
    int k = 0;
    for (WalkForwardFold f : folds) {
      double s = (inSample ? f.inSample() : f.outOfSample()).metrics().sharpe();
      if (Double.isFinite(s)) {
        sum += s;
        k++;
      }
    }
    return k > 0 ? sum / k : Double.NaN;
  }
}
