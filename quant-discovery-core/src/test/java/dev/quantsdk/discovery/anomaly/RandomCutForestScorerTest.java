package dev.quantsdk.discovery.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomCutForestScorerTest {

  private static final long SEED = 2016L;
  private static final int WARM_UP = 1_000;

  /**
   * 20,000 rows of 8 seeded standard normals, every 100th row after the warm-up shifted by +3 in
   * every dimension: the streaming scores rank the shifted rows first (ROC AUC by the
   * Mann-Whitney formula of {@link IsolationForestTest}, over the rows after the warm-up).
   */
  @Test
  void scoreThenUpdate_ranksPlantedShiftedRowsFirst() {
    int n = 20_000;
    double[][] rows = planted(n, 8, 3);
    RandomCutForestScorer stream = RandomCutForestScorer.standard(8, SEED);

    double[] scores = new double[n - WARM_UP];
    boolean[] shifted = new boolean[n - WARM_UP];
    for (int i = 0; i < n; i++) {
      double s = stream.scoreThenUpdate(rows[i]);
      if (i >= WARM_UP) {
        scores[i - WARM_UP] = s;
        shifted[i - WARM_UP] = isShifted(i);
      }
    }

    assertThat(stream.rowsSeen()).isEqualTo(n);
    assertThat(IsolationForestTest.rocAuc(scores, shifted)).isGreaterThanOrEqualTo(0.98);
    assertThat(Arrays.stream(scores).max().orElseThrow()).isLessThan(1.0);
  }

  @Test
  void scoreThenUpdate_isZeroDuringWarmUp_andReproducibleForTheSameSeed() {
    double[][] rows = planted(600, 3, 9);
    RandomCutForestScorer first = RandomCutForestScorer.standard(3, SEED);
    RandomCutForestScorer second = RandomCutForestScorer.standard(3, SEED);

    double[] a = Arrays.stream(rows).mapToDouble(first::scoreThenUpdate).toArray();
    double[] b = Arrays.stream(rows).mapToDouble(second::scoreThenUpdate).toArray();

    assertThat(a[0]).isZero();
    assertThat(b).containsExactly(a);
    assertThat(a[599]).isBetween(0.0, 1.0);
  }

  @Test
  void scoreThenUpdate_rejectsRowsOfTheWrongShape() {
    RandomCutForestScorer stream = RandomCutForestScorer.standard(2, SEED);

    assertThatThrownBy(() -> stream.scoreThenUpdate(new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 features");
    assertThatThrownBy(() -> stream.scoreThenUpdate(new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feature 1 of row 0");
    assertThatThrownBy(() -> RandomCutForestScorer.of(2, 10, 2, SEED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampleSize");
  }

  private static boolean isShifted(int i) {
    return i >= WARM_UP && i % 100 == 0;
  }

  private static double[][] planted(int n, int d, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        rows[i][j] = Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
            * Math.cos(2 * Math.PI * random.nextDouble()) + (isShifted(i) ? 3.0 : 0.0);
      }
    }
    return rows;
  }
}
