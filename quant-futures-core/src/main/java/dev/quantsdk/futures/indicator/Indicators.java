package dev.quantsdk.futures.indicator;

import dev.quantsdk.model.ArgChecker;
import java.util.Locale;

/**
 * Batch (columnar) technical indicators over {@code double[]} columns.
 *
 * <p>Every kernel reads whole input columns and returns a new output column of the same length
 * (or fills the caller's array, for the single-output kernels, without allocating). The first
 * {@code warmUp} values of an output are {@code NaN}; each method documents its warm-up, and the
 * matching stream class ({@link SmaStream}, ...) reports the same number from
 * {@link IndicatorStream#warmUp()}. Values at index {@code t} depend only on inputs
 * {@code [0..t]}: computing on a truncated series gives identical values (no look-ahead).
 *
 * <p>Definitions follow ta4j 0.17 ({@code org.ta4j.core.indicators}); recursive averages (EMA,
 * Wilder's moving average in RSI, ATR and ADX) are seeded with the first input at index 0 exactly
 * like ta4j, so past the warm-up our values equal ta4j's by construction, not by convergence.
 * The only deliberate differences are for degenerate windows where ta4j returns {@code NaN}
 * (documented on {@link #stochastic}, {@link #zScore} and {@link #adx}).
 *
 * <p>Units: price-like outputs (SMA, EMA, WMA, ATR, Bollinger, MACD, standard deviation,
 * Donchian) are in the input's price units (index points for futures); RSI, stochastic and ADX
 * are on a 0..100 scale; ROC is in percent; log returns are natural-log per bar; realised
 * volatility is annualised by the caller's periods per year; OBV is in contracts.
 *
 * <p>Stateless and thread-safe. Every method throws {@link IllegalArgumentException} if a window
 * is not positive, an input value is not finite, columns have different lengths, or an output
 * array has the wrong length or aliases an input; {@link NullPointerException} for null arrays.
 */
public final class Indicators {

  private Indicators() {
  }

  // ---------------------------------------------------------------- moving averages

  /**
   * Simple moving average: mean of the last {@code n} values. Warm-up {@code n - 1}.
   *
   * <p>O(length) with a compensated rolling sum (no drift over long series).
   *
   * @param x the input column, e.g. closes
   * @param n the window, &gt; 0
   * @return a new column
   */
  public static double[] sma(double[] x, int n) {
    return sma(x, n, new double[lengthOf(x, "x")]);
  }

  /**
   * Simple moving average into a caller's array (no allocation). Warm-up {@code n - 1}.
   *
   * @param x the input column
   * @param n the window, &gt; 0
   * @param out the output, same length as {@code x}, not {@code x} itself
   * @return {@code out}
   */
  public static double[] sma(double[] x, int n, double[] out) {
    checkColumn(x, "x");
    checkWindow(n, "n");
    checkOut(out, x);
    RollingSum sum = new RollingSum();
    for (int i = 0; i < x.length; i++) {
      sum.add(x[i]);
      if (i >= n) {
        sum.add(-x[i - n]);
      }
      out[i] = i >= n - 1 ? sum.value() / n : Double.NaN;
    }
    return out;
  }

  /**
   * Exponential moving average with multiplier {@code 2 / (n + 1)}, seeded with {@code x[0]} at
   * index 0 (ta4j's {@code EMAIndicator}): {@code ema[i] = (x[i] - ema[i-1]) * k + ema[i-1]}.
   * Warm-up {@code n - 1}.
   *
   * @param x the input column
   * @param n the period, &gt; 0
   * @return a new column
   */
  public static double[] ema(double[] x, int n) {
    return ema(x, n, new double[lengthOf(x, "x")]);
  }

