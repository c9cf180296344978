package dev.quantsdk.orchestration.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.instrument.BusinessCalendar;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.roll.RollRule;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.adx.MinusDIIndicator;
import org.ta4j.core.indicators.adx.PlusDIIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;

class MarketIntelligenceTest {

  private static final double PERCENTILE_TOLERANCE = 1e-12;
  private static final double VOLATILITY_TOLERANCE = 1e-9;
  private static final double INDICATOR_TOLERANCE = 1e-9;
  private static final double CORRELATION_TOLERANCE = 1e-12;
  private static final RollRule.Calendar FIVE_DAYS =
      new RollRule.Calendar(5, BusinessCalendar.weekendsOnly());

  private static BarSeries es1;
  private static BarSeries es2;
  private static BarSeries gspc;
  private static org.ta4j.core.BarSeries ta4jEs1;

  @BeforeAll
  static void load() {
    FileBarSource source = SampleData.source();
    es1 = source.load("ES1").bars().series();
    es2 = source.load("ES2").bars().series();
    gspc = source.load("GSPC").bars().series();
    ta4jEs1 = ta4j(es1);
  }

  /**
   * Expected values computed independently with python3 on the CSV's closes: 21-day realised
   * volatility sqrt(252 * mean(r^2)) of log returns, and the share of all defined values from the
   * first up to the date that are at or below the date's. 2008-10-31's volatility is the
   * documented ES1 fact 0.9146641550.
   */
  @ParameterizedTest
  @CsvSource({
      "2008-10-10, 2008-10-10, 0.6489719421764776, 1.0, 2823, HIGH",
      "2008-10-31, 2008-10-31, 0.9146641550115914, 0.9989429175475687, 2838, HIGH",
      "2017-06-30, 2017-06-30, 0.05776698597604162, 0.011883541295306001, 5049, LOW",
      "2017-07-16, 2017-07-14, 0.07031174674396991, 0.05041518386714116, 5058, LOW",
      "2019-10-18, 2019-10-18, 0.14095334267575174, 0.4894297388523716, 5629, NORMAL"})
  void volatilityRegime_ranksRealisedVolatilityAgainstItsOwnHistory_onEs1(LocalDate asOf,
      LocalDate bar, double vol, double percentile, int history,
      VolatilityRegime.Regime regime) {
    VolatilityRegime r = MarketIntelligence.volatilityRegime(es1, asOf);

    assertThat(r.date()).isEqualTo(bar);
    assertThat(r.realisedVolatility()).isCloseTo(vol, within(VOLATILITY_TOLERANCE));
    assertThat(r.percentile()).isCloseTo(percentile, within(PERCENTILE_TOLERANCE));
    assertThat(r.historyDays()).isEqualTo(history);
    assertThat(r.regime()).isEqualTo(regime);
  }

  /**
   * The S&amp;P 500 index as a second instrument, same python3 computation on the GSPC CSV's
   * closes: the 1987 crash and the 2008 and 2020 crises HIGH, mid-2017 LOW, and June 1995 just
   * above the lower quartile (NORMAL).
   */
  @ParameterizedTest
  @CsvSource({
      "1987-10-30, 0.9864596580555394, 0.9992657856093979, 14982, HIGH",
      "2008-10-31, 0.8167443632237998, 0.997682331475911, 20279, HIGH",
      "2020-03-31, 0.9341053867043557, 0.9985745140388769, 23150, HIGH",
      "2017-06-30, 0.0684405765682764, 0.07417961618950086, 22459, LOW",
      "1995-06-30, 0.0912482777063453, 0.25342789598108745, 16920, NORMAL"})
  void volatilityRegime_ofTheSp500Index_matchesItsKnownCrises(LocalDate date, double vol,
      double percentile, int history, VolatilityRegime.Regime regime) {
    VolatilityRegime r = MarketIntelligence.volatilityRegime(gspc, date);

    assertThat(r.date()).isEqualTo(date);
    assertThat(r.realisedVolatility()).isCloseTo(vol, within(VOLATILITY_TOLERANCE));
    assertThat(r.percentile()).isCloseTo(percentile, within(PERCENTILE_TOLERANCE));
    assertThat(r.historyDays()).isEqualTo(history);
    assertThat(r.regime()).isEqualTo(regime);
  }

