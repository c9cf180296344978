package dev.quantsdk.orchestration.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EquityCurvesTest {

  private static final double TOLERANCE = 1e-15;

  /** Peaks 100, 120 (then 90 = 25 % below), 130: hand-computed drawdowns. */
  @Test
  void drawdown_isEquityOverItsRunningPeakMinusOne() {
    double[] dd = EquityCurves.drawdown(new double[] {100, 110, 120, 90, 108, 130, 117});

    double[] expected = {0, 0, 0, -0.25, -0.10, 0, -0.10};
    for (int i = 0; i < expected.length; i++) {
      assertThat(dd[i]).as("bar %d", i).isCloseTo(expected[i], within(TOLERANCE));
    }
  }

  @Test
  void drawdown_refusesNonPositiveEquity() {
    assertThatThrownBy(() -> EquityCurves.drawdown(new double[] {100, 0, 50}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equity at bar 1 is 0.0");
  }

  @Test
  void downsample_returnsAShortSeriesWhole() {
    double[] v = {3, 1, 2};

    assertThat(EquityCurves.downsampleIndexes(v, 4)).containsExactly(0, 1, 2);
  }

  /**
   * On a seeded random walk the kept points are at most maxPoints, ascending, include the first
   * and last bar and the global extremes, and each bucket's extremes (checked by brute force over
   * the bucket bounds n * b / buckets).
   */
  @ParameterizedTest
  @ValueSource(ints = {4, 7, 100, 500, 4096})
  void downsample_keepsFirstLastAndEveryBucketsExtremes(int maxPoints) {
    int n = 10_007;
    double[] v = new double[n];
    SplittableRandom rnd = new SplittableRandom(7);
    v[0] = 100_000;
    for (int i = 1; i < n; i++) {
      v[i] = v[i - 1] + rnd.nextGaussian() * 500;
    }

    int[] kept = EquityCurves.downsampleIndexes(v, maxPoints);

    assertThat(kept.length).isLessThanOrEqualTo(maxPoints);
    assertThat(kept).isSorted().doesNotHaveDuplicates().contains(0, n - 1);
    int buckets = maxPoints / 4;
    for (int b = 0; b < buckets; b++) {
      int from = (int) ((long) b * n / buckets);
      int to = (int) ((long) (b + 1) * n / buckets);
      double[] bucket = Arrays.copyOfRange(v, from, to);
      double min = Arrays.stream(bucket).min().orElseThrow();
      double max = Arrays.stream(bucket).max().orElseThrow();
      assertThat(Arrays.stream(kept).filter(i -> i >= from && i < to).mapToDouble(i -> v[i]))
          .as("bucket %d", b).contains(min, max, v[from], v[to - 1]);
    }
  }

  @Test
  void analyticsSummary_keepsTheDeepestDrawdownAndTheLastEquity() {
    int n = 2_000;
    double[] equity = new double[n];
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // rises to 150,000 at bar 999, falls to 60,000 at bar 1499 (a 60 % drawdown), recovers
      equity[i] = i < 1000 ? 100_000 + 50 * i
          : i < 1500 ? 149_950 - 179.9 * (i - 999) : 60_000 + 10 * (i - 1500);
      dates.add(LocalDate.of(2000, 1, 1).plusDays(i));
    }
    var metrics = dev.quantsdk.futures.backtest.PerformanceMetrics.compute(equity,
        dev.quantsdk.futures.backtest.PerformanceMetrics.Inputs.of(252, new double[0],
            new double[0], 0));

    AnalyticsSummary s = AnalyticsSummary.of(dates, equity, metrics, 40);

    assertThat(s.equity()).hasSizeLessThanOrEqualTo(40);
    assertThat(s.drawdown()).hasSizeLessThanOrEqualTo(40);
    assertThat(s.equity().get(s.equity().size() - 1))
        .isEqualTo(new ChartPoint(dates.get(n - 1), equity[n - 1]));
    double deepest = s.drawdown().stream().mapToDouble(ChartPoint::value).min().orElseThrow();
    assertThat(deepest).isCloseTo(60_000.0 / 149_950 - 1, within(1e-12));
    assertThat(-deepest).isCloseTo(metrics.maxDrawdownPct(), within(1e-12));
  }
}