  /**
   * Exponential moving average into a caller's array. Warm-up {@code n - 1}.
   *
   * @param x the input column
   * @param n the period, &gt; 0
   * @param out the output, same length as {@code x}, not {@code x} itself
   * @return {@code out}
   * @see #ema(double[], int)
   */
  public static double[] ema(double[] x, int n, double[] out) {
    checkColumn(x, "x");
    checkWindow(n, "n");
    checkOut(out, x);
    double k = emaMultiplier(n);
    double ema = 0;
    for (int i = 0; i < x.length; i++) {
      ema = i == 0 ? x[0] : smooth(ema, x[i], k);
      out[i] = i >= n - 1 ? ema : Double.NaN;
    }
    return out;
  }

  /**
   * Linearly weighted moving average: weights {@code n, n-1, ..., 1} from the newest value back,
   * divided by {@code n (n + 1) / 2} (ta4j's {@code WMAIndicator}). Warm-up {@code n - 1}.
   * O(length &middot; n), summed newest first like ta4j.
   *
   * @param x the input column
   * @param n the window, &gt; 0
   * @return a new column
   */
  public static double[] wma(double[] x, int n) {
    return wma(x, n, new double[lengthOf(x, "x")]);
  }

  /**
   * Weighted moving average into a caller's array. Warm-up {@code n - 1}.
   *
   * @param x the input column
   * @param n the window, &gt; 0
   * @param out the output, same length as {@code x}, not {@code x} itself
   * @return {@code out}
   * @see #wma(double[], int)
   */
  public static double[] wma(double[] x, int n, double[] out) {
    checkColumn(x, "x");
    checkWindow(n, "n");
    checkOut(out, x);
    double divisor = wmaDivisor(n);
    for (int i = 0; i < x.length; i++) {
      if (i < n - 1) {
        out[i] = Double.NaN;
        continue;
      }
      double sum = 0;
      for (int w = n, j = i; w > 0; w--, j--) {
        sum += w * x[j];
      }
      out[i] = sum / divisor;
    }
    return out;
  }

  // ---------------------------------------------------------------- oscillators

  /**
   * Relative strength index with Wilder's smoothing (multiplier {@code 1 / n}), as ta4j's
   * {@code RSIIndicator}: gains and losses are 0 at index 0 and both averages are seeded there.
   * {@code rsi = 100 - 100 / (1 + avgGain / avgLoss)}; 100 when only the average loss is 0, and 0
   * when both are 0 (ta4j's convention for a flat series). Warm-up {@code n} (n price changes).
   *
   * @param close the closes
   * @param n the period, &gt; 0
   * @return a new column, 0..100
   */
  public static double[] rsi(double[] close, int n) {
    return rsi(close, n, new double[lengthOf(close, "close")]);
  }

  /**
   * RSI into a caller's array. Warm-up {@code n}.
   *
   * @param close the closes
   * @param n the period, &gt; 0
   * @param out the output, same length as {@code close}, not {@code close} itself
   * @return {@code out}
   * @see #rsi(double[], int)
   */
  public static double[] rsi(double[] close, int n, double[] out) {
    checkColumn(close, "close");
    checkWindow(n, "n");
    checkOut(out, close);
    double k = wilderMultiplier(n);
    double avgGain = 0;
    double avgLoss = 0;
    for (int i = 0; i < close.length; i++) {
      if (i > 0) {
        avgGain = smooth(avgGain, gain(close[i], close[i - 1]), k);
        avgLoss = smooth(avgLoss, loss(close[i], close[i - 1]), k);
      }
      out[i] = i >= n ? rsiOf(avgGain, avgLoss) : Double.NaN;
    }
    return out;
  }

  /**
   * Average true range: Wilder's moving average (multiplier {@code 1 / n}) of the true range,
   * seeded with the first true range, which is {@code |high - low|} at index 0 (no previous
   * close), as ta4j's {@code ATRIndicator}. Warm-up {@code n - 1}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param n the period, &gt; 0
   * @return a new column, in price units
   */
  public static double[] atr(double[] high, double[] low, double[] close, int n) {
    return atr(high, low, close, n, new double[lengthOf(close, "close")]);
  }

