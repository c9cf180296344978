package dev.quantsdk.discovery.cycle;

import dev.quantsdk.model.ArgChecker;
import org.apache.commons.math3.special.Gamma;

/**
 * The Lomb–Scargle periodogram (Lomb 1976, Scargle 1982) for samples at arbitrary times, with
 * Baluev's (2008) analytic false-alarm probability over the searched band.
 *
 * <p>The classical power at angular frequency {@code w} of mean-removed values {@code y} is
 * {@code P = ((sum y cos w(t - tau))^2 / sum cos^2 w(t - tau) + (sum y sin w(t - tau))^2 / sum
 * sin^2 w(t - tau)) / 2} with {@code tan(2 w tau) = sum sin 2wt / sum cos 2wt}; on evenly spaced
 * samples at a Fourier frequency it equals the classical periodogram {@code |X_k|^2 / N}. The
 * standard normalisation {@code z = 2 P / sum y^2} lies in [0, 1]. The false-alarm probability
 * is Baluev's bound {@code 1 - (1 - (1 - z)^((N-3)/2)) exp(-tau(z))} with {@code tau(z) =
 * gamma(N-1) W (1 - z)^((N-4)/2) sqrt((N-1) z / 2)}, {@code W = f_max sqrt(4 pi var(t))} and
 * {@code gamma(n) = sqrt(2/n) Gamma(n/2) / Gamma((n-1)/2)}; it assumes independent Gaussian
 * errors (no red-noise correction, see {@link PeriodogramCycleDetector} for that).
 *
 * <p>As a {@link CycleDetector} it analyses the whole activity series (sample {@code i} at
 * {@code i * calendarDaysPerSample} days); {@link #detect(double[], double[])} takes uneven
 * sample times. The frequency grid runs from two cycles per span to {@code maxFrequency} in steps
 * of a fifth of {@code 1 / span}. Immutable and thread-safe.
 */
public final class LombScargle implements CycleDetector {

  /** Grid oversampling relative to the natural resolution {@code 1 / span}. */
  static final int OVERSAMPLING = 5;
  /** Minimum number of samples. */
  static final int MIN_SAMPLES = 8;

  private final double maxFrequencyPerDay;

  private LombScargle(double maxFrequencyPerDay) {
    this.maxFrequencyPerDay = maxFrequencyPerDay;
  }

  /**
   * A detector searching frequencies up to 0.5 cycles per day (periods down to 2 days).
   *
   * @return the detector
   */
  public static LombScargle of() {
    return new LombScargle(0.5);
  }

  /**
   * A copy searching frequencies up to another limit.
   *
   * @param maxFrequencyPerDay the highest frequency searched, in cycles per day, {@code > 0}
   * @return the detector
   * @throws IllegalArgumentException if not positive
   */
  public LombScargle withMaxFrequency(double maxFrequencyPerDay) {
    return new LombScargle(ArgChecker.positive(maxFrequencyPerDay, "maxFrequencyPerDay"));
  }

  /**
   * The classical (unnormalised) Lomb–Scargle power of mean-removed values.
   *
   * @param times the sample times, finite, in any unit
   * @param values the values, finite, same length
   * @param frequencies the frequencies, in cycles per time unit, {@code > 0}
   * @return the power at each frequency, in squared value units
   * @throws IllegalArgumentException if lengths differ, fewer than {@value #MIN_SAMPLES} samples
   *     or a number is not finite
   */
  public static double[] power(double[] times, double[] values, double[] frequencies) {
    double[] y = centred(times, values);
    ArgChecker.notNull(frequencies, "frequencies");
    double[] out = new double[frequencies.length];
    int n = times.length;
    double[] c = new double[n];
    double[] s = new double[n];
    for (int j = 0; j < frequencies.length; j++) {
      double w = 2 * Math.PI * ArgChecker.positive(frequencies[j], "frequencies[" + j + "]");
      for (int i = 0; i < n; i++) {
        c[i] = Math.cos(w * times[i]);
        s[i] = Math.sin(w * times[i]);
      }
      out[j] = at(c, s, y, null);
    }
    return out;
  }

