package dev.quantsdk.benchmarks;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.io.ChrisCsvLoader;
import dev.quantsdk.futures.io.CsvColumnMapping;
import dev.quantsdk.futures.io.DateFormat;
import dev.quantsdk.futures.io.GenericCsvLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CSV ingestion speed on one thread, in rows per second (the goal is at least 5M rows/s for
 * the generic OHLCV CSV): from bytes in memory to a validated, packed {@link BarSeries}.
 *
 * <ul>
 *   <li>{@code generic}: 1,000,000 one-minute ES-like bars, {@code yyyy-MM-dd HH:mm,open,
 *       high,low,close,volume}, prices on the 0.25 tick (a seeded random walk), through
 *       {@link GenericCsvLoader} (parse, STRICT validation, column packing).</li>
 *   <li>{@code naiveSplitParse}: the same bytes with {@code String.split} and
 *       {@link Double#parseDouble} into plain arrays (no validation): the usual baseline.</li>
 *   <li>{@code chrisEs1}: the real CHRIS ES1 file (5,650 rows) through {@link ChrisCsvLoader}
 *       with REPAIR; read from {@code samples/data} (system property {@code quant.data.dir},
 *       default {@code samples/data} under the working directory).</li>
 * </ul>
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar
 * CsvIngestBenchmark -f 1 -wi 3 -i 5}. Scores are rows/s ({@code @OperationsPerInvocation}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class CsvIngestBenchmark {

  private static final int ROWS = 1_000_000;
  private static final int ES1_ROWS = 5_650;
  private static final long SEED = 20261122L;
  private static final double TICK = 0.25;

  private static final CsvColumnMapping MINUTE_BARS = CsvColumnMapping.ohlcv(0, 1, 2, 3, 4, 5)
      .withDates(DateFormat.ISO_DATE_TIME, TimeBase.EPOCH_SECOND);

  private byte[] generic;
  private byte[] es1;

  /** Builds the synthetic file and reads ES1. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(SEED);
    StringBuilder sb = new StringBuilder(ROWS * 56).append("Date,Open,High,Low,Close,Volume\n");
    LocalDateTime t = LocalDateTime.of(2013, 10, 7, 0, 0);
    long ticks = 1700 * 4;
    for (int i = 0; i < ROWS; i++) {
      long open = ticks;
      ticks += random.nextInt(-6, 7);
      long high = Math.max(open, ticks) + random.nextInt(0, 4);
      long low = Math.min(open, ticks) - random.nextInt(0, 4);
      sb.append(t.toLocalDate()).append(' ').append(String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()))
          .append(',').append(open * TICK).append(',').append(high * TICK).append(',').append(low * TICK)
          .append(',').append(ticks * TICK).append(',').append(random.nextInt(1, 20_000)).append('\n');
      t = t.plusMinutes(1);
    }
    generic = sb.toString().getBytes(StandardCharsets.US_ASCII);
    Path file = Path.of(System.getProperty("quant.data.dir", "samples/data"), "futures", "ES1_front_month_daily.csv");
    try {
      es1 = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("run from the repository root or set -Dquant.data.dir", e);
    }
  }

  /**
   * The generic loader: bytes to a validated series.
   *
   * @return the series
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public BarSeries generic() {
    return GenericCsvLoader.parse(new ByteArrayInputStream(generic), MINUTE_BARS, ValidationPolicy.STRICT)
        .series();
  }

  /**
   * The split-and-parseDouble baseline into plain arrays.
   *
   * @return the sum of closes (keeps the work alive)
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public double naiveSplitParse() {
    String[] lines = new String(generic, StandardCharsets.US_ASCII).split("\n");
    double[] close = new double[lines.length - 1];
    double sum = 0;
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",");
      double o = Double.parseDouble(f[1]);
      double h = Double.parseDouble(f[2]);
      double l = Double.parseDouble(f[3]);
      close[i - 1] = Double.parseDouble(f[4]);
      sum += close[i - 1] + o + h + l + Double.parseDouble(f[5]) + f[0].length();
    }
    return sum;
  }

  /**
   * The CHRIS loader on the real ES1 file.
   *
   * @return the series
   */
  @Benchmark
  @OperationsPerInvocation(ES1_ROWS)
  public BarSeries chrisEs1() {
    return ChrisCsvLoader.parse(new ByteArrayInputStream(es1), ValidationPolicy.REPAIR).series();
  }
}