  /**
   * Average true range into a caller's array. Warm-up {@code n - 1}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param n the period, &gt; 0
   * @param out the output, same length as the inputs, none of them
   * @return {@code out}
   * @see #atr(double[], double[], double[], int)
   */
  public static double[] atr(double[] high, double[] low, double[] close, int n, double[] out) {
    checkBars(high, low, close);
    checkWindow(n, "n");
    checkOut(out, high, low, close);
    double k = wilderMultiplier(n);
    double atr = 0;
    for (int i = 0; i < close.length; i++) {
      double tr = i == 0 ? Math.abs(high[0] - low[0]) : trueRange(high[i], low[i], close[i - 1]);
      atr = i == 0 ? tr : smooth(atr, tr, k);
      out[i] = i >= n - 1 ? atr : Double.NaN;
    }
    return out;
  }

  /**
   * Stochastic oscillator, as ta4j's {@code StochasticOscillatorKIndicator} and
   * {@code StochasticOscillatorDIndicator}: {@code %K = (close - LL) / (HH - LL) * 100} over the
   * last {@code kPeriod} bars (HH the highest high, LL the lowest low, current bar included), and
   * {@code %D} the simple moving average of {@code %K} over {@code dPeriod} bars. Warm-ups
   * {@code kPeriod - 1} for %K and {@code kPeriod + dPeriod - 2} for %D.
   *
   * <p>Deviation from ta4j: when {@code HH == LL} (a flat window) ta4j returns {@code NaN}; this
   * method returns 50, the middle of the range, so that %D stays defined.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param kPeriod the %K look-back, &gt; 0 (commonly 14)
   * @param dPeriod the %D smoothing, &gt; 0 (commonly 3)
   * @return %K and %D, 0..100 when each close lies within its bar's range
   */
  public static Stochastic stochastic(double[] high, double[] low, double[] close, int kPeriod,
      int dPeriod) {
    checkBars(high, low, close);
    checkWindow(kPeriod, "kPeriod");
    checkWindow(dPeriod, "dPeriod");
    int len = close.length;
    double[] k = new double[len];
    double[] d = new double[len];
    RollingSum sum = new RollingSum();
    int first = kPeriod - 1;
    for (int i = 0; i < len; i++) {
      if (i < first) {
        k[i] = Double.NaN;
        d[i] = Double.NaN;
        continue;
      }
      double hh = high[i];
      double ll = low[i];
      for (int j = i - kPeriod + 1; j < i; j++) {
        hh = Math.max(hh, high[j]);
        ll = Math.min(ll, low[j]);
      }
      k[i] = stochasticK(close[i], hh, ll);
      sum.add(k[i]);
      if (i - first >= dPeriod) {
        sum.add(-k[i - dPeriod]);
      }
      d[i] = i - first >= dPeriod - 1 ? sum.value() / dPeriod : Double.NaN;
    }
    return new Stochastic(k, d);
  }

  /**
   * Rate of change in percent: {@code (x[i] - x[i-n]) / x[i-n] * 100} (ta4j's
   * {@code ROCIndicator}). Warm-up {@code n}.
   *
   * @param x the input column
   * @param n the look-back, &gt; 0
   * @return a new column, in percent
   * @throws IllegalArgumentException also if a base value {@code x[i-n]} is 0
   */
  public static double[] roc(double[] x, int n) {
    return roc(x, n, new double[lengthOf(x, "x")]);
  }

  /**
   * Rate of change into a caller's array. Warm-up {@code n}.
   *
   * @param x the input column
   * @param n the look-back, &gt; 0
   * @param out the output, same length as {@code x}, not {@code x} itself
   * @return {@code out}
   * @see #roc(double[], int)
   */
  public static double[] roc(double[] x, int n, double[] out) {
    checkColumn(x, "x");
    checkWindow(n, "n");
    checkOut(out, x);
    for (int i = 0; i < x.length; i++) {
      out[i] = i >= n ? rocOf(x[i], x[i - n], i) : Double.NaN;
    }
    return out;
  }

  // ---------------------------------------------------------------- dispersion

