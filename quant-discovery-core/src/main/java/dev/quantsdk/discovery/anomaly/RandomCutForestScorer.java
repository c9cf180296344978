package dev.quantsdk.discovery.anomaly;

import com.amazon.randomcutforest.RandomCutForest;
import dev.quantsdk.model.ArgChecker;
import java.util.Locale;

/**
 * Streaming scores from AWS's Random Cut Forest (Guha et al. 2016; library
 * {@code software.amazon.randomcutforest:randomcutforest-core}, Apache-2.0).
 *
 * <p>The forest keeps a time-decayed reservoir sample per tree, so the model follows a drifting
 * stream, unlike the batch {@link IsolationForest}. RCF's raw anomaly score {@code r >= 0}
 * (about 1 for a typical point, larger when a point changes the trees' shape more) is mapped to
 * {@code r / (1 + r)}, monotone, in [0, 1), 0.5 for a typical point as on the isolation
 * forest's scale, so {@link Severity#isolation(double)} applies to it too. Until the forest has
 * seen its warm-up of {@code sampleSize / 4} rows RCF scores 0. Seeded: the same rows in the
 * same order give the same scores. The library works in single precision: rows are rounded to
 * {@code float}. The library's parallel execution stays off, so the scorer starts no threads.
 * Mutable and not thread-safe (see {@link StreamingScorer}).
 */
public final class RandomCutForestScorer implements StreamingScorer {

  /** Trees in the default forest (the library's default). */
  public static final int DEFAULT_TREES = 50;
  /** Reservoir size per tree in the default forest (the library's default). */
  public static final int DEFAULT_SAMPLE_SIZE = 256;

  private final RandomCutForest forest;
  private final int dimension;
  private long rowsSeen;

  private RandomCutForestScorer(int dimension, int trees, int sampleSize, long seed) {
    this.dimension = ArgChecker.positive(dimension, "dimension");
    ArgChecker.positive(trees, "trees");
    ArgChecker.isTrue(sampleSize >= 4, "sampleSize must be >= 4 but was %d", sampleSize);
    this.forest = RandomCutForest.builder().dimensions(dimension).numberOfTrees(trees)
        .sampleSize(sampleSize).randomSeed(seed).build();
  }

  /**
   * A stream with the library's defaults: 50 trees, sample size 256.
   *
   * @param dimension the features per row, &gt; 0
   * @param seed the random seed
   * @return a new, empty stream
   * @throws IllegalArgumentException if the dimension is not positive
   */
  public static RandomCutForestScorer standard(int dimension, long seed) {
    return new RandomCutForestScorer(dimension, DEFAULT_TREES, DEFAULT_SAMPLE_SIZE, seed);
  }

  /**
   * A stream with custom settings.
   *
   * @param dimension the features per row, &gt; 0
   * @param trees the number of trees, &gt; 0
   * @param sampleSize the reservoir size per tree, &gt;= 4
   * @param seed the random seed
   * @return a new, empty stream
   * @throws IllegalArgumentException if a setting is out of range
   */
  public static RandomCutForestScorer of(int dimension, int trees, int sampleSize, long seed) {
    return new RandomCutForestScorer(dimension, trees, sampleSize, seed);
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public long rowsSeen() {
    return rowsSeen;
  }

  @Override
  public double scoreThenUpdate(double[] row) {
    ArgChecker.notNull(row, "row");
    ArgChecker.isTrue(row.length == dimension, "stream has %d features but the row has %d",
        dimension, row.length);
    float[] point = new float[dimension];
    for (int j = 0; j < row.length; j++) {
      point[j] = (float) row[j];
      if (!Double.isFinite(row[j]) || !Float.isFinite(point[j])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "feature %d of row %d must be finite (as a float) but was %s", j, rowsSeen, row[j]));
      }
    }
    double raw = forest.getAnomalyScore(point);
    forest.update(point);
    rowsSeen++;
    return raw / (1.0 + raw);
  }
}
