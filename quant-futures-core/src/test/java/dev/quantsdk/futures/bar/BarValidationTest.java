package dev.quantsdk.futures.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rules and policies on hand-made bars; the real-file counts are in the loader tests. */
class BarValidationTest {

  private static final LocalDate D1 = LocalDate.of(2008, 10, 9);
  private static final LocalDate D2 = LocalDate.of(2008, 10, 10);
  private static final LocalDate D3 = LocalDate.of(2008, 10, 13);

  /** Row 2 has high < low (the issue's example), row 3 a blank open. */
  private static BarSeries.Builder sample() {
    return BarSeries.builder(TimeBase.EPOCH_DAY)
        .addRow(1202, TimeBase.EPOCH_DAY.of(D1), 905.0, 910.0, 899.0, 902.0, 902.0, 10, 100)
        .addRow(1203, TimeBase.EPOCH_DAY.of(D2), 902.0, 901.5, 903.0, 902.5, 902.5, 10, 100)
        .addRow(1204, TimeBase.EPOCH_DAY.of(D3), Double.NaN, 920.0, 900.0, 915.0, 915.0, 10, 100);
  }

  @Test
  void strict_throws_listingEveryOffendingRow_inTheDocumentedFormat() {
    assertThatThrownBy(() -> sample().build())
        .isInstanceOf(BarValidationException.class)
        .hasMessageContaining("2 invalid bars")
        .hasMessageContaining("row 1203 (2008-10-10): high 901.5 < low 903.0")
        .hasMessageContaining("row 1204 (2008-10-13): open is blank")
        .satisfies(e -> assertThat(((BarValidationException) e).report().issues()).hasSize(2));
  }

  @Test
  void skip_dropsAndReports() {
    ValidatedBars result = sample().build(ValidationPolicy.SKIP);
    assertThat(result.series().size()).isEqualTo(1);
    assertThat(result.report().rowsRead()).isEqualTo(3);
    assertThat(result.report().issues(BarIssue.Resolution.DROPPED)).extracting(BarIssue::row)
        .containsExactly(1203L, 1204L);
  }

  @Test
  void repair_widensHighAndLow_andFillsTheOpenFromThePreviousClose() {
    ValidatedBars result = sample().build(ValidationPolicy.REPAIR);
    BarSeries s = result.series();
    assertThat(s.size()).isEqualTo(3);
    // row 1203: open 902, high 901.5, low 903, close 902.5 -> high 903.0, low 901.5
    assertThat(s.high(1)).isEqualTo(903.0);
    assertThat(s.low(1)).isEqualTo(901.5);
    // row 1204: blank open -> previous close 902.5
    assertThat(s.open(2)).isEqualTo(902.5);
    assertThat(result.report().issues(BarIssue.Resolution.REPAIRED)).extracting(BarIssue::detail)
        .containsExactly("high 901.5 -> 903.0; low 903.0 -> 901.5", "open 902.5 from the previous close");
  }

  @Test
  void repair_dropsWhatItCannotRepair() {
    long t = TimeBase.EPOCH_DAY.of(D1);
    ValidatedBars result = BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(t, 1, 2, 1, 2, Double.NaN, 5, Double.NaN)
        .add(t, 1, 2, 1, 2, Double.NaN, 5, Double.NaN)
        .add(t + 1, 1, 2, 1, Double.NaN, Double.NaN, 5, Double.NaN)
        .add(t + 2, 1, 2, 1, 2, Double.NaN, -5, Double.NaN)
        .add(t - 5, 1, 2, 1, 2, Double.NaN, 5, Double.NaN)
        .build(ValidationPolicy.REPAIR);
    assertThat(result.series().size()).isEqualTo(1);
    assertThat(result.report().issues()).extracting(BarIssue::message).containsExactly(
        "row 2 (2008-10-09): duplicate timestamp",
        "row 3 (2008-10-10): close is blank",
        "row 4 (2008-10-11): volume -5.0 < 0",
        "row 5 (2008-10-04): timestamp not after the previous bar's 2008-10-09");
  }

  @Test
  void repair_treatsAZeroOpen_withPositiveLow_asBlank() {
    ValidatedBars result = BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(D1, 70.0, 71.0, 69.0, 70.5, Double.NaN, 1, Double.NaN)
        .add(D2, 0.0, 71.96, 70.71, 70.96, Double.NaN, 1, Double.NaN)
        .build(ValidationPolicy.REPAIR);
    // the previous close 70.5 lies below the day's low: the filled open is clamped to 70.71
    assertThat(result.series().open(1)).isEqualTo(70.71);
    assertThat(result.series().low(1)).isEqualTo(70.71);
    assertThat(result.report().issues().get(0))
        .hasToString("row 2 (2008-10-10): open 0.0 with low 70.71 > 0 "
            + "[repaired: open 70.71 from the previous close 70.5 clamped into [low, high]]");
  }

  @Test
  void repair_setsBlankVolumeToZero_andDropsNegativeOpenInterest() {
    ValidatedBars result = BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(D1, 1, 2, 1, 2, Double.NaN, Double.NaN, -3)
        .build(ValidationPolicy.REPAIR);
    assertThat(result.series().volume(0)).isZero();
    assertThat(result.series().openInterest(0)).isNaN();
    assertThat(result.report().issues().get(0).toString())
        .isEqualTo("row 1 (2008-10-09): volume is blank; open interest -3.0 < 0 [repaired: volume 0; open interest absent]");
  }
}
