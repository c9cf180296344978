package dev.quantsdk.benchmarks;

import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.optimize.Objective;
import dev.quantsdk.futures.optimize.ParameterRange;
import dev.quantsdk.futures.optimize.SmaCrossGrid;
import dev.quantsdk.futures.optimize.Sweep;
import dev.quantsdk.futures.optimize.SweepResult;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A sweep of 10,000 {@code sma-cross} parameter sets (fast 2..101 × slow 105..600 step 5) over
 * 200k one-minute bars ({@link BacktestBenchmark#minuteBars}), each with the full metric set, plus
 * the best's deflated Sharpe ratio, on a pool of {@code threads} threads, in a fork limited to
 * {@code -Xmx512m}. One operation is one whole sweep.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SweepBenchmark -f 1 -wi 1 -i 3}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class SweepBenchmark {

  /** Number of bars. */
  @Param({"200000"})
  public int bars;

  /** Worker threads. */
  @Param({"2"})
  public int threads;

  private SmaCrossColumns columns;
  private SmaCrossGrid grid;
  private ExecutorService pool;

  /** Builds the bars, the grid and the pool. */
  @Setup(Level.Trial)
  public void setUp() {
    columns = BacktestBenchmark.minuteBars(bars, BacktestBenchmark.SEED);
    grid = new SmaCrossGrid(new ParameterRange(2, 101, 1), new ParameterRange(105, 600, 5),
        new SmaCrossParams(1, 2, SmaCrossParams.Mode.LONG_SHORT, 1, 50, 0.25, 2.5, 1, 100_000,
            BacktestBenchmark.MINUTE_BARS_PER_YEAR));
    pool = Executors.newFixedThreadPool(threads);
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /**
   * One sweep of the whole grid.
   *
   * @return the result
   */
  @Benchmark
  public SweepResult sweep() {
    SweepResult r = Sweep.run(columns, grid, Objective.SHARPE, pool);
    if (r.trials() != 10_000) {
      throw new IllegalStateException("expected 10,000 trials but ran " + r.trials());
    }
    return r;
  }
}
