package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * Finds anomalous trades among disclosed trades. Implementation: {@link TradeAnomalyScorer}.
 * Implementations are immutable and thread-safe.
 */
public interface AnomalyDetector {

  /**
   * Scores trades.
   *
   * @param trades the trades of all members (cluster trading compares members), any order
   * @param prices daily prices for the abnormal-return feature, if available
   * @return the anomalies found
   * @throws IllegalArgumentException if the trades cannot be scored (see the implementation)
   */
  Result detect(List<DisclosedTrade> trades, Optional<MarketPrices> prices);

  /**
   * The anomalies of a batch of trades. Immutable.
   *
   * @param anomalies the anomalies, ordered by trade (input order), then type
   * @param tradesScored the number of trades examined
   */
  record Result(List<TradeAnomaly> anomalies, int tradesScored) {

    /**
     * Validates the result.
     *
     * @throws IllegalArgumentException if the count is negative
     */
    public Result {
      anomalies = List.copyOf(ArgChecker.notNull(anomalies, "anomalies"));
      ArgChecker.notNegative(tradesScored, "tradesScored");
    }

    /**
     * The anomalies of one type.
     *
     * @param type the type
     * @return those anomalies, in order
     */
    public List<TradeAnomaly> ofType(AnomalyType type) {
      return anomalies.stream().filter(a -> a.type() == type).toList();
    }

    /**
     * The critical anomalies.
     *
     * @return the anomalies with severity at least {@link Severity#CRITICAL}
     */
    public List<TradeAnomaly> critical() {
      return anomalies.stream().filter(TradeAnomaly::isCritical).toList();
    }
  }
}
