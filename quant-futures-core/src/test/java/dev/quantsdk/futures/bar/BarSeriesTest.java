package dev.quantsdk.futures.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BarSeriesTest {

  /** Three ES1 rows (samples/data/futures/ES1_front_month_daily.csv, 2019-09-18..20). */
  private static BarSeries threeEsBars() {
    return BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(LocalDate.of(2019, 9, 18), 3006.0, 3011.0, 2978.5, 3007.25, 3006.25, 614513.0, 827491.0)
        .add(LocalDate.of(2019, 9, 19), 3008.0, 3022.25, 2988.75, 3005.75, 3006.0, 354179.0, 621184.0)
        .add(LocalDate.of(2019, 9, 20), 3005.5, 3015.5, 3001.75, 3013.75, 3013.61, 37786.0, 551009.0)
        .build();
  }

  @Test
  void accessors_returnExactlyTheValuesAdded() {
    BarSeries s = threeEsBars();
    assertThat(s.size()).isEqualTo(3);
    assertThat(s.date(2)).isEqualTo(LocalDate.of(2019, 9, 20));
    assertThat(s.open(0)).isEqualTo(3006.0);
    assertThat(s.high(1)).isEqualTo(3022.25);
    assertThat(s.low(2)).isEqualTo(3001.75);
    assertThat(s.close(2)).isEqualTo(3013.75);
    assertThat(s.settle(2)).isEqualTo(3013.61);
    assertThat(s.volume(2)).isEqualTo(37786.0);
    assertThat(s.openInterest(0)).isEqualTo(827491.0);
    assertThat(s.closes()).containsExactly(3007.25, 3005.75, 3013.75);
    assertThat(s.settles()).containsExactly(3006.25, 3006.0, 3013.61);
  }

  @Test
  void columns_areCopies_thatCannotChangeTheSeries() {
    BarSeries s = threeEsBars();
    double[] closes = s.closes();
    closes[0] = -1;
    assertThat(s.close(0)).isEqualTo(3007.25);
    assertThat(s.closes()).isNotSameAs(s.closes());
  }

  @Test
  void slice_sharesColumns_andShiftsIndexes() {
    BarSeries s = threeEsBars();
    BarSeries tail = s.slice(1, 3);
    assertThat(tail.size()).isEqualTo(2);
    assertThat(tail.date(0)).isEqualTo(LocalDate.of(2019, 9, 19));
    assertThat(tail.closes()).containsExactly(3005.75, 3013.75);
    assertThat(tail.indexOf(TimeBase.EPOCH_DAY.of(LocalDate.of(2019, 9, 20)))).isEqualTo(1);
    assertThat(tail.indexAtOrBefore(TimeBase.EPOCH_DAY.of(LocalDate.of(2019, 9, 18)))).isEqualTo(-1);
    assertThatThrownBy(() -> tail.close(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.slice(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void between_selectsInclusiveDateRange() {
    BarSeries s = threeEsBars();
    assertThat(s.between(LocalDate.of(2019, 9, 19), LocalDate.of(2019, 9, 30)).size()).isEqualTo(2);
    assertThat(s.between(LocalDate.of(2019, 9, 21), LocalDate.of(2019, 9, 30)).isEmpty()).isTrue();
  }

  @Test
  void columnBytesPerBar_is36_forDecimalPricesWithSettle_and32_without() {
    // time 8 + seven packed int columns 4 each
    assertThat(threeEsBars().columnBytesPerBar()).isEqualTo(36);
    BarSeries noSettle = BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(LocalDate.of(2019, 9, 18), 3006.0, 3011.0, 2978.5, 3007.25, Double.NaN, 614513.0, 827491.0)
        .build();
    assertThat(noSettle.hasSettle()).isFalse();
    assertThat(noSettle.settle(0)).isNaN();
    assertThat(noSettle.columnBytesPerBar()).isEqualTo(32);
  }

  @Test
  void nonDecimalPrices_fallBackToDoubles_andStayExact() {
    double third = 1.0 / 3.0;
    BarSeries s = BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(LocalDate.of(2020, 1, 2), third, third, third, third, Double.NaN, 1, Double.NaN)
        .build();
    assertThat(s.close(0)).isEqualTo(third);
    assertThat(s.columnBytesPerBar()).isEqualTo(8 + 4 * 8 + 4);
    assertThat(s.hasOpenInterest()).isFalse();
  }

  @Test
  void builder_buildsOnce() {
    BarSeries.Builder b = BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(LocalDate.of(2020, 1, 2), 1, 1, 1, 1, Double.NaN, 1, Double.NaN);
    b.build();
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.add(1, 1, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void intradayTimes_roundTripThroughEpochSeconds() {
    BarSeries s = BarSeries.builder(TimeBase.EPOCH_SECOND)
        .add(TimeBase.EPOCH_SECOND.of(LocalDate.of(2013, 10, 7).atTime(9, 30)), 1, 2, 1, 2, Double.NaN, 5, Double.NaN)
        .build();
    assertThat(s.dateTime(0)).isEqualTo(LocalDate.of(2013, 10, 7).atTime(9, 30));
    assertThat(s.date(0)).isEqualTo(LocalDate.of(2013, 10, 7));
    assertThat(s).hasToString("BarSeries[1 bars, 2013-10-07T09:30 .. 2013-10-07T09:30]");
  }
}
