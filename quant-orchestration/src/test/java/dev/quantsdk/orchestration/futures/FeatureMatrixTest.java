package dev.quantsdk.orchestration.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.futures.bar.BarSeries;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FeatureMatrixTest {

  private static final double TOLERANCE = 1e-15;

  private static BarSeries es1;
  private static FeatureMatrix full;

  @BeforeAll
  static void load() {
    es1 = SampleData.source().load("ES1").bars().series();
    full = FeatureMatrix.of(es1);
  }

  /**
   * Row r's target is the log return from its bar's close to the next bar's, computed here from
   * the raw CSV closes; rows run from bar 27 (ADX(14) is NaN for its first 2 x 14 - 1 bars, the
   * longest warm-up) to the second-to-last bar (the last has no next bar).
   */
  @Test
  void rows_targetTheNextBarsLogReturn_fromTheFirstCompleteBar() {
    List<Double> closes = List.copyOf(SampleData.closes(SampleData.ES1).values());

    assertThat(full.rowBars[0]).isEqualTo(27);
    assertThat(full.rowBars[full.rowBars.length - 1]).isEqualTo(es1.size() - 2);
    assertThat(full.rowBars).hasSize(es1.size() - 28);
    for (int r = 0; r < full.y.length; r += 7) {
      int t = full.rowBars[r];
      assertThat(full.y[r]).as("row %d", r)
          .isCloseTo(Math.log(closes.get(t + 1) / closes.get(t)), within(TOLERANCE));
      assertThat(full.x[r]).containsExactly(FeatureMatrix.row(full.columns, t));
    }
  }

  /** Features up to bar t are the same when every bar after t is removed (no look-ahead). */
  @ParameterizedTest
  @ValueSource(ints = {30, 250, 2_800, 5_000})
  void features_upToACut_doNotDependOnLaterBars(int cut) {
    FeatureMatrix truncated = FeatureMatrix.of(es1.slice(0, cut));

    for (int f = 0; f < full.columns.length; f++) {
      assertThat(truncated.columns[f])
          .as(FeatureMatrix.NAMES.get(f))
          .containsExactly(Arrays.copyOf(full.columns[f], cut));
    }
    // the truncated series' rows are the full rows whose next bar is inside the cut
    int[] expected = Arrays.stream(full.rowBars).filter(t -> t + 1 < cut).toArray();
    assertThat(truncated.rowBars).containsExactly(expected);
  }

  /** The 21-day realised volatility column is the documented ES1 fact on 2008-10-31. */
  @Test
  void realisedVolatility_onOctober31st2008_isTheDocumentedFact() {
    int t = es1.indexOf(LocalDate.of(2008, 10, 31).toEpochDay());

    assertThat(t).isNotNegative();
    assertThat(full.realisedVolatility[t]).isCloseTo(0.9146641550, within(1e-10));
    assertThat(full.columns[FeatureMatrix.NAMES.indexOf("realised_vol_21")][t])
        .isEqualTo(full.realisedVolatility[t]);
  }
}
