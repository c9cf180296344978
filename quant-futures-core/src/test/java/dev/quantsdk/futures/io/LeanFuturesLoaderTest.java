package dev.quantsdk.futures.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.ContractMonth;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeanFuturesLoaderTest {

  private static final ContractMonth DEC_2013 = ContractMonth.of(2013, 12);
  private static final ContractMonth MAR_2014 = ContractMonth.of(2014, 3);
  private static SortedMap<ContractMonth, ValidatedBars> es;
  private static BarSeries es1;

  @BeforeAll
  static void load() {
    es = LeanFuturesLoader.loadZips(SampleFiles.data("futures/lean/cme_daily_es_trade.zip"),
        SampleFiles.data("futures/lean/cme_daily_es_openinterest.zip"), LeanFuturesLoader.Options.defaults());
    es1 = ChrisCsvLoader.load(SampleFiles.es1(), ValidationPolicy.REPAIR).series();
  }

  @Test
  void zips_yieldOneSeriesPerContractMonth() {
    assertThat(es.keySet()).contains(DEC_2013, MAR_2014, ContractMonth.of(2014, 6), ContractMonth.of(2020, 3));
    // es_trade_201312.csv has 61 lines of which 6 are Sundays (checked with python datetime)
    assertThat(es.get(DEC_2013).series().size()).isEqualTo(55);
    // es_trade_201403.csv: 61 lines, 3 Sundays
    assertThat(es.get(MAR_2014).series().size()).isEqualTo(58);
  }

  @Test
  void sundayBars_mergeIntoMonday_matchingTheCmeSessionOfES1() {
    BarSeries z13 = es.get(DEC_2013).series();
    for (int i = 0; i < z13.size(); i++) {
      assertThat(z13.date(i).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
    // Lean: 20131006 (Sun) 1676.75/1678.25/1673.25, 20131007 1669/1679.5/1667/1668.
    // ES1 2013-10-07 (front month = Dec-2013): open 1676.75, high 1679.5.
    assertThat(z13.date(0)).isEqualTo(LocalDate.of(2013, 10, 7));
    int j = es1.indexOf(LocalDate.of(2013, 10, 7).toEpochDay());
    assertThat(z13.open(0)).isEqualTo(es1.open(j)).isEqualTo(1676.75);
    assertThat(z13.high(0)).isEqualTo(es1.high(j)).isEqualTo(1679.5);
    assertThat(z13.volume(0)).isEqualTo(21_573.0 + 1_374_818.0);
  }

  @Test
  void keepWeekendBars_keepsAllLines() {
    ValidatedBars kept = LeanFuturesLoader.loadZips(SampleFiles.data("futures/lean/cme_daily_es_trade.zip"),
        SampleFiles.data("futures/lean/cme_daily_es_openinterest.zip"),
        LeanFuturesLoader.Options.defaults().withWeekendBars(LeanFuturesLoader.WeekendBars.KEEP)).get(DEC_2013);
    assertThat(kept.series().size()).isEqualTo(61);
  }

  @Test
  void openInterest_equalsChrisPreviousDayOpenInterest_onTheSameDates() {
    BarSeries z13 = es.get(DEC_2013).series();
    BarSeries h14 = es.get(MAR_2014).series();
    BarSeries es2 = ChrisCsvLoader.load(SampleFiles.es2(), ValidationPolicy.REPAIR).series();
    // Lean 20131007: 2674467 = ES1 2013-10-07 "Previous Day Open Interest"; 20131216 likewise
    for (LocalDate d : new LocalDate[] {LocalDate.of(2013, 10, 7), LocalDate.of(2013, 12, 16)}) {
      long day = d.toEpochDay();
      assertThat(z13.openInterest(z13.indexOf(day))).isEqualTo(es1.openInterest(es1.indexOf(day)));
    }
    long dec16 = LocalDate.of(2013, 12, 16).toEpochDay();
    assertThat(h14.openInterest(h14.indexOf(dec16))).isEqualTo(es2.openInterest(es2.indexOf(dec16)))
        .isEqualTo(1_445_598.0);
    // no Lean value dated 2013-10-14
    assertThat(z13.openInterest(z13.indexOf(LocalDate.of(2013, 10, 14).toEpochDay()))).isNaN();
  }

  @Test
  void detectPriceDivisor_isOne_forTheBundledSamples_andFindsTenThousandForScaledPrices() {
    BarSeries z13 = es.get(DEC_2013).series();
    assertThat(LeanFuturesLoader.detectPriceDivisor(z13, es1)).isEqualTo(1.0);
    BarSeries.Builder scaled = BarSeries.builder(TimeBase.EPOCH_DAY);
    for (int i = 0; i < z13.size(); i++) {
      scaled.add(z13.time(i), z13.open(i) * 10_000, z13.high(i) * 10_000, z13.low(i) * 10_000,
          z13.close(i) * 10_000, Double.NaN, z13.volume(i), Double.NaN);
    }
    assertThat(LeanFuturesLoader.detectPriceDivisor(scaled.build(), es1)).isEqualTo(10_000.0);
    BarSeries es2 = ChrisCsvLoader.load(SampleFiles.es2(), ValidationPolicy.REPAIR).series();
    assertThatThrownBy(() -> LeanFuturesLoader.detectPriceDivisor(z13, es2.between(
        LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share no date");
  }
}