  /**
   * Rolling population standard deviation (divisor {@code n}, as ta4j's
   * {@code StandardDeviationIndicator}) around the simple moving average. Warm-up {@code n - 1}.
   * Two-pass per window, O(length &middot; n), for accuracy when the mean is large against the
   * spread (prices).
   *
   * @param x the input column
   * @param n the window, &gt; 0
   * @return a new column, in the input's units
   */
  public static double[] stdDev(double[] x, int n) {
    return stdDev(x, n, new double[lengthOf(x, "x")]);
  }

  /**
   * Rolling population standard deviation into a caller's array. Warm-up {@code n - 1}.
   *
   * @param x the input column
   * @param n the window, &gt; 0
   * @param out the output, same length as {@code x}, not {@code x} itself
   * @return {@code out}
   * @see #stdDev(double[], int)
   */
  public static double[] stdDev(double[] x, int n, double[] out) {
    checkColumn(x, "x");
    checkWindow(n, "n");
    checkOut(out, x);
    meanAndStdDev(x, n, null, out, false);
    return out;
  }

  /**
   * Rolling z-score: {@code (x - sma(x, n)) / stdDev(x, n)} with the population standard
   * deviation, as ta4j's {@code SigmaIndicator}. Warm-up {@code n - 1}.
   *
   * <p>Deviation from ta4j: a flat window (standard deviation 0) gives 0 here, {@code NaN} in ta4j.
   *
   * @param x the input column
   * @param n the window, &gt; 0
   * @return a new column, in standard deviations
   */
  public static double[] zScore(double[] x, int n) {
    return zScore(x, n, new double[lengthOf(x, "x")]);
  }

  /**
   * Rolling z-score into a caller's array. Warm-up {@code n - 1}.
   *
   * @param x the input column
   * @param n the window, &gt; 0
   * @param out the output, same length as {@code x}, not {@code x} itself
   * @return {@code out}
   * @see #zScore(double[], int)
   */
  public static double[] zScore(double[] x, int n, double[] out) {
    checkColumn(x, "x");
    checkWindow(n, "n");
    checkOut(out, x);
    meanAndStdDev(x, n, null, out, true);
    return out;
  }

  /**
   * Bollinger bands: middle = {@code sma(close, n)}, upper/lower = middle &plusmn; {@code k}
   * population standard deviations over the same window (ta4j's {@code BollingerBands*Indicator}
   * over {@code SMAIndicator} and {@code StandardDeviationIndicator}). Warm-up {@code n - 1}.
   *
   * @param close the closes
   * @param n the window, &gt; 0 (commonly 20)
   * @param k the band width in standard deviations, finite and &gt; 0 (commonly 2)
   * @return the three bands, in price units
   */
  public static BollingerBands bollinger(double[] close, int n, double k) {
    checkColumn(close, "close");
    checkWindow(n, "n");
    ArgChecker.positive(k, "k");
    int len = close.length;
    double[] middle = new double[len];
    double[] upper = new double[len];
    double[] lower = new double[len];
    meanAndStdDev(close, n, middle, upper, false);
    for (int i = 0; i < len; i++) {
      double sd = upper[i];
      upper[i] = middle[i] + sd * k;
      lower[i] = middle[i] - sd * k;
    }
    return new BollingerBands(upper, middle, lower);
  }

  // ---------------------------------------------------------------- trend