  @Test
  void volatilityRegime_refusesAnAsOfWithLessThanAYearOfHistory() {
    // ES1 starts 1997-09-09: by 1998-03-31 fewer than 252 volatility values exist
    assertThatThrownBy(() -> MarketIntelligence.volatilityRegime(es1, LocalDate.of(1998, 3, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 252 days of realised volatility history");
    assertThatThrownBy(() -> MarketIntelligence.volatilityRegime(es1, LocalDate.of(1990, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no bar on or before 1990-01-01");
  }

  @ParameterizedTest
  @CsvSource({"0.0, LOW", "0.2499, LOW", "0.25, NORMAL", "0.75, NORMAL", "0.7501, HIGH",
      "1.0, HIGH"})
  void regimeOf_usesTheDocumentedQuartileThresholds(double percentile,
      VolatilityRegime.Regime expected) {
    assertThat(VolatilityRegime.Regime.of(percentile)).isEqualTo(expected);
  }

  /**
   * ADX(14), +DI, -DI and SMA(50) against ta4j 0.17 on the same ES1 bars; the state against the
   * market's known history: the October 2008 crash and the July 2002 bear-market low (DOWN), the
   * 2003 recovery and the May 2013 record-high rally (UP), the calm of July 2017 (RANGE: ADX 12)
   * and 8 February 2018, when the 50-day average was still rising but the bars were falling
   * (RANGE: slope and DI disagree).
   */
  @ParameterizedTest
  @CsvSource({"2008-10-31, DOWN", "2002-07-23, DOWN", "2003-06-16, UP", "2013-05-21, UP",
      "2017-07-14, RANGE", "2018-02-08, RANGE"})
  void trendState_matchesTheKnownMarket_withAdxDiAndSmaEqualToTa4j_onEs1(LocalDate date,
      TrendState.Trend expected) {
    TrendState s = MarketIntelligence.trendState(es1, date);

    int t = es1.indexAtOrBefore(date.toEpochDay());
    ADXIndicator adx = new ADXIndicator(ta4jEs1, 14);
    SMAIndicator sma = new SMAIndicator(new ClosePriceIndicator(ta4jEs1), 50);
    assertThat(s.adx()).isCloseTo(adx.getValue(t).doubleValue(), within(INDICATOR_TOLERANCE));
    assertThat(s.plusDi()).isCloseTo(new PlusDIIndicator(ta4jEs1, 14).getValue(t).doubleValue(),
        within(INDICATOR_TOLERANCE));
    assertThat(s.minusDi()).isCloseTo(
        new MinusDIIndicator(ta4jEs1, 14).getValue(t).doubleValue(), within(INDICATOR_TOLERANCE));
    assertThat(s.smaSlope()).isCloseTo(
        sma.getValue(t).doubleValue() / sma.getValue(t - 10).doubleValue() - 1,
        within(INDICATOR_TOLERANCE));
    assertThat(s.trend()).isEqualTo(expected);
  }

  @Test
  void trendState_refusesTooShortAHistory() {
    assertThatThrownBy(() -> MarketIntelligence.trendState(es1, LocalDate.of(1997, 10, 15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 60 bars of history");
  }

  /**
   * The matrix against commons-math3 on returns built here from the raw CSV closes: dates common
   * to all three files in 2008, log returns between consecutive common dates.
   */
  @Test
  void correlation_equalsCommonsMathPearson_onAlignedEs1Es2AndGspcReturns() {
    LocalDate from = LocalDate.of(2008, 1, 1);
    LocalDate to = LocalDate.of(2008, 12, 31);
    Map<String, BarSeries> series = new LinkedHashMap<>();
    series.put("ES1", es1);
    series.put("ES2", es2);
    series.put("GSPC", gspc);

    CorrelationMatrix m = MarketIntelligence.correlation(series, from, to);

    List<NavigableMap<LocalDate, Double>> raw = List.of(SampleData.closes(SampleData.ES1),
        SampleData.closes(SampleData.ES2), SampleData.closes(SampleData.GSPC));
    TreeSet<LocalDate> common = new TreeSet<>(raw.get(0).subMap(from, true, to, true).keySet());
    raw.forEach(r -> common.retainAll(r.keySet()));
    List<LocalDate> dates = new ArrayList<>(common);
    double[][] returns = new double[dates.size() - 1][3];
    for (int i = 1; i < dates.size(); i++) {
      for (int k = 0; k < 3; k++) {
        returns[i - 1][k] = Math.log(raw.get(k).get(dates.get(i)) / raw.get(k).get(dates.get(i - 1)));
      }
    }
    double[][] expected = new PearsonsCorrelation(returns).getCorrelationMatrix().getData();

    assertThat(m.instruments()).containsExactly("ES1", "ES2", "GSPC");
    assertThat(m.observations()).isEqualTo(dates.size() - 1);
    assertThat(m.firstDate()).isEqualTo(dates.get(0));
    assertThat(m.lastDate()).isEqualTo(dates.get(dates.size() - 1));
    double[][] actual = m.values();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(actual[i][j]).as("[%d][%d]", i, j)
            .isCloseTo(expected[i][j], within(CORRELATION_TOLERANCE));
      }
    }
    // the E-mini tracks its index: daily returns in 2008 move together almost one for one
    assertThat(m.get("ES1", "GSPC")).isGreaterThan(0.95);
    assertThat(MarketIntelligence.correlation(series, from, to)).isEqualTo(m)
        .hasSameHashCodeAs(m);
  }

  @Test
  void correlation_refusesOneInstrumentAndAnEmptyOverlap() {
    assertThatThrownBy(() -> MarketIntelligence.correlation(Map.of("ES1", es1),
        LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
    Map<String, BarSeries> two = new LinkedHashMap<>();
    two.put("ES1", es1);
    two.put("ES2", es2);
    assertThatThrownBy(() -> MarketIntelligence.correlation(two, LocalDate.of(2021, 1, 1),
        LocalDate.of(2021, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share 0 dates");
  }

  /**
   * Hand-checked: third Fridays 2019-09-20, 2019-12-20, 2020-03-20, 2020-06-19 (September and
   * December 2019 and March 2020 start on a Sunday, June 2020 on a Monday); five business days
   * earlier is the Friday before.
   */
  @Test
  void upcomingRolls_es_rollAWeekBeforeTheThirdFriday() {
    List<UpcomingRoll> rolls = MarketIntelligence.upcomingRolls(FuturesCatalogue.ES,
        LocalDate.of(2019, 9, 1), FIVE_DAYS, 4);

    assertThat(rolls).extracting(r -> r.from().symbol())
        .containsExactly("ESU2019", "ESZ2019", "ESH2020", "ESM2020");
    assertThat(rolls).extracting(r -> r.to().symbol())
        .containsExactly("ESZ2019", "ESH2020", "ESM2020", "ESU2020");
    assertThat(rolls).extracting(UpcomingRoll::expiry).containsExactly(
        LocalDate.of(2019, 9, 20), LocalDate.of(2019, 12, 20), LocalDate.of(2020, 3, 20),
        LocalDate.of(2020, 6, 19));
    assertThat(rolls).extracting(UpcomingRoll::rollDate).containsExactly(
        LocalDate.of(2019, 9, 13), LocalDate.of(2019, 12, 13), LocalDate.of(2020, 3, 13),
        LocalDate.of(2020, 6, 12));
  }

  @ParameterizedTest
  @CsvSource({
      // on the roll date itself the roll is still upcoming (it happens at that day's close)
      "2019-09-13, ESU2019, 2019-09-13",
      // after the roll date, before expiry: the next roll is December's
      "2019-09-16, ESZ2019, 2019-12-13",
      "2019-12-21, ESH2020, 2020-03-13"})
  void upcomingRolls_es_startFromTheFirstRollOnOrAfterTheDate(LocalDate asOf, String front,
      LocalDate rollDate) {
    UpcomingRoll first = MarketIntelligence.upcomingRolls(FuturesCatalogue.ES, asOf, FIVE_DAYS, 1)
        .get(0);

    assertThat(first.from().symbol()).isEqualTo(front);
    assertThat(first.rollDate()).isEqualTo(rollDate);
  }

  /**
   * CLZ2019's published last trading day is 2019-11-20 (expiry rule test); five business days
   * before it is Wednesday 2019-11-13. CLX2019 expired 2019-10-22, before the date.
   */
  @Test
  void upcomingRolls_crude_followTheMonthBeforeRule() {
    UpcomingRoll first = MarketIntelligence.upcomingRolls(FuturesCatalogue.CL,
        LocalDate.of(2019, 11, 1), FIVE_DAYS, 1).get(0);

    assertThat(first.from().symbol()).isEqualTo("CLZ2019");
    assertThat(first.to().symbol()).isEqualTo("CLF2020");
    assertThat(first.expiry()).isEqualTo(LocalDate.of(2019, 11, 20));
    assertThat(first.rollDate()).isEqualTo(LocalDate.of(2019, 11, 13));
  }

  private static org.ta4j.core.BarSeries ta4j(BarSeries bars) {
    org.ta4j.core.BarSeries s = new BaseBarSeriesBuilder().withName("es1")
        .withNumTypeOf(DoubleNum.class).build();
    for (int i = 0; i < bars.size(); i++) {
      s.addBar(bars.date(i).atStartOfDay(ZoneOffset.UTC).plusDays(1), bars.open(i), bars.high(i),
          bars.low(i), bars.close(i), bars.volume(i));
    }
    return s;
  }
}
