package dev.quantsdk.discovery.cycle;

import dev.quantsdk.model.ArgChecker;

/**
 * The Rayleigh test of event times for a period: are the events' phases {@code 2 pi t / P}
 * concentrated rather than uniform?
 *
 * <p>With {@code n} events and resultant length {@code R = |sum exp(i theta_j)|}, the statistic
 * is {@code Z = R^2 / n}; events exactly one period apart give {@code Z = n}. The p-value uses
 * Greenwood &amp; Durand's (1955) approximation {@code exp(sqrt(1 + 4n + 4(n^2 - R^2)) - (1 +
 * 2n))} (Zar, Biostatistical Analysis, eq. 27.4), accurate for {@code n >= 10}. The null is a
 * homogeneous Poisson process: independent, uniformly distributed phases. Bursts of trades (many
 * on one day) violate that independence and make the test anti-conservative: prefer {@link
 * PeriodogramCycleDetector} for bursty traders, or pass one event per active day.
 *
 * <p>As a {@link CycleDetector} it takes one event per trade ({@link
 * ActivitySeries#eventSamples()}), scans the Fourier periods of the span (two cycles per span to
 * two samples), takes the largest {@code Z}, and reports the Šidák false-alarm probability
 * {@code 1 - (1 - p)^M} over the {@code M} independent frequencies searched. Immutable and
 * thread-safe.
 */
public final class RayleighTest implements CycleDetector {

  /** Minimum number of events. */
  static final int MIN_EVENTS = 10;

  private static final RayleighTest INSTANCE = new RayleighTest();

  private RayleighTest() {
  }

  /**
   * The detector.
   *
   * @return the stateless detector
   */
  public static RayleighTest of() {
    return INSTANCE;
  }

  /**
   * The outcome of one Rayleigh test. Immutable.
   *
   * @param z the statistic {@code R^2 / n}, in [0, n]
   * @param pValue the p-value under uniform phases, in [0, 1]
   * @param meanPhaseRadians the mean direction of the phases, in (-pi, pi]
   * @param meanResultantLength {@code R / n}, in [0, 1]
   * @param events the number of events {@code n}
   */
  public record Outcome(double z, double pValue, double meanPhaseRadians, double meanResultantLength, int events) {

    /**
     * Validates the outcome.
     *
     * @throws IllegalArgumentException if a number is out of range
     */
    public Outcome {
      ArgChecker.notNegative(z, "z");
      ArgChecker.inRangeInclusive(pValue, 0.0, 1.0, "pValue");
      ArgChecker.inRangeInclusive(meanPhaseRadians, -Math.PI, Math.PI, "meanPhaseRadians");
      ArgChecker.inRangeInclusive(meanResultantLength, 0.0, 1.0 + 1e-12, "meanResultantLength");
      ArgChecker.positive(events, "events");
    }
  }

  /**
   * Tests event times for one period.
   *
   * @param eventTimes the event times, finite, in days (any origin)
   * @param periodDays the period, in days, {@code > 0}
   * @return the outcome
   * @throws IllegalArgumentException if fewer than {@value #MIN_EVENTS} events
   */
  public static Outcome test(double[] eventTimes, double periodDays) {
    ArgChecker.notNull(eventTimes, "eventTimes");
    ArgChecker.positive(periodDays, "periodDays");
    ArgChecker.isTrue(eventTimes.length >= MIN_EVENTS,
        "the Rayleigh test needs at least %d events but got %d", MIN_EVENTS, eventTimes.length);
    double w = 2 * Math.PI / periodDays;
    double c = 0;
    double s = 0;
    for (int i = 0; i < eventTimes.length; i++) {
      double theta = w * ArgChecker.finite(eventTimes[i], "eventTimes[" + i + "]");
      c += Math.cos(theta);
      s += Math.sin(theta);
    }
    return outcome(c, s, eventTimes.length);
  }

  private static Outcome outcome(double c, double s, int n) {
    double r2 = c * c + s * s;
    double p = Math.exp(Math.sqrt(1 + 4.0 * n + 4 * ((double) n * n - r2)) - (1 + 2.0 * n));
    return new Outcome(r2 / n, Math.min(1.0, p), Math.atan2(s, c), Math.min(1.0, Math.sqrt(r2) / n), n);
  }

  @Override
  public Result detect(ActivitySeries series, long seed) {
    ArgChecker.notNull(series, "series");
    double step = series.basis().calendarDaysPerSample();
    long[] samples = series.eventSamples();
    ArgChecker.isTrue(samples.length >= MIN_EVENTS,
        "the Rayleigh test needs at least %d events but the series has %d", MIN_EVENTS, samples.length);
    int n = series.length();
    int kHi = (n - 1) / 2;
    int kLo = 2;
    ArgChecker.isTrue(kHi >= kLo, "the series of %d samples is too short to scan", n);
    Outcome best = null;
    int bestK = kLo;
    for (int k = kLo; k <= kHi; k++) {
      double w = 2 * Math.PI * k / n;
      double c = 0;
      double s = 0;
      for (long t : samples) {
        c += Math.cos(w * t);
        s += Math.sin(w * t);
      }
      Outcome o = outcome(c, s, samples.length);
      if (best == null || o.z() > best.z()) {
        best = o;
        bestK = k;
      }
    }
    int searched = kHi - kLo + 1;
    double fap = -Math.expm1(searched * Math.log1p(-Math.min(best.pValue(), 1 - 1e-16)));
    double periodDays = (double) n / bestK * step;
    // event rate ~ n/span (1 + 2 Rbar cos(2 pi t / P - mean phase)): first Fourier amplitude of the rate
    double amplitude = 2 * best.meanResultantLength() * samples.length / (n * step);
    return new Result(periodDays, 1.0 / periodDays, best.z(), best.meanResultantLength(), amplitude,
        SpectralKernel.wrapAngle(-best.meanPhaseRadians()), best.pValue(), Math.min(1.0, Math.max(0.0, fap)),
        Method.RAYLEIGH, NullModel.UNIFORM_PHASES, samples.length, searched, false,
        CalendarCycle.match(periodDays, n * step));
  }

  @Override
  public String toString() {
    return "RayleighTest";
  }
}