  /**
   * MACD, as ta4j's {@code MACDIndicator}: line = {@code ema(close, shortPeriod) - ema(close,
   * longPeriod)}, signal = EMA of the line over {@code signalPeriod} (seeded with the line at
   * index 0, where it is 0), histogram = line - signal. Warm-ups {@code longPeriod - 1} for the
   * line and {@code longPeriod + signalPeriod - 2} for signal and histogram.
   *
   * @param close the closes
   * @param shortPeriod the fast EMA period, &gt; 0 (commonly 12)
   * @param longPeriod the slow EMA period, &gt; shortPeriod (commonly 26)
   * @param signalPeriod the signal EMA period, &gt; 0 (commonly 9)
   * @return line, signal and histogram, in price units
   */
  public static Macd macd(double[] close, int shortPeriod, int longPeriod, int signalPeriod) {
    checkColumn(close, "close");
    checkMacdPeriods(shortPeriod, longPeriod, signalPeriod);
    int len = close.length;
    double[] line = new double[len];
    double[] signal = new double[len];
    double[] histogram = new double[len];
    double ks = emaMultiplier(shortPeriod);
    double kl = emaMultiplier(longPeriod);
    double kg = emaMultiplier(signalPeriod);
    double fast = 0;
    double slow = 0;
    double sig = 0;
    int lineWarmUp = longPeriod - 1;
    int signalWarmUp = longPeriod + signalPeriod - 2;
    for (int i = 0; i < len; i++) {
      double x = close[i];
      fast = i == 0 ? x : smooth(fast, x, ks);
      slow = i == 0 ? x : smooth(slow, x, kl);
      double macd = fast - slow;
      sig = i == 0 ? macd : smooth(sig, macd, kg);
      line[i] = i >= lineWarmUp ? macd : Double.NaN;
      signal[i] = i >= signalWarmUp ? sig : Double.NaN;
      histogram[i] = i >= signalWarmUp ? macd - sig : Double.NaN;
    }
    return new Macd(line, signal, histogram);
  }

  /**
   * Average directional index with its directional indicators, as ta4j's {@code ADXIndicator},
   * {@code PlusDIIndicator} and {@code MinusDIIndicator} (both bar counts {@code n}). With
   * {@code up = high[i] - high[i-1]} and {@code down = low[i-1] - low[i]}: +DM = up if
   * {@code up > down} and {@code up > 0}, else 0; -DM symmetrically; both 0 at index 0. +DI =
   * {@code mma(+DM) / atr * 100}, -DI likewise, DX = {@code |+DI - -DI| / (+DI + -DI) * 100},
   * ADX = {@code mma(DX)}; every Wilder average ({@code 1 / n}) is seeded at index 0. Warm-ups
   * {@code n} for +DI/-DI and {@code 2n - 1} for ADX.
   *
   * <p>Deviation from ta4j: ta4j's {@code DoubleNum.equals} treats |v| &lt; 1e-5 as zero when it
   * guards ATR = 0 and +DI + -DI = 0; here the guards are exact ({@code == 0}), which differs
   * only for ranges below 1e-5 price units.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param n the period, &gt; 0 (commonly 14)
   * @return ADX, +DI and -DI, each 0..100
   */
  public static Adx adx(double[] high, double[] low, double[] close, int n) {
    checkBars(high, low, close);
    checkWindow(n, "n");
    int len = close.length;
    double[] adx = new double[len];
    double[] plusDi = new double[len];
    double[] minusDi = new double[len];
    double k = wilderMultiplier(n);
    double atr = 0;
    double avgPlusDm = 0;
    double avgMinusDm = 0;
    double avgDx = 0;
    for (int i = 0; i < len; i++) {
      if (i == 0) {
        atr = Math.abs(high[0] - low[0]);
      } else {
        atr = smooth(atr, trueRange(high[i], low[i], close[i - 1]), k);
        double up = high[i] - high[i - 1];
        double down = low[i - 1] - low[i];
        avgPlusDm = smooth(avgPlusDm, directionalMove(up, down), k);
        avgMinusDm = smooth(avgMinusDm, directionalMove(down, up), k);
      }
      double pdi = directionalIndex(avgPlusDm, atr);
      double mdi = directionalIndex(avgMinusDm, atr);
      double dx = dxOf(pdi, mdi);
      avgDx = i == 0 ? dx : smooth(avgDx, dx, k);
      plusDi[i] = i >= n ? pdi : Double.NaN;
      minusDi[i] = i >= n ? mdi : Double.NaN;
      adx[i] = i >= 2 * n - 1 ? avgDx : Double.NaN;
    }
    return new Adx(adx, plusDi, minusDi);
  }

