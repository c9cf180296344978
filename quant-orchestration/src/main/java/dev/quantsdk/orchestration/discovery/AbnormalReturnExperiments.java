package dev.quantsdk.orchestration.discovery;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.discovery.anomaly.AbnormalReturn;
import dev.quantsdk.discovery.anomaly.TradeFeatures;
import dev.quantsdk.futures.model.LogisticRegression;
import dev.quantsdk.futures.model.PredictiveModel;
import dev.quantsdk.futures.model.RidgeRegression;
import dev.quantsdk.futures.model.WalkForward;
import dev.quantsdk.futures.model.WalkForwardExperiment;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.TradeType;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The research routine behind {@code model_experiments}: can a disclosed trade's features
 * predict the abnormal return that follows it?
 *
 * <p>Target: the trader-signed market-model CAR over {@value #HORIZON} trading days after the
 * trade (the CAR for a purchase, minus the CAR for a sale), from
 * {@link TradeFeatures.Table#abnormalReturn}. Only purchases and sales whose ticker has prices
 * enter. Features: disclosure lag (days), log10 amount, the amount's robust z-score within the
 * member, the ticker's prior share of the member's trades, other members trading the ticker in
 * the cluster window, and the direction (+1 buy, −1 sell); an undefined feature counts as 0.
 *
 * <p>Training is time-ordered only: rows sorted by transaction date, an anchored walk-forward
 * whose first training window holds half the rows and whose test windows hold a tenth, with a
 * purge of as many rows as the most trades in any {@value #PURGE_CALENDAR_DAYS}-calendar-day span
 * (a conservative bound: no training label's 20-trading-day window can reach into a test
 * window). Two models: ridge regression (lambda 1) of the signed CAR, and logistic regression
 * (lambda 1) of its sign. {@code deployment_ready} follows {@link WalkForwardExperiment}'s rule:
 * beat the naive baseline out of sample. Stateless and thread-safe.
 */
public final class AbnormalReturnExperiments {

  /** The CAR horizon in trading days. */
  public static final int HORIZON = 20;
  /** Calendar days spanned by a {@value #HORIZON}-trading-day label, rounded up. */
  public static final int PURGE_CALENDAR_DAYS = 31;
  /** Fewer usable trades than this give no experiment. */
  public static final int MIN_ROWS = 100;

  private AbnormalReturnExperiments() {
  }

  /**
   * Runs the experiments.
   *
   * @param table the trade features, with abnormal returns (prices supplied)
   * @return the experiments, empty when fewer than {@value #MIN_ROWS} trades have a
   *     {@value #HORIZON}-day abnormal return
   */
  public static List<Findings.Experiment> run(TradeFeatures.Table table) {
    ArgChecker.notNull(table, "table");
    List<Row> rows = new ArrayList<>();
    List<DisclosedTrade> trades = table.trades();
    for (int i = 0; i < table.size(); i++) {
      DisclosedTrade t = trades.get(i);
      if (t.type() == TradeType.EXCHANGE) {
        continue;
      }
      Optional<AbnormalReturn.Result> ar = table.abnormalReturn(i);
      if (ar.isEmpty()) {
        continue;
      }
      OptionalDouble car = ar.get().horizons().stream()
          .filter(h -> h.tradingDays() == HORIZON).mapToDouble(AbnormalReturn.Horizon::car)
          .findFirst();
      if (car.isEmpty()) {
        continue;
      }
      double direction = t.type() == TradeType.PURCHASE ? 1 : -1;
      double[] x = {
          value(table, i, TradeFeatures.Feature.LAG_DAYS),
          value(table, i, TradeFeatures.Feature.LOG10_AMOUNT_USD),
          value(table, i, TradeFeatures.Feature.AMOUNT_ROBUST_Z),
          value(table, i, TradeFeatures.Feature.TICKER_PRIOR_SHARE),
          value(table, i, TradeFeatures.Feature.CLUSTER_OTHER_MEMBERS),
          direction};
      rows.add(new Row(t, x, direction * car.getAsDouble()));
    }
    if (rows.size() < MIN_ROWS) {
      return List.of();
    }
    rows.sort(Comparator.comparing((Row r) -> r.trade.transactionDate())
        .thenComparing(r -> r.trade.tradeId()));
    int n = rows.size();
    double[][] x = new double[n][];
    double[] y = new double[n];
    double[] up = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rows.get(i).x;
      y[i] = rows.get(i).target;
      up[i] = y[i] > 0 ? 1 : 0;
    }
    int purge = maxTradesInSpan(rows, PURGE_CALENDAR_DAYS);
    int train = n / 2;
    int test = Math.max(1, n / 10);
    if (train + purge >= n) {
      return List.of();
    }
    WalkForward scheme = WalkForward.anchored(train, test, purge, 0);
    List<Findings.Experiment> out = new ArrayList<>();
    out.add(experiment(new RidgeRegression(1.0), x, y, scheme, "signed_car_20d"));
    out.add(experiment(new LogisticRegression(1.0), x, up, scheme, "signed_car_20d_positive"));
    return out;
  }

  private static Findings.Experiment experiment(PredictiveModel model, double[][] x, double[] y,
      WalkForward scheme, String target) {
    WalkForwardExperiment.Result r = WalkForwardExperiment.run(model, x, y, scheme);
    Map<String, Object> params = new LinkedHashMap<>(r.parameters());
    params.put("target", target);
    params.put("features", List.of("lag_days", "log10_amount_usd", "amount_robust_z",
        "ticker_prior_share", "cluster_other_members", "direction"));
    params.put("rows", y.length);
    Map<String, Object> metrics = new LinkedHashMap<>(r.metrics());
    metrics.put("folds", r.folds());
    metrics.put("out_of_sample", r.outOfSample());
    return new Findings.Experiment(r.modelName(), params, metrics, r.deploymentReady());
  }

  private static double value(TradeFeatures.Table table, int row, TradeFeatures.Feature f) {
    return table.value(row, f).orElse(0.0);
  }

  private static int maxTradesInSpan(List<Row> sorted, int days) {
    int best = 0;
    int lo = 0;
    for (int hi = 0; hi < sorted.size(); hi++) {
      while (ChronoUnit.DAYS.between(sorted.get(lo).trade.transactionDate(),
          sorted.get(hi).trade.transactionDate()) >= days) {
        lo++;
      }
      best = Math.max(best, hi - lo + 1);
    }
    return best;
  }

  private record Row(DisclosedTrade trade, double[] x, double target) {
  }
}
