package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.indicator.Adx;
import dev.quantsdk.futures.indicator.Indicators;
import dev.quantsdk.futures.instrument.ContractMonth;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.futures.roll.RollRule;
import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Market-intelligence measures over daily bars: volatility regime, trend state, cross-instrument
 * correlation and upcoming rolls. Pure functions of their arguments (no I/O, no clock); stateless
 * and thread-safe.
 *
 * <ul>
 *   <li><b>Volatility regime</b>: realised volatility
 *       ({@code Indicators.realisedVolatility}, {@value #VOLATILITY_WINDOW} log returns of the
 *       close, annualised with {@value #BARS_PER_YEAR}) on the date, ranked against every value of
 *       the same series from its first defined value up to and including the date: percentile =
 *       share of those values at or below today's. LOW below {@value #LOW_PERCENTILE}, HIGH
 *       above {@value #HIGH_PERCENTILE}, NORMAL otherwise; at least {@value #MIN_HISTORY_DAYS}
 *       values are required. An unadjusted continuous series (CHRIS ES1) keeps its roll gaps in
 *       its returns.
 *   <li><b>Trend state</b>: ADX({@value #ADX_PERIOD}) (Wilder) at or above
 *       {@value #ADX_TRENDING} is a trend, UP when SMA({@value #TREND_SMA}) of the close rose over
 *       the last {@value #SLOPE_BARS} bars and +DI is above −DI, DOWN when it fell and −DI is
 *       above +DI; anything else (a weak ADX, or slope and DI disagreeing as a trend breaks) is a
 *       range.
 *   <li><b>Correlation</b>: the dates on which every instrument has a bar are intersected; each
 *       instrument's log return runs from one aligned date to the next; Pearson correlation of
 *       those columns (two-pass: means, then co-moments). Bars on other dates are ignored.
 *   <li><b>Upcoming rolls</b>: for each listed contract month from the date's month on, the
 *       calendar rule's roll date is {@code n} business days before the last trading day (the
 *       product's expiry rule); rolls on or after the date are listed in order.
 * </ul>
 */
public final class MarketIntelligence {

  /** Log returns in the realised-volatility window (one trading month). */
  public static final int VOLATILITY_WINDOW = 21;
  /** Annualisation of daily realised volatility. */
  public static final int BARS_PER_YEAR = 252;
  /** A percentile below this is a LOW-volatility regime. */
  public static final double LOW_PERCENTILE = 0.25;
  /** A percentile above this is a HIGH-volatility regime. */
  public static final double HIGH_PERCENTILE = 0.75;
  /** Fewer realised-volatility values than this (about a year) cannot be ranked. */
  public static final int MIN_HISTORY_DAYS = 252;
  /** The ADX period. */
  public static final int ADX_PERIOD = 14;
  /** ADX at or above this is a trend (Wilder's usual reading). */
  public static final double ADX_TRENDING = 25;
  /** The moving average whose slope gives the trend's direction. */
  public static final int TREND_SMA = 50;
  /** Bars over which the moving average's slope is measured. */
  public static final int SLOPE_BARS = 10;

  private MarketIntelligence() {
  }

  /**
   * The volatility regime on a date.
   *
   * @param bars daily bars ({@link TimeBase#EPOCH_DAY}), closes &gt; 0
   * @param asOf the date; the last bar on or before it is used
   * @return the regime
   * @throws IllegalArgumentException if no bar is on or before the date, or the history up to it
   *     holds fewer than {@value #MIN_HISTORY_DAYS} realised-volatility values
   */
  public static VolatilityRegime volatilityRegime(BarSeries bars, LocalDate asOf) {
    int t = barAtOrBefore(bars, asOf);
    double[] rv = Indicators.realisedVolatility(bars.closes(), VOLATILITY_WINDOW, BARS_PER_YEAR);
    return regimeAt(bars, rv, t);
  }

  /**
   * The volatility regime at a bar, from a realised-volatility column.
   *
   * @param bars the bars
   * @param rv the realised-volatility column of the bars
   * @param t the bar
   * @return the regime
   */
  static VolatilityRegime regimeAt(BarSeries bars, double[] rv, int t) {
    int history = 0;
    int atOrBelow = 0;
    double today = rv[t];
    for (int i = 0; i <= t; i++) {
      double v = rv[i];
      if (v == v) {
        history++;
        if (v <= today) {
          atOrBelow++;
        }
      }
    }
    ArgChecker.isTrue(today == today && history >= MIN_HISTORY_DAYS,
        "volatility regime on %s needs %d days of realised volatility history but has %d",
        bars.date(t), MIN_HISTORY_DAYS, history);
    double percentile = (double) atOrBelow / history;
    return new VolatilityRegime(bars.date(t), today, percentile, history,
        VolatilityRegime.Regime.of(percentile));
  }

  /**
   * The trend state on a date.
   *
   * @param bars daily bars ({@link TimeBase#EPOCH_DAY})
   * @param asOf the date; the last bar on or before it is used
   * @return the state
   * @throws IllegalArgumentException if no bar is on or before the date, or too few bars precede
   *     it for the ADX and the moving average's slope
   */
  public static TrendState trendState(BarSeries bars, LocalDate asOf) {
    int t = barAtOrBefore(bars, asOf);
    Adx adx = Indicators.adx(bars.highs(), bars.lows(), bars.closes(), ADX_PERIOD);
    double[] sma = Indicators.sma(bars.closes(), TREND_SMA);
    return trendAt(bars, adx, sma, t);
  }

  /**
   * The trend state at a bar, from the ADX and SMA columns.
   *
   * @param bars the bars
   * @param adx the ADX of the bars
   * @param sma the SMA of the closes
   * @param t the bar
   * @return the state
   */
  static TrendState trendAt(BarSeries bars, Adx adx, double[] sma, int t) {
    double a = adx.adx()[t];
    double before = t >= SLOPE_BARS ? sma[t - SLOPE_BARS] : Double.NaN;
    ArgChecker.isTrue(a == a && before == before,
        "trend state on %s needs %d bars of history but has %d", bars.date(t),
        Math.max(2 * ADX_PERIOD, TREND_SMA + SLOPE_BARS), t + 1);
    double slope = sma[t] / before - 1;
    return new TrendState(bars.date(t), a, adx.plusDi()[t], adx.minusDi()[t], slope,
        TrendState.Trend.of(a, adx.plusDi()[t], adx.minusDi()[t], slope));
  }

  /**
   * The correlation matrix of daily log returns on aligned dates.
   *
   * @param barsByInstrument each instrument's daily bars, in the matrix's order
   * @param from first date considered, inclusive
   * @param to last date considered, inclusive
   * @return the matrix
   * @throws IllegalArgumentException if fewer than 2 instruments are given, a series is not daily
   *     or has a close &lt;= 0, or fewer than 3 aligned dates fall in the window
   */
  public static CorrelationMatrix correlation(Map<String, BarSeries> barsByInstrument,
      LocalDate from, LocalDate to) {
    ArgChecker.notNull(barsByInstrument, "barsByInstrument");
    ArgChecker.isTrue(barsByInstrument.size() >= 2,
        "a correlation matrix needs at least 2 instruments but got %s",
        barsByInstrument.keySet());
    ArgChecker.isTrue(!to.isBefore(from), "window end %s is before its start %s", to, from);
    List<String> ids = new ArrayList<>(barsByInstrument.keySet());
    List<BarSeries> series = new ArrayList<>();
    for (String id : ids) {
      BarSeries s = barsByInstrument.get(id);
      ArgChecker.isTrue(s.timeBase() == TimeBase.EPOCH_DAY, "%s is not a daily series", id);
      series.add(s);
    }
    long[] dates = alignedDates(series, from.toEpochDay(), to.toEpochDay());
    ArgChecker.isTrue(dates.length >= 3,
        "%s share %d dates between %s and %s: at least 3 are needed for 2 returns", ids,
        dates.length, from, to);
    int m = dates.length - 1;
    double[][] returns = new double[ids.size()][m];
    for (int k = 0; k < ids.size(); k++) {
      BarSeries s = series.get(k);
      double prev = positiveClose(s, ids.get(k), s.indexOf(dates[0]));
      for (int r = 0; r < m; r++) {
        double c = positiveClose(s, ids.get(k), s.indexOf(dates[r + 1]));
        returns[k][r] = Math.log(c / prev);
        prev = c;
      }
    }
    return new CorrelationMatrix(ids, LocalDate.ofEpochDay(dates[0]),
        LocalDate.ofEpochDay(dates[m]), m, pearson(returns));
  }

  /**
   * The next rolls of a product under a calendar rule.
   *
   * @param product the product (expiry rule, listed months)
   * @param asOf rolls on or after this date are listed
   * @param rule the calendar roll rule (business days before expiry and the calendar)
   * @param count how many rolls, &gt;= 1
   * @return the rolls, in date order
   */
  public static List<UpcomingRoll> upcomingRolls(FuturesProduct product, LocalDate asOf,
      RollRule.Calendar rule, int count) {
    ArgChecker.notNull(product, "product");
    ArgChecker.notNull(asOf, "asOf");
    ArgChecker.notNull(rule, "rule");
    ArgChecker.positive(count, "count");
    List<UpcomingRoll> out = new ArrayList<>(count);
    ContractMonth month = ContractMonth.of(asOf.getYear(), asOf.getMonthValue());
    if (!product.isListed(month)) {
      month = product.nextListed(month);
    }
    ContractSpec front = product.contract(month, rule.calendar());
    while (out.size() < count) {
      ContractSpec next = product.contract(product.nextListed(front.month()), rule.calendar());
      LocalDate rollDate = rule.calendar().minusBusinessDays(front.lastTradingDay(),
          rule.businessDays());
      if (!rollDate.isBefore(asOf)) {
        out.add(new UpcomingRoll(product.root(), front, next, rollDate));
      }
      front = next;
    }
    return out;
  }

  /**
   * Upcoming rolls of several products.
   *
   * @param products the products
   * @param asOf the date
   * @param rule the calendar rule
   * @param count rolls per product
   * @return per root, the rolls in date order
   */
  public static Map<String, List<UpcomingRoll>> upcomingRolls(List<FuturesProduct> products,
      LocalDate asOf, RollRule.Calendar rule, int count) {
    Map<String, List<UpcomingRoll>> out = new LinkedHashMap<>();
    for (FuturesProduct p : products) {
      out.put(p.root(), upcomingRolls(p, asOf, rule, count));
    }
    return out;
  }

  private static int barAtOrBefore(BarSeries bars, LocalDate asOf) {
    ArgChecker.notNull(bars, "bars");
    ArgChecker.notNull(asOf, "asOf");
    ArgChecker.isTrue(bars.timeBase() == TimeBase.EPOCH_DAY, "bars must be daily (EPOCH_DAY)");
    int t = bars.indexAtOrBefore(asOf.toEpochDay());
    ArgChecker.isTrue(t >= 0, "no bar on or before %s: the series starts %s", asOf,
        bars.isEmpty() ? "nowhere (it is empty)" : bars.date(0));
    return t;
  }

  private static double positiveClose(BarSeries s, String id, int i) {
    double c = s.close(i);
    ArgChecker.isTrue(c > 0, "%s: close %s on %s must be > 0 for a log return", id, c, s.date(i));
    return c;
  }

  /** Dates (epoch days) within [from, to] on which every series has a bar, ascending. */
  private static long[] alignedDates(List<BarSeries> series, long from, long to) {
    int k = series.size();
    int[] pos = new int[k];
    for (int s = 0; s < k; s++) {
      int i = series.get(s).indexAtOrBefore(from - 1) + 1;
      pos[s] = i;
    }
    long[] out = new long[series.get(0).size()];
    int n = 0;
    while (true) {
      long max = Long.MIN_VALUE;
      for (int s = 0; s < k; s++) {
        if (pos[s] >= series.get(s).size()) {
          return Arrays.copyOf(out, n);
        }
        max = Math.max(max, series.get(s).time(pos[s]));
      }
      if (max > to) {
        return Arrays.copyOf(out, n);
      }
      boolean all = true;
      for (int s = 0; s < k; s++) {
        BarSeries b = series.get(s);
        while (pos[s] < b.size() && b.time(pos[s]) < max) {
          pos[s]++;
        }
        if (pos[s] >= b.size()) {
          return Arrays.copyOf(out, n);
        }
        all &= b.time(pos[s]) == max;
      }
      if (all) {
        out[n++] = max;
        for (int s = 0; s < k; s++) {
          pos[s]++;
        }
      }
    }
  }

  /** Pearson correlations of the rows of {@code x}, two-pass. */
  private static double[][] pearson(double[][] x) {
    int k = x.length;
    int m = x[0].length;
    double[][] centred = new double[k][m];
    double[] norm = new double[k];
    for (int a = 0; a < k; a++) {
      double mean = 0;
      for (double v : x[a]) {
        mean += v;
      }
      mean /= m;
      double ss = 0;
      for (int r = 0; r < m; r++) {
        double d = x[a][r] - mean;
        centred[a][r] = d;
        ss += d * d;
      }
      norm[a] = Math.sqrt(ss);
    }
    double[][] out = new double[k][k];
    for (int a = 0; a < k; a++) {
      out[a][a] = norm[a] > 0 ? 1.0 : Double.NaN;
      for (int b = a + 1; b < k; b++) {
        double s = 0;
        for (int r = 0; r < m; r++) {
          s += centred[a][r] * centred[b][r];
        }
        double c = s / (norm[a] * norm[b]);
        out[a][b] = c;
        out[b][a] = c;
      }
    }
    return out;
  }
}
