package dev.quantsdk.futures.optimize;

import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A parallel, deterministic parameter sweep of the {@code sma-cross} kernel.
 *
 * <p>Every combination of the grid runs over the same read-only {@link SmaCrossColumns}; the
 * combinations are split into at most {@value #MAX_TASKS} contiguous tasks submitted to the
 * caller's {@link Executor}, each with its own {@link SmaCrossBacktest.Workspace} (its only
 * mutable state, reused for all its runs). Each result lands in the slot of its combination, so
 * the output is in parameter order and bit for bit the same whatever the executor and thread
 * timing. Each task re-derives its two SMAs by running sums over the shared price column (two
 * additions per bar, inside the kernel's single pass) instead of reading precomputed SMA columns:
 * that reads one shared column instead of two more per run and keeps memory at the columns plus
 * one equity buffer per task, whatever the number of distinct windows.
 *
 * <p>The best combination maximises the {@link Objective} (NaN never wins; ties go to the first
 * in parameter order). Its deflated Sharpe ratio uses the number of valid combinations as the
 * number of trials and the sample variance of their per-bar Sharpe ratios.
 *
 * <p>Stateless and thread-safe; it blocks the calling thread until every task is done.
 */
public final class Sweep {

  /** The most tasks one sweep submits. */
  public static final int MAX_TASKS = 64;

  private Sweep() {
  }

  /**
   * Sweeps a grid over a bar series, picking the best by Sharpe ratio.
   *
   * @param bars the bars, at least 2
   * @param grid the grid
   * @param executor runs the tasks (for example a fixed pool of N threads, or {@code Runnable::run})
   * @return the result
   * @throws IllegalArgumentException if the series has fewer than 2 bars
   */
  public static SweepResult run(BarSeries bars, SmaCrossGrid grid, Executor executor) {
    return run(SmaCrossColumns.of(bars), grid, Objective.SHARPE, executor);
  }

  /**
   * Sweeps a grid over prepared columns.
   *
   * @param columns the columns, at least 2 bars
   * @param grid the grid
   * @param objective what the best maximises
   * @param executor runs the tasks
   * @return the result
   * @throws IllegalArgumentException if there are fewer than 2 bars
   */
  public static SweepResult run(SmaCrossColumns columns, SmaCrossGrid grid, Objective objective,
      Executor executor) {
    ArgChecker.notNull(columns, "columns");
    ArgChecker.notNull(grid, "grid");
    ArgChecker.notNull(objective, "objective");
    ArgChecker.notNull(executor, "executor");
    int n = columns.size();
    ArgChecker.isTrue(n >= 2, "a sweep needs at least 2 bars but had %d", n);
    List<SmaCrossParams> combos = grid.combinations();
    SmaCrossSummary[] out = new SmaCrossSummary[combos.size()];
    int tasks = Math.min(MAX_TASKS, combos.size());
    CompletableFuture<?>[] futures = new CompletableFuture<?>[tasks];
    for (int k = 0; k < tasks; k++) {
      int from = (int) ((long) k * combos.size() / tasks);
      int to = (int) ((long) (k + 1) * combos.size() / tasks);
      futures[k] = CompletableFuture.runAsync(() -> {
        SmaCrossBacktest.Workspace ws = new SmaCrossBacktest.Workspace(n);
        for (int i = from; i < to; i++) {
          out[i] = SmaCrossBacktest.summarize(columns, combos.get(i), 1, 0, ws);
        }
      }, executor);
    }
    try {
      CompletableFuture.allOf(futures).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    List<SmaCrossSummary> results = Arrays.asList(out);
    return select(columns, grid, objective, results);
  }

  /** Picks the best, the trials' Sharpe variance and the best's deflated Sharpe ratio. */
  static SweepResult select(SmaCrossColumns columns, SmaCrossGrid grid, Objective objective,
      List<SmaCrossSummary> results) {
    int bestAt = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < results.size(); i++) {
      double score = objective.score(results.get(i));
      if (!Double.isNaN(score) && (bestAt < 0 || score > bestScore)) {
        bestAt = i;
        bestScore = score;
      }
    }
    long trials = results.size();
    double variance = perBarSharpeVariance(results);
    Optional<SmaCrossSummary> best = Optional.empty();
    double dsr = Double.NaN;
    if (bestAt >= 0) {
      SmaCrossSummary deflated = SmaCrossBacktest.summarize(columns, results.get(bestAt).params(), trials, variance,
          new SmaCrossBacktest.Workspace(columns.size()));
      best = Optional.of(deflated);
      dsr = deflated.metrics().deflatedSharpe();
    }
    return new SweepResult(grid, objective, results, grid.skipped(), best, trials, variance, dsr);
  }

  /**
   * The sample variance of the per-bar Sharpe ratios (annualised Sharpe over
   * sqrt(barsPerYear)) of the runs whose Sharpe is defined; 0 with fewer than two.
   *
   * @param runs the runs
   * @return the variance
   */
  public static double perBarSharpeVariance(List<SmaCrossSummary> runs) {
    double mean = 0;
    double m2 = 0;
    long k = 0;
    for (SmaCrossSummary r : runs) {
      double sr = r.metrics().sharpe() / Math.sqrt(r.params().barsPerYear());
      if (Double.isFinite(sr)) {
        k++;
        double d = sr - mean;
        mean += d / k;
        m2 += d * (sr - mean);
      }
    }
    return k > 1 ? m2 / (k - 1) : 0.0;
  }
}
