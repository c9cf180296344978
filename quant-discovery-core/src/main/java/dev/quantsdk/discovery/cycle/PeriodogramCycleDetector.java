package dev.quantsdk.discovery.cycle;

import dev.quantsdk.discovery.stats.FisherG;
import dev.quantsdk.model.ArgChecker;
import java.util.SplittableRandom;

/**
 * Cycle detection with the FFT periodogram and Fisher's g, under a white-noise or a red-noise
 * (AR(1)) null.
 *
 * <p><b>Algorithm.</b> The series loses up to 2 % of its oldest samples to reach a length
 * {@code N} whose prime factors are 2, 3 and 5, preferring few factors of 3 (the FFT is then
 * fastest, and the ordinates stay at exact Fourier frequencies, which zero padding would break),
 * is linearly detrended, and transformed with JTransforms. The searched band is
 * the Fourier frequencies {@code k / N} whose periods lie in {@code [minPeriodDays,
 * maxPeriodDays]} (default: 2 samples to half the series). The statistic is Fisher's {@code g}
 * of the band's ordinates, each divided by the shape of the null spectrum.
 *
 * <ul>
 *   <li>{@link CycleDetector.NullModel#WHITE_NOISE}: ordinates as they are; the false-alarm
 *       probability is Fisher's exact {@code P(G > g)} (exact for Gaussian white noise).
 *   <li>{@link CycleDetector.NullModel#AR1_RESIDUAL_BOOTSTRAP} (default): trading activity is
 *       bursty and autocorrelated, which makes the raw test fire on almost every active trader.
 *       The ordinates are divided by the AR(1) spectrum shape {@code 1 / (1 + phi^2 - 2 phi
 *       cos(2 pi f))} of the series' own lag-1 autocorrelation {@code phi} (REDFIT-style). Fisher's
 *       analytic p-value of that whitened {@code g} is then calibrated by a residual bootstrap:
 *       {@code B} AR(1) surrogates driven by the series' own resampled residuals (which keeps
 *       the heavy-tailed, sparse marginal of counts), each refitted and whitened exactly like the
 *       data. Where the surrogates resolve the tail, the false-alarm probability is the plain
 *       Monte Carlo {@code (1 + #{g* >= g}) / (B + 1)}, exact by exchangeability when the null
 *       holds. Beyond Fisher's critical value {@code g_u} at the level {@code u = min(0.25,
 *       10 / (B + 1))} (about ten surrogates exceed it) it is Fisher's analytic tail rescaled by
 *       {@code c = (1 + #{g* >= g_u}) / ((B + 1) u)}, an effective-number-of-frequencies
 *       correction as in Horne &amp; Baliunas (1986). The two agree at the junction, and unlike a
 *       plain Monte Carlo p-value the tail is not floored at {@code 1 / (B + 1)}, which would stop
 *       Benjamini–Hochberg from finding anything across hundreds of politicians.
 * </ul>
 *
 * <p>Immutable and thread-safe; each call allocates its own work buffers. The same series and
 * seed give bit-identical results.
 */
public final class PeriodogramCycleDetector implements CycleDetector {

  /** Default number of bootstrap surrogates. */
  public static final int DEFAULT_SURROGATES = 999;
  /** Expected surrogate exceedances at the level where the analytic tail takes over. */
  static final int CALIBRATION_EXCEEDANCES = 10;
  /** Minimum number of samples analysed. */
  static final int MIN_LENGTH = 32;
  /** The fitted AR(1) coefficient is clamped to [-MAX_PHI, MAX_PHI]. */
  private static final double MAX_PHI = 0.95;
  /** Single-frequency level for the harmonics flag: P(Exp(1) > ln 100) = 1 %. */
  private static final double HARMONIC_LEVEL = Math.log(100.0);

  private final NullModel nullModel;
  private final int surrogates;
  private final double minPeriodDays;
  private final double maxPeriodDays;

  private PeriodogramCycleDetector(NullModel nullModel, int surrogates, double minPeriodDays, double maxPeriodDays) {
    this.nullModel = nullModel;
    this.surrogates = surrogates;
    this.minPeriodDays = minPeriodDays;
    this.maxPeriodDays = maxPeriodDays;
  }

