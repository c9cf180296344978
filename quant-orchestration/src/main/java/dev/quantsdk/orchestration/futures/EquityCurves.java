package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chart helpers for equity curves: the drawdown series and downsampling to a bounded number of
 * points. Pure functions; stateless and thread-safe.
 *
 * <p><b>Downsampling</b> keeps, in each of {@code maxPoints / 4} equal-width buckets of bars, the
 * bucket's first, last, lowest and highest bar (each once, in time order). So at most
 * {@code maxPoints} points survive, and the curve's first and last points, its global minimum and
 * maximum (hence the deepest drawdown of a drawdown series) and every bucket's range are kept
 * exactly; a series of at most {@code maxPoints} bars is returned whole.
 */
public final class EquityCurves {

  /** The smallest {@code maxPoints} accepted: one bucket of first, last, min and max. */
  public static final int MIN_POINTS = 4;

  private EquityCurves() {
  }

  /**
   * The drawdown at each bar: equity over its running peak, minus one.
   *
   * @param equity equity per bar, USD, each &gt; 0
   * @return a new column of fractions &lt;= 0 (−0.25 = 25 % below the peak)
   * @throws IllegalArgumentException if an equity value is not finite or not positive
   */
  public static double[] drawdown(double[] equity) {
    ArgChecker.notNull(equity, "equity");
    double[] out = new double[equity.length];
    double peak = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < equity.length; i++) {
      double e = equity[i];
      ArgChecker.isTrue(e > 0 && e < Double.POSITIVE_INFINITY,
          "equity at bar %d is %s: a drawdown needs finite positive equity", i, e);
      peak = Math.max(peak, e);
      out[i] = e / peak - 1;
    }
    return out;
  }

  /**
   * The bar indexes kept when downsampling (see the class comment).
   *
   * @param values the series
   * @param maxPoints the most points kept, &gt;= {@value #MIN_POINTS}
   * @return ascending indexes, at most {@code maxPoints}
   * @throws IllegalArgumentException if maxPoints is below {@value #MIN_POINTS}
   */
  public static int[] downsampleIndexes(double[] values, int maxPoints) {
    ArgChecker.notNull(values, "values");
    ArgChecker.isTrue(maxPoints >= MIN_POINTS, "maxPoints must be >= %d but was %d", MIN_POINTS,
        maxPoints);
    int n = values.length;
    if (n <= maxPoints) {
      int[] all = new int[n];
      Arrays.setAll(all, i -> i);
      return all;
    }
    int buckets = maxPoints / MIN_POINTS;
    int[] out = new int[buckets * MIN_POINTS];
    int k = 0;
    for (int b = 0; b < buckets; b++) {
      int from = (int) ((long) b * n / buckets);
      int to = (int) ((long) (b + 1) * n / buckets);
      int lo = from;
      int hi = from;
      for (int i = from + 1; i < to; i++) {
        if (values[i] < values[lo]) {
          lo = i;
        }
        if (values[i] > values[hi]) {
          hi = i;
        }
      }
      int[] picks = {from, lo, hi, to - 1};
      Arrays.sort(picks);
      for (int j = 0; j < picks.length; j++) {
        if (j == 0 || picks[j] != picks[j - 1]) {
          out[k++] = picks[j];
        }
      }
    }
    return Arrays.copyOf(out, k);
  }

  /**
   * Downsamples a dated series for a chart.
   *
   * @param dates the bars' dates, same length as {@code values}
   * @param values the values
   * @param maxPoints the most points kept, &gt;= {@value #MIN_POINTS}
   * @return the kept points, in time order
   * @throws IllegalArgumentException if the lengths differ or maxPoints is too small
   */
  public static List<ChartPoint> downsample(List<LocalDate> dates, double[] values,
      int maxPoints) {
    ArgChecker.isTrue(dates.size() == values.length, "%d dates for %d values", dates.size(),
        values.length);
    int[] keep = downsampleIndexes(values, maxPoints);
    List<ChartPoint> out = new ArrayList<>(keep.length);
    for (int i : keep) {
      out.add(new ChartPoint(dates.get(i), values[i]));
    }
    return out;
  }
}
