package dev.quantsdk.discovery.cycle;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;

/**
 * Finds the strongest cycle in one activity series and says how surprising it is under a null
 * model without cycles.
 *
 * <p>"No significant cycle" is a normal outcome: {@link #detect} always reports the strongest
 * candidate with its false-alarm probability; callers decide significance (usually after
 * Benjamini–Hochberg across many series, see {@link CycleScan}). Implementations are immutable
 * and thread-safe; the same series and seed give bit-identical results.
 */
public interface CycleDetector {

  /** The discovery kind these detectors produce. */
  String KIND = "fourier_cycle";

  /**
   * Detects the strongest cycle.
   *
   * @param series the activity series
   * @param seed the seed of any resampling (ignored by analytic nulls)
   * @return the strongest candidate cycle and its significance
   * @throws IllegalArgumentException if the series is too short for the searched band or has no
   *     variation (for example no trades at all)
   */
  Result detect(ActivitySeries series, long seed);

  /** The algorithm that produced a result. */
  enum Method {
    /** Fourier periodogram of the evenly spaced series (JTransforms). */
    FFT_PERIODOGRAM,
    /** Lomb–Scargle periodogram of (possibly unevenly spaced) samples. */
    LOMB_SCARGLE,
    /** Rayleigh test of the phases of event times, scanned over trial periods. */
    RAYLEIGH
  }

  /** The null model a p-value was computed under. */
  enum NullModel {
    /** Gaussian white noise: Fisher's g with its exact distribution. */
    WHITE_NOISE,
    /**
     * Red noise: Fisher's g on the periodogram whitened by the series' own AR(1) spectrum,
     * calibrated by a seeded AR(1) residual bootstrap that refits the AR(1) on every surrogate.
     */
    AR1_RESIDUAL_BOOTSTRAP,
    /** Independent Gaussian samples at arbitrary times: Baluev's (2008) analytic bound. */
    BALUEV_WHITE_NOISE,
    /** Independent, uniformly distributed event phases (a homogeneous Poisson process). */
    UNIFORM_PHASES
  }

  /**
   * The strongest candidate cycle of one series. Immutable and thread-safe.
   *
   * @param periodDays the period in calendar days (business-day series are converted at 7/5
   *     calendar days per business day)
   * @param frequencyPerDay {@code 1 / periodDays}, in cycles per calendar day
   * @param normalisedPower the peak's (whitened) power divided by the mean power over the searched
   *     band; about Exp(1)-distributed at a single frequency under the null
   * @param strength the fraction of the series' detrended variance explained by the fitted
   *     sinusoid, in [0, 1]
   * @param amplitude the amplitude of the fitted sinusoid, in the series' units per day (trades or
   *     USD)
   * @param phaseRadians the phase {@code p} of {@code amplitude * cos(2 pi t / periodDays + p)}
   *     with {@code t} in calendar days from the series start, in (-pi, pi]
   * @param pValue the single-frequency p-value of the peak (not corrected for the search)
   * @param falseAlarmProbability the probability under the null that some frequency in the searched
   *     band is at least this strong: the p-value of "this series has a cycle"
   * @param method the algorithm
   * @param nullModel the null model of the probabilities
   * @param effectiveN the effective number of independent samples, {@code N (1 - phi) / (1 + phi)}
   *     for a fitted AR(1) coefficient {@code phi}, {@code N} under a white null
   * @param searchedFrequencies the number of frequencies in the searched band
   * @param harmonics whether a companion peak sits at twice, three times, half or a third of the
   *     frequency (power above the single-frequency 1 % level)
   * @param calendarCycle the calendar cycle the period matches, if any
   */
  record Result(
      double periodDays,
      double frequencyPerDay,
      double normalisedPower,
      double strength,
      double amplitude,
      double phaseRadians,
      double pValue,
      double falseAlarmProbability,
      Method method,
      NullModel nullModel,
      double effectiveN,
      int searchedFrequencies,
      boolean harmonics,
      Optional<CalendarCycle> calendarCycle) {

    /**
     * Validates the result.
     *
     * @throws IllegalArgumentException if a number is outside its range
     */
    public Result {
      ArgChecker.positive(periodDays, "periodDays");
      ArgChecker.positive(frequencyPerDay, "frequencyPerDay");
      ArgChecker.notNegative(normalisedPower, "normalisedPower");
      ArgChecker.inRangeInclusive(strength, 0.0, 1.0, "strength");
      ArgChecker.notNegative(amplitude, "amplitude");
      ArgChecker.inRangeInclusive(phaseRadians, -Math.PI, Math.PI, "phaseRadians");
      ArgChecker.inRangeInclusive(pValue, 0.0, 1.0, "pValue");
      ArgChecker.inRangeInclusive(falseAlarmProbability, 0.0, 1.0, "falseAlarmProbability");
      ArgChecker.notNull(method, "method");
      ArgChecker.notNull(nullModel, "nullModel");
      ArgChecker.positive(effectiveN, "effectiveN");
      ArgChecker.positive(searchedFrequencies, "searchedFrequencies");
      ArgChecker.notNull(calendarCycle, "calendarCycle");
    }

    /**
     * Whether the cycle is significant for this series alone (no multiple-testing correction
     * across series).
     *
     * @param alpha the level, in (0, 1)
     * @return {@code falseAlarmProbability <= alpha}
     */
    public boolean isSignificant(double alpha) {
      ArgChecker.isTrue(alpha > 0 && alpha < 1, "alpha must be in (0, 1) but was %s", alpha);
      return falseAlarmProbability <= alpha;
    }
  }
}