  /**
   * Donchian channel, as ta4j's {@code DonchianChannel*Indicator}: upper = highest high and
   * lower = lowest low of the last {@code n} bars (current bar included), middle = their mean.
   * Warm-up {@code n - 1}.
   *
   * @param high the highs
   * @param low the lows
   * @param n the window, &gt; 0 (commonly 20)
   * @return the channel, in price units
   */
  public static DonchianChannel donchian(double[] high, double[] low, int n) {
    checkColumn(high, "high");
    checkColumn(low, "low");
    checkSameLength(high, low, "low");
    checkWindow(n, "n");
    int len = high.length;
    double[] upper = new double[len];
    double[] middle = new double[len];
    double[] lower = new double[len];
    for (int i = 0; i < len; i++) {
      if (i < n - 1) {
        upper[i] = Double.NaN;
        middle[i] = Double.NaN;
        lower[i] = Double.NaN;
        continue;
      }
      double hh = high[i];
      double ll = low[i];
      for (int j = i - n + 1; j < i; j++) {
        hh = Math.max(hh, high[j]);
        ll = Math.min(ll, low[j]);
      }
      upper[i] = hh;
      lower[i] = ll;
      middle[i] = (ll + hh) / 2;
    }
    return new DonchianChannel(upper, middle, lower);
  }

  // ---------------------------------------------------------------- returns and volume

  /**
   * Log returns: {@code ln(x[i] / x[i-1])}. Warm-up 1 (index 0 is {@code NaN}). ta4j 0.17 has no
   * log-return indicator.
   *
   * @param price the prices, each &gt; 0
   * @return a new column, natural-log return per bar
   * @throws IllegalArgumentException also if a price is not &gt; 0
   */
  public static double[] logReturns(double[] price) {
    return logReturns(price, new double[lengthOf(price, "price")]);
  }

  /**
   * Log returns into a caller's array. Warm-up 1.
   *
   * @param price the prices, each &gt; 0
   * @param out the output, same length as {@code price}, not {@code price} itself
   * @return {@code out}
   * @see #logReturns(double[])
   */
  public static double[] logReturns(double[] price, double[] out) {
    checkPositive(price, "price");
    checkOut(out, price);
    for (int i = 0; i < price.length; i++) {
      out[i] = i == 0 ? Double.NaN : Math.log(price[i] / price[i - 1]);
    }
    return out;
  }

  /**
   * Realised volatility, annualised: {@code sqrt(periodsPerYear * mean(r^2))} over the last
   * {@code n} log returns {@code r} (not demeaned, the usual realised-variance convention).
   * Warm-up {@code n} (the first return is at index 1). ta4j 0.17 has no such indicator.
   *
   * @param price the prices, each &gt; 0
   * @param n the number of returns in the window, &gt; 0 (e.g. 21 trading days)
   * @param periodsPerYear the annualisation factor, &gt; 0 (252 for daily bars; 1 for none)
   * @return a new column, annualised volatility as a fraction (0.2 = 20%)
   */
  public static double[] realisedVolatility(double[] price, int n, double periodsPerYear) {
    return realisedVolatility(price, n, periodsPerYear, new double[lengthOf(price, "price")]);
  }

  /**
   * Realised volatility into a caller's array. Warm-up {@code n}.
   *
   * @param price the prices, each &gt; 0
   * @param n the number of returns in the window, &gt; 0
   * @param periodsPerYear the annualisation factor, &gt; 0
   * @param out the output, same length as {@code price}, not {@code price} itself
   * @return {@code out}
   * @see #realisedVolatility(double[], int, double)
   */
  public static double[] realisedVolatility(double[] price, int n, double periodsPerYear,
      double[] out) {
    checkPositive(price, "price");
    checkWindow(n, "n");
    ArgChecker.positive(periodsPerYear, "periodsPerYear");
    checkOut(out, price);
    RollingSum sum = new RollingSum();
    if (price.length > 0) {
      out[0] = Double.NaN;
    }
    for (int i = 1; i < price.length; i++) {
      double r = Math.log(price[i] / price[i - 1]);
      sum.add(r * r);
      if (i > n) {
        double old = Math.log(price[i - n] / price[i - n - 1]);
        sum.add(-(old * old));
      }
      out[i] = i >= n ? realisedVolatilityOf(sum.value(), n, periodsPerYear) : Double.NaN;
    }
    return out;
  }

