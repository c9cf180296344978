package dev.quantsdk.benchmarks;

import dev.quantsdk.discovery.anomaly.AnomalyScorer;
import dev.quantsdk.discovery.anomaly.IsolationForest;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Isolation forest (100 trees, subsample 256) on one thread: scoring throughput in trades per
 * second ({@code score}, target &gt;= 100,000/s) and the time to fit a model on a batch
 * ({@code fit}, target &lt;= 50 ms). Rows are seeded standard normals with 1% shifted by +3 in
 * every feature; {@code dimension} 5 is what the trade detector feeds the forest
 * ({@code TradeFeatures.FOREST_FEATURES}), 8 the planted-data oracle.
 *
 * <p>Run from the repository root after
 * {@code qmvn -B -ntp -q -pl benchmarks -am package -DskipTests}:
 * {@code java -jar benchmarks/target/benchmarks.jar AnomalyBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnomalyBenchmark {

  /** Rows scored per invocation of {@link #score()}. */
  private static final int SCORED_ROWS = 10_000;

  /** Features per trade. */
  @Param({"5", "8"})
  public int dimension;

  /** Rows in the fitted batch (the House file has 14,791 trades). */
  @Param({"15000", "200000"})
  public int rows;

  private double[][] batch;
  private double[][] toScore;
  private AnomalyScorer forest;
  private AnomalyScorer.Model model;

  /** Generates the seeded data and fits the model that {@link #score()} uses. */
  @Setup
  public void setUp() {
    batch = planted(rows, dimension, 42);
    toScore = planted(SCORED_ROWS, dimension, 43);
    forest = IsolationForest.standard(2008);
    model = forest.fit(batch);
  }

  /**
   * Scores 10,000 trades; the score is trades per second.
   *
   * @return the scores, consumed by JMH
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(SCORED_ROWS)
  public double[] score() {
    return model.scoreAll(toScore);
  }

  /**
   * Fits a forest on the batch; the score is milliseconds per fit.
   *
   * @return the model, consumed by JMH
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public AnomalyScorer.Model fit() {
    return forest.fit(batch);
  }

  private static double[][] planted(int n, int d, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] columns = new double[d][n];
    for (int i = 0; i < n; i++) {
      double shift = i % 100 == 0 ? 3.0 : 0.0;
      for (int j = 0; j < d; j++) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        columns[j][i] = Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v) + shift;
      }
    }
    return columns;
  }
}
