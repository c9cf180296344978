package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.indicator.Adx;
import dev.quantsdk.futures.indicator.Indicators;
import java.util.Arrays;
import java.util.List;

/**
 * The analysis's features of a daily series, and the model's rows. Every feature at bar t reads
 * bars up to t only; the target of row t is the log return of bar t + 1. Columns are scale-free
 * (returns, z-scores, indicator levels over their range) so one ridge penalty suits all.
 */
final class FeatureMatrix {

  /** The feature names, in column order. */
  static final List<String> NAMES = List.of("log_return_1d", "return_5d", "return_20d",
      "zscore_20", "rsi_14_centred", "realised_vol_21", "adx_14_fraction");

  final double[][] columns;
  final double[] logReturns;
  final double[] realisedVolatility;
  final Adx adx;
  final int[] rowBars;
  final double[][] x;
  final double[] y;

  private FeatureMatrix(double[][] columns, double[] logReturns, double[] realisedVolatility,
      Adx adx, int[] rowBars, double[][] x, double[] y) {
    this.columns = columns;
    this.logReturns = logReturns;
    this.realisedVolatility = realisedVolatility;
    this.adx = adx;
    this.rowBars = rowBars;
    this.x = x;
    this.y = y;
  }

  static FeatureMatrix of(BarSeries bars) {
    double[] close = bars.closes();
    double[] high = bars.highs();
    double[] low = bars.lows();
    int n = close.length;
    double[] lr = Indicators.logReturns(close);
    double[] r5 = scale(Indicators.roc(close, 5), 0.01, 0);
    double[] r20 = scale(Indicators.roc(close, 20), 0.01, 0);
    double[] z20 = Indicators.zScore(close, 20);
    double[] rsi = scale(Indicators.rsi(close, 14), 1.0 / 50, -1);
    double[] rv = Indicators.realisedVolatility(close, MarketIntelligence.VOLATILITY_WINDOW,
        MarketIntelligence.BARS_PER_YEAR);
    Adx adx = Indicators.adx(high, low, close, MarketIntelligence.ADX_PERIOD);
    double[] adxFraction = scale(adx.adx().clone(), 0.01, 0);
    double[][] columns = {lr, r5, r20, z20, rsi, rv, adxFraction};
    int[] rows = new int[n];
    int m = 0;
    for (int t = 0; t + 1 < n; t++) {
      if (complete(columns, t) && lr[t + 1] == lr[t + 1]) {
        rows[m++] = t;
      }
    }
    rows = Arrays.copyOf(rows, m);
    double[][] x = new double[m][];
    double[] y = new double[m];
    for (int r = 0; r < m; r++) {
      x[r] = row(columns, rows[r]);
      y[r] = lr[rows[r] + 1];
    }
    return new FeatureMatrix(columns, lr, rv, adx, rows, x, y);
  }

  /** The features at a bar. */
  static double[] row(double[][] columns, int t) {
    double[] v = new double[columns.length];
    for (int f = 0; f < columns.length; f++) {
      v[f] = columns[f][t];
    }
    return v;
  }

  static boolean complete(double[][] columns, int t) {
    for (double[] c : columns) {
      if (c[t] != c[t]) {
        return false;
      }
    }
    return true;
  }

  private static double[] scale(double[] x, double factor, double shift) {
    for (int i = 0; i < x.length; i++) {
      x[i] = x[i] * factor + shift;
    }
    return x;
  }
}