  /**
   * Baluev's (2008) false-alarm probability of a normalised peak over a band.
   *
   * @param z the standard-normalised peak power, in [0, 1]
   * @param times the sample times (their variance sets the effective span)
   * @param maxFrequency the top of the searched band, in cycles per time unit, {@code > 0}
   * @return the false-alarm probability, in [0, 1]
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double falseAlarmProbability(double z, double[] times, double maxFrequency) {
    ArgChecker.inRangeInclusive(z, 0.0, 1.0, "z");
    ArgChecker.notNull(times, "times");
    ArgChecker.isTrue(times.length >= MIN_SAMPLES, "need at least %d samples but got %d", MIN_SAMPLES, times.length);
    ArgChecker.positive(maxFrequency, "maxFrequency");
    int n = times.length;
    double mean = 0;
    for (double t : times) {
      mean += t;
    }
    mean /= n;
    double var = 0;
    for (double t : times) {
      var += (t - mean) * (t - mean);
    }
    var /= n;
    double nh = n - 1.0;
    double nk = n - 3.0;
    double single = Math.pow(1 - z, 0.5 * (n - 3));
    double gamma = Math.sqrt(2 / nh) * Math.exp(Gamma.logGamma(nh / 2) - Gamma.logGamma((nh - 1) / 2));
    double w = maxFrequency * Math.sqrt(4 * Math.PI * var);
    double tau = gamma * w * Math.pow(1 - z, 0.5 * (nk - 1)) * Math.sqrt(0.5 * nh * z);
    double fap = 1 - (1 - single) * Math.exp(-tau);
    return Math.max(0.0, Math.min(1.0, fap));
  }

  @Override
  public Result detect(ActivitySeries series, long seed) {
    ArgChecker.notNull(series, "series");
    double[] y = series.values();
    double step = series.basis().calendarDaysPerSample();
    double[] t = new double[y.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i * step;
    }
    return detect(t, y);
  }

  /**
   * Detects the strongest cycle in unevenly spaced samples.
   *
   * @param timesDays the sample times in calendar days, finite
   * @param values the values, finite, same length
   * @return the strongest candidate; {@code normalisedPower} is the standard-normalised power
   *     times {@code (N - 1) / 2} (about Exp(1) at a single frequency under the null)
   * @throws IllegalArgumentException if too few samples, constant values or an empty band
   */
  public Result detect(double[] timesDays, double[] values) {
    double[] y = centred(timesDays, values);
    int n = y.length;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double yy = 0;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, timesDays[i]);
      max = Math.max(max, timesDays[i]);
      yy += y[i] * y[i];
    }
    ArgChecker.isTrue(yy > 0, "the values are constant: there is nothing to detect");
    double span = max - min;
    ArgChecker.isTrue(span > 0, "the sample times must not all be equal");
    double df = 1.0 / (OVERSAMPLING * span);
    double f0 = 2.0 / span;
    int count = (int) Math.floor((maxFrequencyPerDay - f0) / df) + 1;
    ArgChecker.isTrue(count >= 2, "the band 2/span .. %s cycles/day is empty for a span of %s days", maxFrequencyPerDay, span);
    // rotate cos/sin(2 pi f t) along the grid instead of calling trig N x F times
    double[] c = new double[n];
    double[] s = new double[n];
    double[] dc = new double[n];
    double[] ds = new double[n];
    for (int i = 0; i < n; i++) {
      double t = timesDays[i] - min;
      c[i] = Math.cos(2 * Math.PI * f0 * t);
      s[i] = Math.sin(2 * Math.PI * f0 * t);
      dc[i] = Math.cos(2 * Math.PI * df * t);
      ds[i] = Math.sin(2 * Math.PI * df * t);
    }
    double best = -1;
    int bestJ = 0;
    double[] fit = new double[3];
    double[] bestFit = new double[3];
    for (int j = 0; j < count; j++) {
      double p = at(c, s, y, fit);
      if (p > best) {
        best = p;
        bestJ = j;
        System.arraycopy(fit, 0, bestFit, 0, 3);
      }
      for (int i = 0; i < n; i++) {
        double ci = c[i] * dc[i] - s[i] * ds[i];
        s[i] = s[i] * dc[i] + c[i] * ds[i];
        c[i] = ci;
      }
    }
    double f = f0 + bestJ * df;
    double z = Math.min(1.0, 2 * best / yy);
    double fap = falseAlarmProbability(z, timesDays, maxFrequencyPerDay);
    double amplitude = Math.hypot(bestFit[0], bestFit[1]);
    // y ~ a cos w(t' - tau) + b sin w(t' - tau) = A cos(w t' - w tau - atan2(b, a)), t' = t - min
    double w = 2 * Math.PI * f;
    double phase = SpectralKernel.wrapAngle(-bestFit[2] - Math.atan2(bestFit[1], bestFit[0]) - w * min);
    double periodDays = 1.0 / f;
    return new Result(periodDays, f, z * (n - 1) / 2.0, z, amplitude, phase,
        Math.pow(1 - z, 0.5 * (n - 3)), fap, Method.LOMB_SCARGLE, NullModel.BALUEV_WHITE_NOISE, n, count,
        false, CalendarCycle.match(periodDays, span));
  }

  /** Power at one frequency from cos/sin(w t); fills (a, b, tau) of the fitted sinusoid if asked. */
  private static double at(double[] c, double[] s, double[] y, double[] fit) {
    int n = y.length;
    double s2 = 0;
    double c2 = 0;
    for (int i = 0; i < n; i++) {
      s2 += 2 * s[i] * c[i];
      c2 += c[i] * c[i] - s[i] * s[i];
    }
    double wtau = 0.5 * Math.atan2(s2, c2);
    double ct = Math.cos(wtau);
    double st = Math.sin(wtau);
    double yc = 0;
    double ys = 0;
    double cc = 0;
    double ss = 0;
    for (int i = 0; i < n; i++) {
      // cos(wt - wtau), sin(wt - wtau)
      double cs = c[i] * ct + s[i] * st;
      double sn = s[i] * ct - c[i] * st;
      yc += y[i] * cs;
      ys += y[i] * sn;
      cc += cs * cs;
      ss += sn * sn;
    }
    double a = cc > 0 ? yc / cc : 0;
    double b = ss > 0 ? ys / ss : 0;
    if (fit != null) {
      fit[0] = a;
      fit[1] = b;
      fit[2] = wtau;
    }
    return 0.5 * ((cc > 0 ? yc * yc / cc : 0) + (ss > 0 ? ys * ys / ss : 0));
  }

  private static double[] centred(double[] times, double[] values) {
    ArgChecker.notNull(times, "times");
    ArgChecker.notNull(values, "values");
    ArgChecker.isTrue(times.length == values.length,
        "times (%d) and values (%d) must have the same length", times.length, values.length);
    ArgChecker.isTrue(times.length >= MIN_SAMPLES, "need at least %d samples but got %d", MIN_SAMPLES, times.length);
    double mean = 0;
    for (int i = 0; i < values.length; i++) {
      ArgChecker.finite(times[i], "times[" + i + "]");
      mean += ArgChecker.finite(values[i], "values[" + i + "]");
    }
    mean /= values.length;
    double[] y = new double[values.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = values[i] - mean;
    }
    return y;
  }


  @Override
  public String toString() {
    return "LombScargle[maxFrequency=" + maxFrequencyPerDay + "/day]";
  }
}
