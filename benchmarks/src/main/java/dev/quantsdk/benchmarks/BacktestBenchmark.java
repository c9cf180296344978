package dev.quantsdk.benchmarks;

import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.bar.TimeBase;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
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
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.criteria.MaximumDrawdownCriterion;
import org.ta4j.core.criteria.pnl.ReturnCriterion;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.rules.OverIndicatorRule;
import org.ta4j.core.rules.UnderIndicatorRule;

/**
 * The {@code sma-cross} kernel, SMA(10/50), over synthetic one-minute bars: next-open fills,
 * multiplier 50, tick 0.25, 2.50 USD commission, 1 tick slippage, mark-to-market equity and the
 * full metric set ({@link SmaCrossBacktest#summarize}), single-threaded; against ta4j 0.17
 * {@link DoubleNum} running the same long-only strategy ({@code OverIndicatorRule} /
 * {@code UnderIndicatorRule}, {@link TradeOnNextOpenModel}, first 49 bars unstable) plus its
 * drawdown and return criteria on the first {@code ta4jBars} bars of the same series (ta4j takes
 * seconds per million bars, so it runs on fewer bars; compare per-bar throughput).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BacktestBenchmark -f 1 -wi 2 -i 5}
 * (the fork gets {@code -Xmx6g} for the ta4j series).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class BacktestBenchmark {

  static final long SEED = 20261122L;
  static final int FAST = 10;
  static final int SLOW = 50;
  /** Minutes in a year of 252 sessions of 23 hours. */
  static final double MINUTE_BARS_PER_YEAR = 252 * 1380;

  /** Number of one-minute bars for our kernel. */
  @Param({"10000000"})
  public int bars;

  /** Number of bars (a prefix of the same series) for ta4j and for ours at the same size. */
  @Param({"1000000"})
  public int ta4jBars;

  private SmaCrossColumns columns;
  private SmaCrossColumns prefix;
  private SmaCrossParams longShort;
  private SmaCrossParams longOnly;
  private SmaCrossBacktest.Workspace workspace;

  /** Builds the bars and preallocates the kernel's workspace. */
  @Setup(Level.Trial)
  public void setUp() {
    columns = minuteBars(bars, SEED);
    prefix = columns.slice(0, Math.min(ta4jBars, bars));
    longShort = new SmaCrossParams(FAST, SLOW, SmaCrossParams.Mode.LONG_SHORT, 1, 50, 0.25, 2.5, 1, 100_000,
        MINUTE_BARS_PER_YEAR);
    longOnly = longShort.withMode(SmaCrossParams.Mode.LONG_ONLY);
    workspace = new SmaCrossBacktest.Workspace(bars);
  }

  /**
   * A seeded random walk of one-minute bars on the 0.25 tick grid, valid OHLC (open within a tick
   * or two of the previous close, high and low up to 4 ticks outside open and close), no settle,
   * starting 2020-01-02T00:00.
   *
   * @param n the number of bars
   * @param seed the seed
   * @return the columns (price = close)
   */
  public static SmaCrossColumns minuteBars(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] times = new long[n];
    double[] open = new double[n];
    double[] close = new double[n];
    long t0 = TimeBase.EPOCH_SECOND.of(java.time.LocalDate.of(2020, 1, 2));
    double p = 3000;
    for (int i = 0; i < n; i++) {
      times[i] = t0 + 60L * i;
      open[i] = p + 0.25 * (rnd.nextInt(5) - 2);
      p = Math.max(100, open[i] + 0.25 * (rnd.nextInt(17) - 8));
      close[i] = p;
    }
    return SmaCrossColumns.of(TimeBase.EPOCH_SECOND, times, open, close);
  }

  /**
   * The same bars as a ta4j series (high and low 1 tick outside open and close).
   *
   * @param cols the columns
   * @return the series
   */
  public static BarSeries ta4jSeries(SmaCrossColumns cols) {
    BarSeries series = new BaseBarSeriesBuilder().withName("minutes").withNumTypeOf(DoubleNum.class).build();
    ZonedDateTime start = ZonedDateTime.of(2020, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC);
    for (int i = 0; i < cols.size(); i++) {
      double o = cols.open(i);
      double c = cols.price(i);
      series.addBar(start.plusMinutes(i + 1L), DoubleNum.valueOf(o), DoubleNum.valueOf(Math.max(o, c) + 0.25),
          DoubleNum.valueOf(Math.min(o, c) - 0.25), DoubleNum.valueOf(c), DoubleNum.valueOf(1));
    }
    return series;
  }

  /**
   * Runs the long-only SMA(fast/slow) strategy through ta4j's manager with next-open fills.
   *
   * @param series the series
   * @return the trading record
   */
  public static TradingRecord ta4jRun(BarSeries series) {
    ClosePriceIndicator close = new ClosePriceIndicator(series);
    SMAIndicator fast = new SMAIndicator(close, FAST);
    SMAIndicator slow = new SMAIndicator(close, SLOW);
    BaseStrategy strategy = new BaseStrategy(new OverIndicatorRule(fast, slow), new UnderIndicatorRule(fast, slow),
        SLOW - 1);
    return new BarSeriesManager(series, new TradeOnNextOpenModel()).run(strategy);
  }

  /** The ta4j series of the prefix; built only for the ta4j benchmark. */
  @State(Scope.Benchmark)
  public static class Ta4jState {

    BarSeries series;

    /**
     * Builds the series.
     *
     * @param data the benchmark state
     */
    @Setup(Level.Trial)
    public void setUp(BacktestBenchmark data) {
      series = ta4jSeries(data.prefix);
    }
  }

  /**
   * Ours, long-short over all bars: kernel pass plus the full metric set, reusing one workspace.
   *
   * @return the summary
   */
  @Benchmark
  public SmaCrossSummary oursLongShort() {
    return SmaCrossBacktest.summarize(columns, longShort, 1, 0, workspace);
  }

  /**
   * Ours, long-only over all bars.
   *
   * @return the summary
   */
  @Benchmark
  public SmaCrossSummary oursLongOnly() {
    return SmaCrossBacktest.summarize(columns, longOnly, 1, 0, workspace);
  }

  /**
   * Ours, long-short, the full result: also every fill and round trip as a record and a copy of
   * the equity curve.
   *
   * @return the result
   */
  @Benchmark
  public SmaCrossResult oursFullResult() {
    return SmaCrossBacktest.run(columns, longShort);
  }

  /**
   * Ours, long-only over the ta4j prefix.
   *
   * @return the summary
   */
  @Benchmark
  public SmaCrossSummary oursLongOnlyPrefix() {
    return SmaCrossBacktest.summarize(prefix, longOnly, 1, 0, workspace);
  }

  /**
   * ta4j over the prefix: the strategy run, then its max-drawdown and return criteria.
   *
   * @param ta4j the series
   * @return the sum of the two criteria (so nothing is dead code)
   */
  @Benchmark
  public double ta4jLongOnlyPrefix(Ta4jState ta4j) {
    TradingRecord record = ta4jRun(ta4j.series);
    return new MaximumDrawdownCriterion().calculate(ta4j.series, record).doubleValue()
        + new ReturnCriterion().calculate(ta4j.series, record).doubleValue();
  }
}
