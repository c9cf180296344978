package dev.quantsdk.benchmarks;

import dev.quantsdk.discovery.cycle.ActivitySeries;
import dev.quantsdk.discovery.cycle.CycleDetector;
import dev.quantsdk.discovery.cycle.PeriodogramCycleDetector;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.jtransforms.fft.DoubleFFT_1D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.visnow.jlargearrays.ConcurrencyUtils;

/**
 * Cycle detection on one 10-year daily activity series (seeded clustered trade counts): the
 * periodogram with Fisher's exact g ({@code fftFisher}, target &lt;= 5 ms), the red-noise null
 * with 1,000 bootstrap surrogates ({@code surrogates1000}, target &lt;= 100 ms), and the bare
 * transforms: JTransforms' real FFT of the analysed length ({@code jtransformsFft}) against
 * commons-math3's radix-2 FFT of the same input zero-padded to the next power of two, its only
 * option ({@code commonsMathFft}). {@code basis} CALENDAR is 3,653 days (analysed as the 3,600
 * = 2^4 3^2 5^2 most recent), BUSINESS 2,609 weekdays (analysed as 2,560 = 2^9 5).
 *
 * <p>Run from the repository root after
 * {@code qmvn -B -ntp -q -pl benchmarks -am package -DskipTests}:
 * {@code java -jar benchmarks/target/benchmarks.jar CycleBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CycleBenchmark {

  /** Day basis of the 10-year series. */
  @Param({"CALENDAR", "BUSINESS"})
  public String basis;

  private ActivitySeries series;
  private double[] analysed;
  private double[] padded;
  private DoubleFFT_1D plan;
  private double[] work;
  private PeriodogramCycleDetector fisher;
  private PeriodogramCycleDetector red;
  private FastFourierTransformer commons;

  /** Builds the seeded series and the transform plans. */
  @Setup
  public void setUp() {
    ConcurrencyUtils.setNumberOfThreads(1);
    ActivitySeries.DayBasis b = ActivitySeries.DayBasis.valueOf(basis);
    LocalDate from = LocalDate.of(2015, 1, 5);
    int n = b == ActivitySeries.DayBasis.CALENDAR ? 3653 : 2609;
    SplittableRandom rng = new SplittableRandom(2015);
    double[] counts = new double[n];
    for (int start = 0; start < n; start++) {
      if (rng.nextDouble() < 0.05) {
        int size = 1 + rng.nextInt(6);
        for (int i = 0; i < size; i++) {
          int day = Math.min(n - 1, start + rng.nextInt(3));
          counts[day] += 1;
        }
      }
    }
    series = ActivitySeries.of(from, b, ActivitySeries.Weighting.COUNT, counts);
    int len = b == ActivitySeries.DayBasis.CALENDAR ? 3600 : 2560;
    analysed = new double[len];
    System.arraycopy(counts, n - len, analysed, 0, len);
    padded = new double[Integer.highestOneBit(n - 1) << 1];
    System.arraycopy(counts, 0, padded, 0, n);
    plan = new DoubleFFT_1D(len);
    work = new double[len];
    fisher = PeriodogramCycleDetector.whiteNoise();
    red = PeriodogramCycleDetector.redNoise().withSurrogates(1_000);
    commons = new FastFourierTransformer(DftNormalization.STANDARD);
  }

  /**
   * Detrend, FFT, Fisher's g and its exact p-value.
   *
   * @return the result
   */
  @Benchmark
  public CycleDetector.Result fftFisher() {
    return fisher.detect(series, 1);
  }

  /**
   * The red-noise null: 1,000 AR(1) residual-bootstrap surrogates, each refitted and transformed.
   *
   * @return the result
   */
  @Benchmark
  public CycleDetector.Result surrogates1000() {
    return red.detect(series, 1);
  }

  /**
   * JTransforms' real forward FFT of the analysed samples.
   *
   * @return the transformed buffer
   */
  @Benchmark
  public double[] jtransformsFft() {
    System.arraycopy(analysed, 0, work, 0, work.length);
    plan.realForward(work);
    return work;
  }

  /**
   * commons-math3's FFT of the same series, zero-padded to a power of two.
   *
   * @return the spectrum
   */
  @Benchmark
  public Complex[] commonsMathFft() {
    return commons.transform(padded, TransformType.FORWARD);
  }
}
