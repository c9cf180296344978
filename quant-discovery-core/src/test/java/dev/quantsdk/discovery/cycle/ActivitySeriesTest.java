package dev.quantsdk.discovery.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.TradeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class ActivitySeriesTest {

  private static final LocalDate MON = LocalDate.of(2024, 1, 1);
  private static final LocalDate FRI_NEXT = LocalDate.of(2024, 1, 12);

  private static DisclosedTrade trade(String id, String who, LocalDate date, Optional<AmountBand> band) {
    return new DisclosedTrade(id, who, date, Optional.empty(), Optional.of("AAPL"), TradeType.PURCHASE, band);
  }

  private static final List<DisclosedTrade> TRADES = List.of(
      trade("1", "A", LocalDate.of(2024, 1, 2), Optional.of(AmountBand.of(1_001, 15_000))),
      trade("2", "A", LocalDate.of(2024, 1, 2), Optional.empty()),
      // Saturday 6 January: moves to Monday 8 January on the business-day basis
      trade("3", "A", LocalDate.of(2024, 1, 6), Optional.of(AmountBand.openEnded(50_000_000))),
      trade("4", "B", LocalDate.of(2024, 1, 12), Optional.of(AmountBand.of(15_001, 50_000))),
      // outside the window
      trade("5", "A", LocalDate.of(2024, 1, 13), Optional.of(AmountBand.of(1_001, 15_000))));

  @Test
  void ofTrades_countsPerBusinessDay_movingWeekendsToMonday() {
    ActivitySeries s = ActivitySeries.ofTrades(TRADES, MON, FRI_NEXT,
        ActivitySeries.DayBasis.BUSINESS, ActivitySeries.Weighting.COUNT);
    // Mon 1 .. Fri 12 January: 10 business days
    assertThat(s.values()).containsExactly(0, 2, 0, 0, 0, 1, 0, 0, 0, 1);
    assertThat(s.spanDays()).isEqualTo(14.0);
  }

  @Test
  void ofTrades_sumsBandMidpoints_onCalendarDays() {
    ActivitySeries s = ActivitySeries.ofTrades(TRADES, MON, FRI_NEXT,
        ActivitySeries.DayBasis.CALENDAR, ActivitySeries.Weighting.AMOUNT_MIDPOINT);
    assertThat(s.length()).isEqualTo(12);
    double[] v = s.values();
    // (1,001 + 15,000) / 2 = 8,000.5; an unknown amount adds nothing; open-ended bands count their minimum
    assertThat(v[1]).isEqualTo(8_000.5);
    assertThat(v[5]).isEqualTo(50_000_000.0);
    assertThat(v[11]).isEqualTo(32_500.5);
  }

  @Test
  void byPolitician_buildsOneSeriesPerMember_inIdOrder() {
    SortedMap<String, ActivitySeries> m = ActivitySeries.byPolitician(TRADES, MON, FRI_NEXT,
        ActivitySeries.DayBasis.BUSINESS, ActivitySeries.Weighting.COUNT);
    assertThat(m.keySet()).containsExactly("A", "B");
    assertThat(m.get("B").values()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
  }

  @Test
  void eventSamples_repeatsDaysByTheirCount() {
    ActivitySeries s = ActivitySeries.of(MON, ActivitySeries.DayBasis.CALENDAR, ActivitySeries.Weighting.COUNT,
        new double[] {0, 2, 0, 1});
    assertThat(s.eventSamples()).containsExactly(1, 1, 3);
  }

  @Test
  void of_rejectsNegativeValuesAndWeekendStarts() {
    assertThatThrownBy(() -> ActivitySeries.of(MON, ActivitySeries.DayBasis.CALENDAR,
        ActivitySeries.Weighting.COUNT, new double[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[1]");
    assertThatThrownBy(() -> ActivitySeries.of(LocalDate.of(2024, 1, 6), ActivitySeries.DayBasis.BUSINESS,
        ActivitySeries.Weighting.COUNT, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SATURDAY");
  }
}
