package dev.quantsdk.discovery.anomaly;

/**
 * The kinds of trade anomaly, with the code stored in {@code anomaly_detections.anomaly_type}.
 */
public enum AnomalyType {
  /** Disclosed more than 45 days after the trade (the STOCK Act deadline). */
  LATE_DISCLOSURE("late_disclosure"),
  /** Amount band far from the member's usual amounts (robust z). */
  UNUSUAL_AMOUNT("unusual_amount"),
  /** A ticker the member never traded, from a member who keeps to few tickers. */
  UNUSUAL_TICKER("unusual_ticker"),
  /** Several members trading the same ticker within days, more than chance explains. */
  CLUSTER_TRADING("cluster_trading"),
  /** The market moved the trader's way after the trade, beyond the market model. */
  ABNORMAL_RETURN("abnormal_return"),
  /** The isolation forest finds the trade's feature vector isolated. */
  ISOLATION_FOREST("isolation_forest");

  private final String code;

  AnomalyType(String code) {
    this.code = code;
  }

  /**
   * The snake-case code.
   *
   * @return the code, such as {@code late_disclosure}
   */
  public String code() {
    return code;
  }

  /**
   * The type of a code; the inverse of {@link #code()}.
   *
   * @param code the code
   * @return the type
   * @throws IllegalArgumentException if no type has the code
   */
  public static AnomalyType parse(String code) {
    for (AnomalyType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown anomaly type '" + code + "'; expected one of "
        + java.util.Arrays.stream(values()).map(AnomalyType::code).toList());
  }
}