  /**
   * On-balance volume, as ta4j's {@code OnBalanceVolumeIndicator}: 0 at index 0, then the
   * previous value plus the bar's volume when the close rose, minus it when the close fell,
   * unchanged otherwise. No warm-up (warm-up 0).
   *
   * @param close the closes
   * @param volume the volumes, each &ge; 0, in contracts
   * @return a new column, in contracts
   */
  public static double[] obv(double[] close, double[] volume) {
    return obv(close, volume, new double[lengthOf(close, "close")]);
  }

  /**
   * On-balance volume into a caller's array.
   *
   * @param close the closes
   * @param volume the volumes, each &ge; 0
   * @param out the output, same length as the inputs, neither of them
   * @return {@code out}
   * @see #obv(double[], double[])
   */
  public static double[] obv(double[] close, double[] volume, double[] out) {
    checkColumn(close, "close");
    checkVolume(volume);
    checkSameLength(close, volume, "volume");
    checkOut(out, close, volume);
    double obv = 0;
    for (int i = 0; i < close.length; i++) {
      obv = i == 0 ? 0 : obvStep(obv, close[i], close[i - 1], volume[i]);
      out[i] = obv;
    }
    return out;
  }

  // ---------------------------------------------------------------- shared arithmetic
  // The streams call these same methods, which keeps batch and stream bit-identical.

  static double emaMultiplier(int n) {
    return 2.0 / (n + 1);
  }

  static double wilderMultiplier(int n) {
    return 1.0 / n;
  }

  /** One step of an exponential/Wilder average, in ta4j's operation order. */
  static double smooth(double previous, double value, double k) {
    return (value - previous) * k + previous;
  }

  static double wmaDivisor(int n) {
    return n * (n + 1L) / 2;
  }

  static double gain(double current, double previous) {
    return current > previous ? current - previous : 0;
  }

  static double loss(double current, double previous) {
    return current < previous ? previous - current : 0;
  }

  static double rsiOf(double avgGain, double avgLoss) {
    if (avgLoss == 0) {
      return avgGain == 0 ? 0 : 100;
    }
    double rs = avgGain / avgLoss;
    return 100 - 100 / (1 + rs);
  }

  static double trueRange(double high, double low, double previousClose) {
    return Math.max(Math.max(Math.abs(high - low), Math.abs(high - previousClose)),
        Math.abs(previousClose - low));
  }

  static double stochasticK(double close, double highestHigh, double lowestLow) {
    double range = highestHigh - lowestLow;
    return range == 0 ? 50 : (close - lowestLow) / range * 100;
  }