  /**
   * The default detector: red-noise (AR(1) residual bootstrap) null with
   * {@value #DEFAULT_SURROGATES} surrogates, band from 2 samples to half the series.
   *
   * @return the detector
   */
  public static PeriodogramCycleDetector redNoise() {
    return new PeriodogramCycleDetector(NullModel.AR1_RESIDUAL_BOOTSTRAP, DEFAULT_SURROGATES, 0.0, Double.POSITIVE_INFINITY);
  }

  /**
   * A detector with Fisher's exact white-noise null (no resampling; the seed is ignored).
   *
   * @return the detector
   */
  public static PeriodogramCycleDetector whiteNoise() {
    return new PeriodogramCycleDetector(NullModel.WHITE_NOISE, 0, 0.0, Double.POSITIVE_INFINITY);
  }

  /**
   * A copy with another number of bootstrap surrogates.
   *
   * @param count the number of surrogates, {@code >= 19}; ignored by the white-noise null
   * @return the detector
   * @throws IllegalArgumentException if fewer than 19
   */
  public PeriodogramCycleDetector withSurrogates(int count) {
    ArgChecker.isTrue(count >= 19, "surrogates must be >= 19 (p-values down to 0.05) but was %d", count);
    return new PeriodogramCycleDetector(nullModel, count, minPeriodDays, maxPeriodDays);
  }

  /**
   * A copy searching another band of periods.
   *
   * @param minDays the shortest period searched, in calendar days, {@code > 0}
   * @param maxDays the longest period searched, in calendar days, {@code > minDays}
   * @return the detector
   * @throws IllegalArgumentException if the band is empty or not positive
   */
  public PeriodogramCycleDetector withPeriodBand(double minDays, double maxDays) {
    ArgChecker.positive(minDays, "minDays");
    ArgChecker.isTrue(maxDays > minDays, "maxDays %s must exceed minDays %s", maxDays, minDays);
    return new PeriodogramCycleDetector(nullModel, surrogates, minDays, maxDays);
  }

  /**
   * The null model.
   *
   * @return the null model of the probabilities this detector reports
   */
  public NullModel nullModel() {
    return nullModel;
  }

  @Override
  public Result detect(ActivitySeries series, long seed) {
    ArgChecker.notNull(series, "series");
    double[] values = series.values();
    int n = SpectralKernel.fftLength(values.length);
    ArgChecker.isTrue(values.length >= MIN_LENGTH,
        "cycle detection needs at least %d samples but the series has %d", MIN_LENGTH, values.length);
    int offset = values.length - n;
    double step = series.basis().calendarDaysPerSample();
    SpectralKernel kernel = new SpectralKernel(n);
    int m = kernel.ordinateCount();
    int kLo = minPeriodDays == 0.0 && Double.isInfinite(maxPeriodDays)
        ? 2 : Math.max(1, (int) Math.ceil(n * step / maxPeriodDays - 1e-9));
    int kHi = minPeriodDays == 0.0 ? m : Math.min(m, (int) Math.floor(n * step / minPeriodDays + 1e-9));
    int band = kHi - kLo + 1;
    ArgChecker.isTrue(band >= 2,
        "the searched band holds %d Fourier frequencies for %d samples; widen it or lengthen the series", band, n);

    double[] detrended = new double[n];
    double ss = kernel.detrend(values, offset, detrended);
    ArgChecker.isTrue(ss > 0, "the series has no variation after detrending (no trades, or a straight line)");
    double[] power = new double[m];
    double[] re = new double[m];
    double[] im = new double[m];
    kernel.ordinates(detrended, power, re, im);
    double[] cos = new double[m];
    for (int k = 1; k <= m; k++) {
      cos[k - 1] = Math.cos(2 * Math.PI * k / n);
    }
    double phi = nullModel == NullModel.WHITE_NOISE ? 0.0 : clampPhi(kernel.lag1(detrended, ss));
    double[] w = new double[m];
    for (int k = 0; k < m; k++) {
      w[k] = power[k] * (1 + phi * phi - 2 * phi * cos[k]);
    }
    int peak = kLo - 1;
    double sumW = 0;
    for (int k = kLo - 1; k < kHi; k++) {
      sumW += w[k];
      if (w[k] > w[peak]) {
        peak = k;
      }
    }
    double g = w[peak] / sumW;
    double fisherP = FisherG.pValue(g, band);
    double fap = nullModel == NullModel.WHITE_NOISE
        ? fisherP
        : bootstrap(kernel, detrended, phi, cos, kLo, kHi, g, fisherP, seed);

    int k = peak + 1;
    double periodDays = (double) n / k * step;
    double amplitude = 2 * Math.hypot(re[peak], im[peak]) / n;
    double phase = SpectralKernel.wrapAngle(Math.atan2(im[peak], re[peak]) - 2 * Math.PI * k * offset / n);
    double meanW = sumW / band;
    double strength = Math.min(1.0, 2 * power[peak] / ss);
    double localP = Math.pow(1 - g, band - 1);
    return new Result(periodDays, 1.0 / periodDays, w[peak] / meanW, strength, amplitude, phase,
        localP, fap, Method.FFT_PERIODOGRAM, nullModel, n * (1 - phi) / (1 + phi), band,
        hasHarmonics(w, k, meanW), CalendarCycle.match(periodDays, n * step));
  }

