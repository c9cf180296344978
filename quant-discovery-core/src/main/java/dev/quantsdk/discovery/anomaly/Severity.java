package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.model.ArgChecker;

/**
 * How scores map to an anomaly's severity in [0, 1]. Every mapping is monotone
 * non-decreasing in its score, and {@link #CRITICAL} (0.8, the webhook threshold) is reached
 * at a documented point of each.
 *
 * <ul>
 *   <li>{@link #exceedance(double, double)} for a statistic {@code x} flagged above a threshold
 *       {@code tau > 0}: {@code 1 - 5^(-(x - tau) / tau)}, 0 at or below the threshold,
 *       critical at {@code x = 2 tau}. Used for the robust z of amounts ({@code |z|}, tau 3.5,
 *       critical at 7), the favourable abnormal-return t (tau 3, critical at 6), and, on the
 *       {@code -log10} scale, the cluster p-value (tau 2 = p 0.01, critical at p 1e-4) and the
 *       new-ticker probability (tau 1.301 = p 0.05, critical at p 0.0025).</li>
 *   <li>{@link #lateDisclosure(long)}: logistic in the days past the 45-day deadline,
 *       {@code 1 / (1 + exp(-(d - 30) / w))} with {@code w = 30 / ln 4}: 0.21 one day late,
 *       0.5 at 30 days late (when the STOCK Act's late-filing fee applies), critical at 60 days
 *       late, 0.99 at about 130 days late; 0 when not late.</li>
 *   <li>{@link #isolation(double)}: {@code (s - 0.5) / 0.5} clipped to [0, 1] for an isolation
 *       forest score {@code s} (0.5 is "nothing stands out" in Liu et al.'s scale); critical at
 *       {@code s = 0.9}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Severity {

  /** The severity from which an anomaly counts as critical. */
  public static final double CRITICAL = 0.8;
  /** Days past the deadline at which the late-disclosure severity is one half. */
  public static final double LATE_MIDPOINT_DAYS = 30.0;
  /** Scale of the late-disclosure logistic: critical 30 days after its midpoint. */
  public static final double LATE_SCALE_DAYS = 30.0 / Math.log(4.0);

  private Severity() {
  }

  /**
   * Severity of a statistic above its threshold.
   *
   * @param statistic the statistic (NaN counts as not exceeding)
   * @param threshold the flagging threshold, &gt; 0
   * @return {@code 1 - 5^(-(x - tau) / tau)} above the threshold, else 0
   * @throws IllegalArgumentException if the threshold is not positive
   */
  public static double exceedance(double statistic, double threshold) {
    ArgChecker.positive(threshold, "threshold");
    if (!(statistic > threshold)) {
      return 0.0;
    }
    return 1.0 - Math.pow(5.0, -(statistic - threshold) / threshold);
  }

  /**
   * Severity of a late disclosure.
   *
   * @param daysLate calendar days past the deadline
   * @return the logistic severity, 0 if {@code daysLate <= 0}
   */
  public static double lateDisclosure(long daysLate) {
    if (daysLate <= 0) {
      return 0.0;
    }
    return 1.0 / (1.0 + Math.exp(-(daysLate - LATE_MIDPOINT_DAYS) / LATE_SCALE_DAYS));
  }

  /**
   * Severity of an isolation forest score.
   *
   * @param score the score in [0, 1]
   * @return {@code (score - 0.5) / 0.5} clipped to [0, 1]
   * @throws IllegalArgumentException if the score is outside [0, 1]
   */
  public static double isolation(double score) {
    ArgChecker.inRangeInclusive(score, 0.0, 1.0, "score");
    return Math.max(0.0, Math.min(1.0, (score - 0.5) / 0.5));
  }
}
