package dev.quantsdk.benchmarks;

import dev.quantsdk.futures.indicator.Indicators;
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
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * Our columnar indicator kernels against ta4j 0.17 ({@link DoubleNum}) on identical input in the
 * same run: SMA(50), EMA(50), RSI(14) and ATR(14) over a seeded random walk of {@code bars} bars.
 * One operation computes the indicator at every bar (ours into a preallocated column; ta4j through
 * a fresh indicator, so its cache starts empty, read in bar order).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IndicatorBenchmark -f 1 -wi 2 -i 3}
 * (the fork gets {@code -Xmx12g}: the ta4j series of 10M bars and its caches need several GB;
 * add {@code -p bars=1000000} on a smaller machine).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
@State(Scope.Benchmark)
public class IndicatorBenchmark {

  private static final int SMA_PERIOD = 50;
  private static final int EMA_PERIOD = 50;
  private static final int RSI_PERIOD = 14;
  private static final int ATR_PERIOD = 14;
  private static final long SEED = 20261122L;

  /** Number of bars. */
  @Param({"10000000"})
  public int bars;

  private double[] high;
  private double[] low;
  private double[] close;
  private double[] out;

  /** Builds the random walk: log returns N(0, 1%), high/low up to 0.3% outside open/close. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(SEED);
    high = new double[bars];
    low = new double[bars];
    close = new double[bars];
    out = new double[bars];
    double price = 2000;
    for (int i = 0; i < bars; i++) {
      double open = price;
      price *= Math.exp(0.01 * gaussian(random));
      high[i] = Math.max(open, price) * (1 + 0.003 * random.nextDouble());
      low[i] = Math.min(open, price) * (1 - 0.003 * random.nextDouble());
      close[i] = price;
    }
  }

  /** The same bars as a ta4j series; built only for the ta4j benchmarks. */
  @State(Scope.Benchmark)
  public static class Ta4jSeries {

    BarSeries series;

    /**
     * Builds the series from the benchmark's columns.
     *
     * @param data the columns
     */
    @Setup(Level.Trial)
    public void setUp(IndicatorBenchmark data) {
      series = new BaseBarSeriesBuilder().withName("walk").withNumTypeOf(DoubleNum.class).build();
      ZonedDateTime start = ZonedDateTime.of(2000, 1, 3, 0, 0, 0, 0, ZoneOffset.UTC);
      for (int i = 0; i < data.bars; i++) {
        series.addBar(start.plusMinutes(i + 1L), data.close[i], data.high[i], data.low[i],
            data.close[i], 1.0);
      }
    }
  }

  @Benchmark
  public double oursSma() {
    return last(Indicators.sma(close, SMA_PERIOD, out));
  }

  @Benchmark
  public double ta4jSma(Ta4jSeries ta4j) {
    return sweep(new SMAIndicator(new ClosePriceIndicator(ta4j.series), SMA_PERIOD), bars);
  }

  @Benchmark
  public double oursEma() {
    return last(Indicators.ema(close, EMA_PERIOD, out));
  }

  @Benchmark
  public double ta4jEma(Ta4jSeries ta4j) {
    return sweep(new EMAIndicator(new ClosePriceIndicator(ta4j.series), EMA_PERIOD), bars);
  }

  @Benchmark
  public double oursRsi() {
    return last(Indicators.rsi(close, RSI_PERIOD, out));
  }

  @Benchmark
  public double ta4jRsi(Ta4jSeries ta4j) {
    return sweep(new RSIIndicator(new ClosePriceIndicator(ta4j.series), RSI_PERIOD), bars);
  }

  @Benchmark
  public double oursAtr() {
    return last(Indicators.atr(high, low, close, ATR_PERIOD, out));
  }

  @Benchmark
  public double ta4jAtr(Ta4jSeries ta4j) {
    return sweep(new ATRIndicator(ta4j.series, ATR_PERIOD), bars);
  }

  private static double last(double[] values) {
    return values[values.length - 1];
  }

  private static double sweep(Indicator<Num> indicator, int bars) {
    double sum = 0;
    for (int i = 0; i < bars; i++) {
      sum += indicator.getValue(i).doubleValue();
    }
    return sum;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