  static double rocOf(double current, double base, long index) {
    if (base == 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "rate of change at bar %d: the value %d bars earlier is 0, the ratio is undefined",
          index, index));
    }
    return (current - base) / base * 100;
  }

  static double zScoreOf(double x, double mean, double sd) {
    return sd == 0 ? 0 : (x - mean) / sd;
  }

  static double directionalMove(double move, double opposite) {
    return move > opposite && move > 0 ? move : 0;
  }

  static double directionalIndex(double avgMove, double atr) {
    return atr == 0 ? 0 : avgMove / atr * 100;
  }

  static double dxOf(double plusDi, double minusDi) {
    double sum = plusDi + minusDi;
    return sum == 0 ? 0 : Math.abs(plusDi - minusDi) / sum * 100;
  }

  static double realisedVolatilityOf(double sumOfSquares, int n, double periodsPerYear) {
    return Math.sqrt(periodsPerYear * (Math.max(0, sumOfSquares) / n));
  }

  static double obvStep(double previous, double close, double previousClose, double volume) {
    if (close > previousClose) {
      return previous + volume;
    }
    if (close < previousClose) {
      return previous - volume;
    }
    return previous;
  }

  /** Population standard deviation of {@code values[from..to]} around {@code mean}, in order. */
  static double stdDevOf(double[] values, int from, int to, double mean, int n) {
    double squares = 0;
    for (int j = from; j <= to; j++) {
      double d = values[j] - mean;
      squares += d * d;
    }
    return Math.sqrt(squares / n);
  }

  // ---------------------------------------------------------------- checks

  static int checkWindow(int n, String name) {
    return ArgChecker.inRangeInclusive(n, 1, 1 << 24, name);
  }

  static int checkMacdPeriods(int shortPeriod, int longPeriod, int signalPeriod) {
    checkWindow(shortPeriod, "shortPeriod");
    checkWindow(longPeriod, "longPeriod");
    checkWindow(signalPeriod, "signalPeriod");
    ArgChecker.isTrue(shortPeriod < longPeriod,
        "shortPeriod %d must be < longPeriod %d", shortPeriod, longPeriod);
    return longPeriod;
  }

  static double checkValue(double value, String name, long index) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s at bar %d must be finite but was %s", name, index, value));
    }
    return value;
  }

  static double checkPositiveValue(double value, String name, long index) {
    if (!(Double.isFinite(value) && value > 0)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s at bar %d must be finite and > 0 but was %s", name, index, value));
    }
    return value;
  }

  static double checkVolumeValue(double value, long index) {
    if (!(Double.isFinite(value) && value >= 0)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "volume at bar %d must be finite and >= 0 but was %s", index, value));
    }
    return value;
  }

  private static int lengthOf(double[] x, String name) {
    return ArgChecker.notNull(x, name).length;
  }

  private static void checkColumn(double[] x, String name) {
    ArgChecker.notNull(x, name);
    for (int i = 0; i < x.length; i++) {
      checkValue(x[i], name, i);
    }
  }

  private static void checkPositive(double[] x, String name) {
    ArgChecker.notNull(x, name);
    for (int i = 0; i < x.length; i++) {
      checkPositiveValue(x[i], name, i);
    }
  }

  private static void checkVolume(double[] volume) {
    ArgChecker.notNull(volume, "volume");
    for (int i = 0; i < volume.length; i++) {
      checkVolumeValue(volume[i], i);
    }
  }

  private static void checkBars(double[] high, double[] low, double[] close) {
    checkColumn(high, "high");
    checkColumn(low, "low");
    checkColumn(close, "close");
    checkSameLength(high, low, "low");
    checkSameLength(high, close, "close");
  }

  private static void checkSameLength(double[] reference, double[] other, String name) {
    ArgChecker.isTrue(other.length == reference.length,
        "%s has %d values but the first column has %d", name, other.length, reference.length);
  }

  private static void checkOut(double[] out, double[]... inputs) {
    ArgChecker.notNull(out, "out");
    ArgChecker.isTrue(out.length == inputs[0].length,
        "out has length %d but the input has %d", out.length, inputs[0].length);
    for (double[] input : inputs) {
      ArgChecker.isTrue(out != input, "out must not be an input array (no in-place computation)");
    }
  }

  /**
   * Fills {@code mean} (if not null) with the rolling SMA and {@code sd} with the population sd,
   * or with the z-score of each value if {@code asZScore}.
   */
  private static void meanAndStdDev(double[] x, int n, double[] mean, double[] sd,
      boolean asZScore) {
    RollingSum sum = new RollingSum();
    for (int i = 0; i < x.length; i++) {
      sum.add(x[i]);
      if (i >= n) {
        sum.add(-x[i - n]);
      }
      if (i < n - 1) {
        sd[i] = Double.NaN;
        if (mean != null) {
          mean[i] = Double.NaN;
        }
        continue;
      }
      double m = sum.value() / n;
      double deviation = stdDevOf(x, i - n + 1, i, m, n);
      sd[i] = asZScore ? zScoreOf(x[i], m, deviation) : deviation;
      if (mean != null) {
        mean[i] = m;
      }
    }
  }
}
