package dev.quantsdk.discovery.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsolationForestTest {

  private static final double TOLERANCE = 1e-9;
  private static final long SEED = 20080101L;

  @Test
  void averagePathLength_matchesLiuEtAlsClosedForm() {
    // c(256) = 2 (ln 255 + 0.5772156649) - 2 * 255 / 256, worked by hand: 10.244770917
    assertThat(IsolationForest.averagePathLength(256)).isCloseTo(10.244770917, within(1e-8));
    assertThat(IsolationForest.averagePathLength(2)).isEqualTo(1.0);
    assertThat(IsolationForest.averagePathLength(1)).isZero();
    assertThat(IsolationForest.averagePathLength(0)).isZero();
  }

  /**
   * The oracle: 200,000 rows of 8 independent standard normals, 1% of them (every 100th
   * row) shifted by +3 in every dimension; a forest of 100 trees with subsample 256 ranks the
   * shifted rows above the others with ROC AUC >= 0.98. The AUC is computed here with the
   * Mann-Whitney rank formula, independent of the forest.
   */
  @Test
  void score_separatesPlantedShiftedRows_withAucAtLeast098() {
    int n = 200_000;
    int d = 8;
    SplittableRandom random = new SplittableRandom(42);
    double[][] columns = new double[d][n];
    boolean[] planted = new boolean[n];
    for (int i = 0; i < n; i++) {
      planted[i] = i % 100 == 0;
      for (int j = 0; j < d; j++) {
        columns[j][i] = gaussian(random) + (planted[i] ? 3.0 : 0.0);
      }
    }

    AnomalyScorer.Model model = IsolationForest.standard(SEED).fit(columns);
    double[] scores = model.scoreAll(columns);

    assertThat(rocAuc(scores, planted)).isGreaterThanOrEqualTo(0.98);
    assertThat(Arrays.stream(scores).min().orElseThrow()).isGreaterThan(0.0);
    assertThat(Arrays.stream(scores).max().orElseThrow()).isLessThan(1.0);
  }

  @Test
  void score_isExactlyOneHalf_whenEveryRowIsEqual() {
    // every tree is one leaf of psi rows, so E[h] = c(psi) and s = 2^-1
    double[][] columns = {new double[50], new double[50]};
    Arrays.fill(columns[0], 3.0);
    Arrays.fill(columns[1], -1.0);

    AnomalyScorer.Model model = IsolationForest.standard(SEED).fit(columns);

    assertThat(model.score(new double[] {3.0, -1.0})).isCloseTo(0.5, within(TOLERANCE));
    assertThat(model.contributions(new double[] {3.0, -1.0})).containsExactly(0.0, 0.0);
  }

  @Test
  void fit_isReproducibleBitForBit_forTheSameSeed() {
    double[][] columns = normalColumns(5_000, 4, 7);

    double[] first = IsolationForest.standard(SEED).fit(columns).scoreAll(columns);
    double[] second = IsolationForest.standard(SEED).fit(columns).scoreAll(columns);
    double[] otherSeed = IsolationForest.standard(SEED + 1).fit(columns).scoreAll(columns);

    assertThat(second).containsExactly(first);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void score_agreesWithScoreAll_andWithMeanPathLength() {
    double[][] columns = normalColumns(1_000, 3, 11);
    IsolationForest.Model model = (IsolationForest.Model) IsolationForest.of(50, 128, SEED)
        .fit(columns);
    double[] all = model.scoreAll(columns);
    double[] row = {columns[0][17], columns[1][17], columns[2][17]};

    assertThat(model.score(row)).isEqualTo(all[17]);
    assertThat(Math.pow(2, -model.meanPathLength(row) / IsolationForest.averagePathLength(128)))
        .isCloseTo(all[17], within(TOLERANCE));
  }

  @Test
  void contributions_pointAtTheShiftedFeature() {
    double[][] columns = normalColumns(10_000, 4, 3);
    AnomalyScorer.Model model = IsolationForest.standard(SEED).fit(columns);
    double[] outlier = {0.0, 0.0, 9.0, 0.0};

    double[] weights = model.contributions(outlier);

    assertThat(Arrays.stream(weights).sum()).isCloseTo(1.0, within(TOLERANCE));
    // the row is ordinary in features 0, 1 and 3: feature 2 must carry most of the isolation
    assertThat(weights[2]).isGreaterThan(0.5);
    assertThat(model.score(outlier)).isGreaterThan(model.score(new double[4]));
  }

  @Test
  void fit_rejectsRaggedNonFiniteAndTooSmallInput() {
    IsolationForest forest = IsolationForest.standard(SEED);
    assertThatThrownBy(() -> forest.fit(new double[][] {{1, 2}, {1}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column 1 has 1");
    assertThatThrownBy(() -> forest.fit(new double[][] {{1, Double.NaN, 3}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    assertThatThrownBy(() -> forest.fit(new double[][] {{1}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 rows");
    AnomalyScorer.Model model = forest.fit(new double[][] {{1, 2, 3}});
    assertThatThrownBy(() -> model.score(new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 features");
    assertThatThrownBy(() -> IsolationForest.of(10, 1, SEED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** ROC AUC by the Mann-Whitney U statistic, with average ranks for ties. */
  static double rocAuc(double[] scores, boolean[] positive) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    double rankSumPositive = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1.0;
      for (int k = i; k <= j; k++) {
        if (positive[order[k]]) {
          rankSumPositive += averageRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  private static double[][] normalColumns(int n, int d, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] columns = new double[d][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        columns[j][i] = gaussian(random);
      }
    }
    return columns;
  }

  /** Box-Muller; SplittableRandom has no nextGaussian on Java 17. */
  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }
}
