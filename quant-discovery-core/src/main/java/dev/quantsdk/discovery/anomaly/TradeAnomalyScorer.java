package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.discovery.anomaly.TradeAnomaly.Contribution;
import dev.quantsdk.discovery.anomaly.TradeAnomaly.Explanation;
import dev.quantsdk.discovery.anomaly.TradeFeatures.Feature;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.TradeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The anomaly detector: rules on the {@link TradeFeatures} plus an isolation forest over
 * them, each finding with a {@link Severity} and an explanation.
 *
 * <p>Rules, with the default {@link Thresholds}:
 * <ul>
 *   <li>{@code late_disclosure}: disclosure lag &gt; 45 days;</li>
 *   <li>{@code unusual_amount}: |robust z| of the log amount &gt; 3.5 within the member;</li>
 *   <li>{@code unusual_ticker}: a first trade in a ticker whose Good-Turing new-ticker
 *       probability is &lt; 0.05;</li>
 *   <li>{@code cluster_trading}: at least 2 other members in the ticker within the window and a
 *       Poisson p-value &lt; 0.01;</li>
 *   <li>{@code abnormal_return}: favourable CAR t-statistic &gt; 3 (only with prices);</li>
 *   <li>{@code isolation_forest}: forest score &gt; 0.65 on {@link TradeFeatures#FOREST_FEATURES},
 *       fitted on the batch itself (at least 64 trades) with the seed given.</li>
 * </ul>
 *
 * <p>The same input and seed give the same anomalies bit for bit. Immutable and thread-safe.
 */
public final class TradeAnomalyScorer implements AnomalyDetector {

  private final TradeFeatures features;
  private final AnomalyScorer forest;
  private final Thresholds thresholds;

  private TradeAnomalyScorer(TradeFeatures features, AnomalyScorer forest,
      Thresholds thresholds) {
    this.features = ArgChecker.notNull(features, "features");
    this.forest = ArgChecker.notNull(forest, "forest");
    this.thresholds = ArgChecker.notNull(thresholds, "thresholds");
  }

  /**
   * The detector with the default features, an isolation forest of 100 trees with subsample
   * 256, and the default thresholds.
   *
   * @param seed the isolation forest's seed
   * @return the detector
   */
  public static TradeAnomalyScorer standard(long seed) {
    return new TradeAnomalyScorer(TradeFeatures.standard(), IsolationForest.standard(seed),
        Thresholds.standard());
  }

  /**
   * A detector with custom parts.
   *
   * @param features the feature engine
   * @param forest the multivariate scorer
   * @param thresholds the flagging thresholds
   * @return the detector
   */
  public static TradeAnomalyScorer of(TradeFeatures features, AnomalyScorer forest,
      Thresholds thresholds) {
    return new TradeAnomalyScorer(features, forest, thresholds);
  }

  @Override
  public Result detect(List<DisclosedTrade> trades, Optional<MarketPrices> prices) {
    return score(features.compute(trades, prices));
  }

  /**
   * Scores trades whose features are already computed, for callers that use the same feature
   * table for something else too (the discovery facade's experiments).
   *
   * @param table the features, computed by an engine with this detector's settings (for example
   *     {@link TradeFeatures#standard()} for {@link #standard(long)})
   * @return the anomalies
   */
  public Result score(TradeFeatures.Table table) {
    ArgChecker.notNull(table, "table");
    int n = table.size();
    double[][] forestColumns = new double[0][];
    double[] forestScores = new double[0];
    AnomalyScorer.Model model = null;
    if (n >= thresholds.minForestRows()) {
      forestColumns = table.forestColumns();
      model = forest.fit(forestColumns);
      forestScores = model.scoreAll(forestColumns);
    }
    List<TradeAnomaly> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DisclosedTrade trade = table.trades().get(i);
      late(table, i, trade, out);
      amount(table, i, trade, out);
      ticker(table, i, trade, out);
      cluster(table, i, trade, out);
      abnormalReturn(table, i, trade, out);
      if (model != null && forestScores[i] > thresholds.isolationScore()) {
        out.add(isolation(model, forestColumns, forestScores[i], i, trade));
      }
    }
    return new Result(out, n);
  }

  private void late(TradeFeatures.Table table, int i, DisclosedTrade trade,
      List<TradeAnomaly> out) {
    double lag = table.value(i, Feature.LAG_DAYS).orElse(Double.NaN);
    if (!(lag > thresholds.deadlineDays())) {
      return;
    }
    long daysLate = (long) lag - thresholds.deadlineDays();
    out.add(anomaly(trade, AnomalyType.LATE_DISCLOSURE, Severity.lateDisclosure(daysLate),
        String.format(Locale.ROOT,
            "disclosed %d days after the trade of %s, %d days past the %d-day STOCK Act deadline",
            (long) lag, trade.transactionDate(), daysLate, thresholds.deadlineDays()),
        List.of(new Contribution(Feature.LAG_DAYS.code(), lag, 1.0),
            new Contribution("days_late", daysLate, 0.0),
            new Contribution("deadline_days", thresholds.deadlineDays(), 0.0))));
  }

  private void amount(TradeFeatures.Table table, int i, DisclosedTrade trade,
      List<TradeAnomaly> out) {
    double z = table.value(i, Feature.AMOUNT_ROBUST_Z).orElse(Double.NaN);
    if (!(Math.abs(z) > thresholds.amountZ())) {
      return;
    }
    double usd = trade.amount().orElseThrow().midpointUsd();
    out.add(anomaly(trade, AnomalyType.UNUSUAL_AMOUNT,
        Severity.exceedance(Math.abs(z), thresholds.amountZ()),
        String.format(Locale.ROOT,
            "amount %s is %s than this member's usual amounts (robust z %.2f, threshold %.1f)",
            trade.amount().orElseThrow(), z > 0 ? "far larger" : "far smaller", z,
            thresholds.amountZ()),
        List.of(new Contribution(Feature.AMOUNT_ROBUST_Z.code(), z, 1.0),
            new Contribution("amount_usd", usd, 0.0))));
  }

  private void ticker(TradeFeatures.Table table, int i, DisclosedTrade trade,
      List<TradeAnomaly> out) {
    double p = table.value(i, Feature.NEW_TICKER_PROBABILITY).orElse(Double.NaN);
    if (!(p < thresholds.newTickerProbability())) {
      return;
    }
    out.add(anomaly(trade, AnomalyType.UNUSUAL_TICKER,
        Severity.exceedance(-Math.log10(p), -Math.log10(thresholds.newTickerProbability())),
        String.format(Locale.ROOT,
            "first trade in %s by a member whose chance of trading a new ticker was %.2f%%",
            TradeFeatures.ticker(trade).orElseThrow(), 100 * p),
        List.of(new Contribution(Feature.NEW_TICKER_PROBABILITY.code(), p, 1.0))));
  }

  private void cluster(TradeFeatures.Table table, int i, DisclosedTrade trade,
      List<TradeAnomaly> out) {
    double others = table.value(i, Feature.CLUSTER_OTHER_MEMBERS).orElse(Double.NaN);
    double p = table.value(i, Feature.CLUSTER_P_VALUE).orElse(Double.NaN);
    if (!(others >= thresholds.clusterMinOtherMembers() && p < thresholds.clusterPValue())) {
      return;
    }
    double expected = table.value(i, Feature.CLUSTER_EXPECTED_MEMBERS).orElse(Double.NaN);
    out.add(anomaly(trade, AnomalyType.CLUSTER_TRADING,
        Severity.exceedance(-Math.log10(p), -Math.log10(thresholds.clusterPValue())),
        String.format(Locale.ROOT,
            "%d other members traded %s within %d days of this trade where %.2f were expected"
                + " (Poisson p = %.2e)",
            (long) others, TradeFeatures.ticker(trade).orElseThrow(), features.clusterWindowDays(),
            expected, p),
        List.of(new Contribution(Feature.CLUSTER_OTHER_MEMBERS.code(), others, 1.0),
            new Contribution(Feature.CLUSTER_EXPECTED_MEMBERS.code(), expected, 0.0),
            new Contribution(Feature.CLUSTER_P_VALUE.code(), p, 0.0),
            new Contribution("window_days", features.clusterWindowDays(), 0.0))));
  }

  private void abnormalReturn(TradeFeatures.Table table, int i, DisclosedTrade trade,
      List<TradeAnomaly> out) {
    double t = table.value(i, Feature.ABNORMAL_RETURN_T).orElse(Double.NaN);
    if (!(t > thresholds.abnormalReturnT())) {
      return;
    }
    AbnormalReturn.Result r = table.abnormalReturn(i).orElseThrow();
    int direction = trade.type() == TradeType.PURCHASE ? 1 : -1;
    AbnormalReturn.Horizon best = r.mostFavourable(direction);
    List<Contribution> contributions = new ArrayList<>();
    contributions.add(new Contribution(Feature.ABNORMAL_RETURN_T.code(), t, 1.0));
    for (AbnormalReturn.Horizon h : r.horizons()) {
      contributions.add(new Contribution("car_" + h.tradingDays() + "d", h.car(), 0.0));
    }
    contributions.add(new Contribution("beta", r.beta(), 0.0));
    out.add(anomaly(trade, AnomalyType.ABNORMAL_RETURN,
        Severity.exceedance(t, thresholds.abnormalReturnT()),
        String.format(Locale.ROOT,
            "after this %s %s %s the market model by %.1f%% over %d trading days (t = %.2f)",
            direction > 0 ? "purchase" : "sale", TradeFeatures.ticker(trade).orElseThrow(),
            direction > 0 ? "beat" : "fell short of", 100 * Math.abs(best.car()),
            best.tradingDays(), t),
        contributions));
  }

  private TradeAnomaly isolation(AnomalyScorer.Model model, double[][] columns, double score,
      int i, DisclosedTrade trade) {
    double[] row = new double[columns.length];
    for (int j = 0; j < row.length; j++) {
      row[j] = columns[j][i];
    }
    double[] weights = model.contributions(row);
    List<Contribution> contributions = new ArrayList<>();
    for (int j = 0; j < row.length; j++) {
      contributions.add(new Contribution(TradeFeatures.FOREST_FEATURES.get(j).code(), row[j],
          Math.min(1.0, weights[j])));
    }
    contributions.sort(Comparator.comparingDouble(Contribution::weight).reversed());
    Contribution top = contributions.get(0);
    contributions.add(new Contribution("isolation_score", score, 0.0));
    return anomaly(trade, AnomalyType.ISOLATION_FOREST, Severity.isolation(score),
        String.format(Locale.ROOT,
            "isolation forest score %.3f; isolated mostly by %s = %.4g (%.0f%% of the splits' bits)",
            score, top.feature(), top.value(), 100 * top.weight()),
        contributions);
  }

  private static TradeAnomaly anomaly(DisclosedTrade trade, AnomalyType type, double severity,
      String summary, List<Contribution> contributions) {
    return new TradeAnomaly(trade.tradeId(), trade.politicianId(), type, severity,
        new Explanation(summary, contributions));
  }

  /**
   * The flagging thresholds. Immutable.
   *
   * @param deadlineDays the disclosure deadline in calendar days (45 under the STOCK Act)
   * @param amountZ the |robust z| above which an amount is unusual
   * @param newTickerProbability the new-ticker probability below which a first trade is
   *     unusual, in (0, 1)
   * @param clusterMinOtherMembers the minimum number of other members for a cluster
   * @param clusterPValue the Poisson p-value below which a cluster is flagged, in (0, 1)
   * @param abnormalReturnT the favourable CAR t-statistic above which a trade is flagged
   * @param isolationScore the isolation forest score above which a trade is flagged, in
   *     [0.5, 1)
   * @param minForestRows the minimum batch size for fitting the forest
   */
  public record Thresholds(int deadlineDays, double amountZ, double newTickerProbability,
      int clusterMinOtherMembers, double clusterPValue, double abnormalReturnT,
      double isolationScore, int minForestRows) {

    /**
     * Validates the thresholds.
     *
     * @throws IllegalArgumentException if a threshold is out of range
     */
    public Thresholds {
      ArgChecker.notNegative(deadlineDays, "deadlineDays");
      ArgChecker.positive(amountZ, "amountZ");
      ArgChecker.isTrue(newTickerProbability > 0 && newTickerProbability < 1,
          "newTickerProbability must be in (0, 1) but was %s", newTickerProbability);
      ArgChecker.positive(clusterMinOtherMembers, "clusterMinOtherMembers");
      ArgChecker.isTrue(clusterPValue > 0 && clusterPValue < 1,
          "clusterPValue must be in (0, 1) but was %s", clusterPValue);
      ArgChecker.positive(abnormalReturnT, "abnormalReturnT");
      ArgChecker.isTrue(isolationScore >= 0.5 && isolationScore < 1,
          "isolationScore must be in [0.5, 1) but was %s", isolationScore);
      ArgChecker.isTrue(minForestRows >= 2, "minForestRows must be >= 2 but was %d",
          minForestRows);
    }

    /**
     * The defaults: 45 days, |z| 3.5, p 0.05, 2 other members at p 0.01, t 3, score 0.65,
     * 64 rows.
     *
     * @return the thresholds
     */
    public static Thresholds standard() {
      return new Thresholds(45, RobustZScore.DEFAULT_THRESHOLD, 0.05, 2, 0.01, 3.0, 0.65, 64);
    }
  }
}