  private double bootstrap(SpectralKernel kernel, double[] detrended, double phi, double[] cos,
      int kLo, int kHi, double g, double fisherP, long seed) {
    int n = kernel.length();
    int m = kernel.ordinateCount();
    double[] resid = new double[n - 1];
    double mean = 0;
    for (int t = 1; t < n; t++) {
      resid[t - 1] = detrended[t] - phi * detrended[t - 1];
      mean += resid[t - 1];
    }
    mean /= n - 1;
    for (int i = 0; i < resid.length; i++) {
      resid[i] -= mean;
    }
    int burn = Math.abs(phi) < 1e-3 ? 1 : Math.min(2000, (int) Math.ceil(Math.log(1e-8) / Math.log(Math.abs(phi))));
    double calLevel = calibrationLevel(surrogates);
    double gCal = FisherG.criticalValue(calLevel, kHi - kLo + 1);
    SplittableRandom rng = new SplittableRandom(seed);
    long count = resid.length;
    double[] y = new double[n + burn];
    double[] yd = new double[n];
    double[] pw = new double[m];
    int beyondCal = 0;
    int beyondObs = 0;
    for (int b = 0; b < surrogates; b++) {
      double prev = 0;
      for (int t = 0; t < y.length; t++) {
        // multiply-shift index (Lemire): bias below count / 2^32, no division in the hot loop
        prev = phi * prev + resid[(int) (((rng.nextLong() >>> 32) * count) >>> 32)];
        y[t] = prev;
      }
      double ssb = kernel.detrend(y, burn, yd);
      double phib = clampPhi(kernel.lag1(yd, ssb));
      kernel.ordinates(yd, pw, null, null);
      double max = 0;
      double sum = 0;
      for (int k = kLo - 1; k < kHi; k++) {
        double v = pw[k] * (1 + phib * phib - 2 * phib * cos[k]);
        sum += v;
        max = Math.max(max, v);
      }
      double gb = sum > 0 ? max / sum : 0.0;
      if (gb >= gCal) {
        beyondCal++;
      }
      if (gb >= g) {
        beyondObs++;
      }
    }
    if (g >= gCal) {
      double factor = (beyondCal + 1.0) / ((surrogates + 1.0) * calLevel);
      return Math.min(1.0, factor * fisherP);
    }
    return (beyondObs + 1.0) / (surrogates + 1.0);
  }

  /**
   * The analytic tail level below which the bootstrap rescales Fisher's p-value: the level the
   * surrogates still resolve with about {@value #CALIBRATION_EXCEEDANCES} exceedances.
   */
  static double calibrationLevel(int surrogates) {
    return Math.min(0.25, CALIBRATION_EXCEEDANCES / (surrogates + 1.0));
  }

  private static boolean hasHarmonics(double[] w, int k, double meanW) {
    for (int j = 2; j <= 3; j++) {
      if (exceeds(w, j * k, meanW) || (k % j == 0 && exceeds(w, k / j, meanW))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the whitened ordinate at Fourier index k (1-based, +-1 bin) is above the 1 % level. */
  private static boolean exceeds(double[] w, int k, double meanW) {
    for (int i = k - 1; i <= k + 1; i++) {
      if (i >= 1 && i <= w.length && w[i - 1] / meanW > HARMONIC_LEVEL) {
        return true;
      }
    }
    return false;
  }

  private static double clampPhi(double phi) {
    return Math.max(-MAX_PHI, Math.min(MAX_PHI, phi));
  }


  @Override
  public String toString() {
    return "PeriodogramCycleDetector[" + nullModel + ", surrogates=" + surrogates
        + ", band=" + minPeriodDays + ".." + maxPeriodDays + " days]";
  }
}
