package dev.quantsdk.benchmarks;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * Retained heap per bar of 1,000,000 daily bars: our {@link BarSeries} (with settle, volume
 * and open interest) against ta4j 0.17 {@code BaseBarSeries} with {@link DoubleNum} and with
 * {@link DecimalNum} (open, high, low, close, volume; ta4j has no settle or open interest).
 *
 * <p>A measurement, not a JMH timing: for each structure it forces full GCs until the used
 * heap is stable, builds the structure, forces GCs again and divides the retained difference
 * by the bar count; the builder's temporary arrays are garbage by then. The bars are a seeded
 * random walk on the 0.25 tick (prices 1,000–3,000 points, integer volumes and open
 * interest), like CHRIS ES data.
 *
 * <p>Run from the repository root: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * dev.quantsdk.benchmarks.BarMemoryBenchmark [bars]}.
 */
public final class BarMemoryBenchmark {

  private static final int DEFAULT_BARS = 1_000_000;
  private static final long SEED = 20261122L;
  private static final int GC_ROUNDS = 6;

  private BarMemoryBenchmark() {
  }

  /**
   * Prints bytes per bar for each structure.
   *
   * @param args optional bar count
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_BARS;
    double[][] cols = walk(n);
    report("quant-futures BarSeries (settle, volume, OI)", n, i -> ours(cols, n));
    report("ta4j 0.17 BaseBarSeries DoubleNum", n, i -> ta4j(cols, n, DoubleNum::valueOf));
    report("ta4j 0.17 BaseBarSeries DecimalNum", n, i -> ta4j(cols, n, DecimalNum::valueOf));
  }

  private static double[][] walk(int n) {
    SplittableRandom random = new SplittableRandom(SEED);
    double[][] c = new double[7][n];
    long ticks = 8000;
    for (int i = 0; i < n; i++) {
      long open = ticks;
      ticks = Math.max(4000, Math.min(12000, ticks + random.nextInt(-40, 41)));
      c[0][i] = open * 0.25;
      c[1][i] = (Math.max(open, ticks) + random.nextInt(0, 12)) * 0.25;
      c[2][i] = (Math.min(open, ticks) - random.nextInt(0, 12)) * 0.25;
      c[3][i] = ticks * 0.25;
      c[4][i] = (ticks + random.nextInt(-2, 3)) * 0.25;
      c[5][i] = random.nextInt(100_000, 4_000_000);
      c[6][i] = random.nextInt(1_000_000, 3_500_000);
    }
    return c;
  }

  private static BarSeries ours(double[][] c, int n) {
    BarSeries.Builder b = BarSeries.builder(TimeBase.EPOCH_DAY);
    LocalDate start = LocalDate.of(1000, 1, 1);
    for (int i = 0; i < n; i++) {
      double settle = Math.min(c[1][i], Math.max(c[2][i], c[4][i]));
      b.add(start.toEpochDay() + i, c[0][i], c[1][i], c[2][i], c[3][i], settle, c[5][i], c[6][i]);
    }
    return b.build();
  }

  private static org.ta4j.core.BarSeries ta4j(double[][] c, int n, java.util.function.Function<Double, Num> num) {
    org.ta4j.core.BarSeries s = new BaseBarSeriesBuilder().withName("walk")
        .withNumTypeOf(num.apply(0.0).getClass().asSubclass(Num.class)).build();
    ZonedDateTime start = ZonedDateTime.of(1000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    for (int i = 0; i < n; i++) {
      s.addBar(start.plusDays(i), num.apply(c[0][i]), num.apply(c[1][i]), num.apply(c[2][i]),
          num.apply(c[3][i]), num.apply(c[5][i]));
    }
    return s;
  }

  private static void report(String name, int n, IntFunction<Object> build) {
    long before = settledUsedHeap();
    Object kept = build.apply(n);
    long after = settledUsedHeap();
    System.out.printf(Locale.ROOT, "%-46s %,d bars: %8.1f bytes/bar (%s)%n", name, n,
        (after - before) / (double) n, kept.getClass().getSimpleName());
    if (kept instanceof BarSeries s) {
      System.out.printf(Locale.ROOT, "%-46s column payload %d bytes/bar%n", "", s.columnBytesPerBar());
    }
  }

  private static long settledUsedHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < GC_ROUNDS; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
