package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.model.ArgChecker;
import java.util.List;

/**
 * One anomaly of one trade: its type, a severity in [0, 1] (see {@link Severity}) and an
 * explanation an investigator can read. A trade may carry several anomalies of different
 * types. Immutable and thread-safe.
 *
 * @param tradeId the trade's id
 * @param politicianId the member's id
 * @param type the anomaly type
 * @param severity the severity in [0, 1]; {@link Severity#CRITICAL} and above is critical
 * @param explanation why the trade was flagged
 */
public record TradeAnomaly(String tradeId, String politicianId, AnomalyType type,
    double severity, Explanation explanation) {

  /**
   * Validates the anomaly.
   *
   * @throws IllegalArgumentException if an id is blank or the severity is outside [0, 1]
   */
  public TradeAnomaly {
    ArgChecker.notBlank(tradeId, "tradeId");
    ArgChecker.notBlank(politicianId, "politicianId");
    ArgChecker.notNull(type, "type");
    ArgChecker.inRangeInclusive(severity, 0.0, 1.0, "severity");
    ArgChecker.notNull(explanation, "explanation");
  }

  /**
   * Whether the anomaly is critical.
   *
   * @return true if the severity is at least {@link Severity#CRITICAL}
   */
  public boolean isCritical() {
    return severity >= Severity.CRITICAL;
  }

  /**
   * Why a trade was flagged: a one-line summary and the features behind it. Immutable.
   *
   * @param summary a sentence for a human reader
   * @param contributions the features with their values and weights, most important first
   */
  public record Explanation(String summary, List<Contribution> contributions) {

    /**
     * Validates the explanation.
     *
     * @throws IllegalArgumentException if the summary is blank or there is no contribution
     */
    public Explanation {
      ArgChecker.notBlank(summary, "summary");
      contributions = List.copyOf(ArgChecker.notEmpty(contributions, "contributions"));
    }
  }

  /**
   * One feature behind an anomaly. Immutable.
   *
   * @param feature the feature's snake-case name, such as {@code lag_days}
   * @param value its value for the trade, in the feature's unit (days, USD, a probability...)
   * @param weight how much it drove the flag, in [0, 1]: 1 for the feature a rule tested, 0 for
   *     context, the isolation-forest share otherwise
   */
  public record Contribution(String feature, double value, double weight) {

    /**
     * Validates the contribution.
     *
     * @throws IllegalArgumentException if the name is blank, the value not finite or the weight
     *     outside [0, 1]
     */
    public Contribution {
      ArgChecker.notBlank(feature, "feature");
      ArgChecker.finite(value, "value of " + feature);
      ArgChecker.inRangeInclusive(weight, 0.0, 1.0, "weight of " + feature);
    }
  }
}
