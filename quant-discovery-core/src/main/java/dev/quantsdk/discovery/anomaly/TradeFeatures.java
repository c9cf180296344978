package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.TradeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.commons.math3.special.Gamma;

/**
 * Computes the per-trade features the anomaly detector scores, columnar.
 *
 * <ul>
 *   <li>{@link Feature#LAG_DAYS}: calendar days from the transaction to its disclosure.</li>
 *   <li>{@link Feature#LOG10_AMOUNT_USD}: log10 of the amount band's representative amount
 *       ({@link dev.quantsdk.model.AmountBand#midpointUsd()}); the bands grow geometrically, so
 *       the log puts neighbouring bands at similar distances.</li>
 *   <li>{@link Feature#AMOUNT_ROBUST_Z}: the {@link RobustZScore} of that log amount among all
 *       the member's trades with an amount in the input, when the member has at least
 *       {@code minAmountHistory} of them (10 by default).</li>
 *   <li>{@link Feature#TICKER_PRIOR_SHARE}: the share of the member's earlier ticker trades
 *       (by transaction date, then trade id) in this ticker; 0 for a first trade in it.</li>
 *   <li>{@link Feature#NEW_TICKER_PROBABILITY}: for a member's first trade in a ticker after at
 *       least {@code minTickerHistory} earlier ticker trades (20 by default), the add-one
 *       Good-Turing estimate {@code (n1 + 1) / (N + 1)} of the chance that the next trade is in
 *       a ticker never traded before ({@code n1} tickers traded exactly once among {@code N}
 *       earlier trades). Small means the member keeps to a few tickers and this one is new.</li>
 *   <li>{@link Feature#CLUSTER_OTHER_MEMBERS}: distinct other members with a trade in the same
 *       ticker within {@code clusterWindowDays} (7 by default) calendar days either side.</li>
 *   <li>{@link Feature#CLUSTER_EXPECTED_MEMBERS} and {@link Feature#CLUSTER_P_VALUE}: the
 *       count expected if the other members' trade-days in this ticker fell uniformly over the
 *       input's date span, {@code lambda = (D_T - D_T,m) (2W + 1) / span} ({@code D_T} distinct
 *       member-days in the ticker, {@code D_T,m} this member's), and the Poisson upper tail
 *       {@code P(K >= k)} of the observed count: a cluster of five in a ticker everybody
 *       trades is ordinary, three in an obscure one is not.</li>
 *   <li>{@link Feature#ABNORMAL_RETURN_T}: when prices are supplied for the ticker, the largest
 *       market-model CAR t-statistic over the horizons of {@link AbnormalReturn}, signed so
 *       that positive means the market moved the trader's way (a rise after a purchase, a fall
 *       after a sale); absent for exchanges.</li>
 * </ul>
 *
 * <p>A ticker counts when it holds a letter or digit ("--" is the House file's "no ticker");
 * tickers compare upper case. Features that do not apply are absent ({@code NaN} in the
 * columns). Immutable and thread-safe.
 */
public final class TradeFeatures {

  /** Default minimum number of a member's trades with an amount for the amount z-score. */
  public static final int DEFAULT_MIN_AMOUNT_HISTORY = 10;
  /** Default minimum number of a member's earlier ticker trades for the new-ticker feature. */
  public static final int DEFAULT_MIN_TICKER_HISTORY = 20;
  /**
   * Default floor on the scale of the log10 amount in the robust z-score: 0.25, about half the
   * distance between neighbouring disclosure bands (0.35 to 0.7 in log10).
   */
  public static final double DEFAULT_MIN_AMOUNT_SCALE_LOG10 = 0.25;
  /** Default half-width of the cluster window in calendar days. */
  public static final int DEFAULT_CLUSTER_WINDOW_DAYS = 7;

  /** The features, in column order. */
  public enum Feature {
    /** Disclosure lag in calendar days. */
    LAG_DAYS("lag_days"),
    /** log10 of the representative amount in USD. */
    LOG10_AMOUNT_USD("log10_amount_usd"),
    /** Robust z-score of the log amount within the member's trades. */
    AMOUNT_ROBUST_Z("amount_robust_z"),
    /** Share of the member's earlier ticker trades in this ticker, in [0, 1]. */
    TICKER_PRIOR_SHARE("ticker_prior_share"),
    /** Good-Turing chance of a new ticker, for a member's first trade in a ticker. */
    NEW_TICKER_PROBABILITY("new_ticker_probability"),
    /** Distinct other members trading the ticker within the window. */
    CLUSTER_OTHER_MEMBERS("cluster_other_members"),
    /** Expected count of other members in the window under uniform trading. */
    CLUSTER_EXPECTED_MEMBERS("cluster_expected_members"),
    /** Poisson upper-tail probability of the observed cluster. */
    CLUSTER_P_VALUE("cluster_p_value"),
    /** Largest favourable CAR t-statistic. */
    ABNORMAL_RETURN_T("abnormal_return_t");

    private final String code;

    Feature(String code) {
      this.code = code;
    }

    /**
     * The snake-case name used in explanations.
     *
     * @return the code
     */
    public String code() {
      return code;
    }
  }

  /** The features the isolation forest sees: always defined after median imputation. */
  public static final List<Feature> FOREST_FEATURES = List.of(Feature.LAG_DAYS,
      Feature.LOG10_AMOUNT_USD, Feature.AMOUNT_ROBUST_Z, Feature.TICKER_PRIOR_SHARE,
      Feature.CLUSTER_OTHER_MEMBERS);

  private static final Feature[] FEATURES = Feature.values();

  private final int minAmountHistory;
  private final int minTickerHistory;
  private final int clusterWindowDays;
  private final AbnormalReturn abnormalReturn;

  private TradeFeatures(int minAmountHistory, int minTickerHistory, int clusterWindowDays,
      AbnormalReturn abnormalReturn) {
    this.minAmountHistory = ArgChecker.positive(minAmountHistory, "minAmountHistory");
    this.minTickerHistory = ArgChecker.positive(minTickerHistory, "minTickerHistory");
    this.clusterWindowDays = ArgChecker.notNegative(clusterWindowDays, "clusterWindowDays");
    this.abnormalReturn = ArgChecker.notNull(abnormalReturn, "abnormalReturn");
  }

  /**
   * The features with the defaults: 10 trades for the amount z-score, 20 earlier trades for
   * the new-ticker feature, a 7-day cluster window, the default market model.
   *
   * @return the engine
   */
  public static TradeFeatures standard() {
    return new TradeFeatures(DEFAULT_MIN_AMOUNT_HISTORY, DEFAULT_MIN_TICKER_HISTORY,
        DEFAULT_CLUSTER_WINDOW_DAYS, AbnormalReturn.marketModel());
  }

  /**
   * Features with custom settings.
   *
   * @param minAmountHistory minimum trades with an amount per member for the z-score, &gt; 0
   * @param minTickerHistory minimum earlier ticker trades for the new-ticker feature, &gt; 0
   * @param clusterWindowDays half-width of the cluster window in calendar days, &gt;= 0
   * @param abnormalReturn the market model
   * @return the engine
   * @throws IllegalArgumentException if a setting is out of range
   */
  public static TradeFeatures of(int minAmountHistory, int minTickerHistory,
      int clusterWindowDays, AbnormalReturn abnormalReturn) {
    return new TradeFeatures(minAmountHistory, minTickerHistory, clusterWindowDays,
        abnormalReturn);
  }

  /**
   * The half-width of the cluster window.
   *
   * @return calendar days either side of a trade
   */
  public int clusterWindowDays() {
    return clusterWindowDays;
  }

  /**
   * The normalised ticker of a trade.
   *
   * @param trade the trade
   * @return the upper-case ticker, empty if absent or without a letter or digit
   */
  public static Optional<String> ticker(DisclosedTrade trade) {
    return trade.ticker().map(t -> t.strip().toUpperCase(Locale.ROOT))
        .filter(t -> t.chars().anyMatch(Character::isLetterOrDigit));
  }

  /**
   * Computes the features of every trade.
   *
   * @param trades the trades of all members (for the cluster feature), in any order
   * @param prices prices for the abnormal-return feature, if any
   * @return the feature table, one row per trade in input order
   */
  public Table compute(List<DisclosedTrade> trades, Optional<MarketPrices> prices) {
    ArgChecker.notNull(trades, "trades");
    ArgChecker.notNull(prices, "prices");
    List<DisclosedTrade> rows = List.copyOf(trades);
    int n = rows.size();
    double[][] values = new double[FEATURES.length][n];
    for (double[] column : values) {
      Arrays.fill(column, Double.NaN);
    }
    String[] tickers = new String[n];
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      DisclosedTrade t = rows.get(i);
      tickers[i] = ticker(t).orElse(null);
      days[i] = t.transactionDate().toEpochDay();
      if (t.disclosureLagDays().isPresent()) {
        values[Feature.LAG_DAYS.ordinal()][i] = t.disclosureLagDays().getAsLong();
      }
      if (t.amount().isPresent() && t.amount().get().midpointUsd() > 0) {
        values[Feature.LOG10_AMOUNT_USD.ordinal()][i] = Math.log10(t.amount().get().midpointUsd());
      }
    }
    Map<String, List<Integer>> byMember = groupBy(rows, i -> rows.get(i).politicianId());
    for (List<Integer> member : byMember.values()) {
      amountZ(member, values);
      tickerHistory(member, rows, tickers, values);
    }
    clusters(rows, tickers, days, values);
    AbnormalReturn.Result[] car = new AbnormalReturn.Result[n];
    prices.ifPresent(p -> abnormalReturns(rows, tickers, p, values, car));
    return new Table(rows, values, car);
  }

  private void amountZ(List<Integer> member, double[][] values) {
    double[] amount = values[Feature.LOG10_AMOUNT_USD.ordinal()];
    int[] idx = member.stream().mapToInt(Integer::intValue).filter(i -> !Double.isNaN(amount[i]))
        .toArray();
    if (idx.length < minAmountHistory) {
      return;
    }
    double[] x = new double[idx.length];
    for (int k = 0; k < idx.length; k++) {
      x[k] = amount[idx[k]];
    }
    double[] z = RobustZScore.scores(x, DEFAULT_MIN_AMOUNT_SCALE_LOG10);
    for (int k = 0; k < idx.length; k++) {
      values[Feature.AMOUNT_ROBUST_Z.ordinal()][idx[k]] = z[k];
    }
  }

  private void tickerHistory(List<Integer> member, List<DisclosedTrade> rows, String[] tickers,
      double[][] values) {
    List<Integer> ordered = new ArrayList<>(member);
    ordered.removeIf(i -> tickers[i] == null);
    ordered.sort(Comparator.comparing((Integer i) -> rows.get(i).transactionDate())
        .thenComparing(i -> rows.get(i).tradeId()));
    Map<String, Integer> counts = new HashMap<>();
    int seenOnce = 0;
    int prior = 0;
    for (int i : ordered) {
      int count = counts.getOrDefault(tickers[i], 0);
      if (prior > 0) {
        values[Feature.TICKER_PRIOR_SHARE.ordinal()][i] = (double) count / prior;
      }
      if (count == 0 && prior >= minTickerHistory) {
        values[Feature.NEW_TICKER_PROBABILITY.ordinal()][i] = (seenOnce + 1.0) / (prior + 1.0);
      }
      if (count == 0) {
        seenOnce++;
      } else if (count == 1) {
        seenOnce--;
      }
      counts.put(tickers[i], count + 1);
      prior++;
    }
  }

  private void clusters(List<DisclosedTrade> rows, String[] tickers, long[] days,
      double[][] values) {
    long minDay = Long.MAX_VALUE;
    long maxDay = Long.MIN_VALUE;
    for (int i = 0; i < rows.size(); i++) {
      if (tickers[i] != null) {
        minDay = Math.min(minDay, days[i]);
        maxDay = Math.max(maxDay, days[i]);
      }
    }
    double span = maxDay - minDay + 1.0;
    double windowLength = 2.0 * clusterWindowDays + 1.0;
    Map<String, List<Integer>> byTicker = groupBy(rows, i -> tickers[i]);
    for (Map.Entry<String, List<Integer>> entry : byTicker.entrySet()) {
      if (entry.getKey() == null) {
        continue;
      }
      int[] idx = entry.getValue().stream().mapToInt(Integer::intValue)
          .boxed().sorted(Comparator.comparingLong(i -> days[i])).mapToInt(Integer::intValue)
          .toArray();
      Set<String> memberDays = new HashSet<>();
      Map<String, Set<Long>> daysByMember = new HashMap<>();
      for (int i : idx) {
        String member = rows.get(i).politicianId();
        memberDays.add(member + '\u0000' + days[i]);
        daysByMember.computeIfAbsent(member, m -> new HashSet<>()).add(days[i]);
      }
      Map<String, Integer> inWindow = new HashMap<>();
      int lo = 0;
      int hi = 0;
      for (int i : idx) {
        while (hi < idx.length && days[idx[hi]] <= days[i] + clusterWindowDays) {
          inWindow.merge(rows.get(idx[hi]).politicianId(), 1, Integer::sum);
          hi++;
        }
        while (days[idx[lo]] < days[i] - clusterWindowDays) {
          inWindow.computeIfPresent(rows.get(idx[lo]).politicianId(),
              (m, c) -> c == 1 ? null : c - 1);
          lo++;
        }
        String member = rows.get(i).politicianId();
        int others = inWindow.size() - (inWindow.containsKey(member) ? 1 : 0);
        double lambda = (memberDays.size() - daysByMember.get(member).size()) * windowLength / span;
        values[Feature.CLUSTER_OTHER_MEMBERS.ordinal()][i] = others;
        values[Feature.CLUSTER_EXPECTED_MEMBERS.ordinal()][i] = lambda;
        values[Feature.CLUSTER_P_VALUE.ordinal()][i] = others == 0 ? 1.0
            : lambda <= 0 ? 0.0 : Gamma.regularizedGammaP(others, lambda);
      }
    }
  }

  private void abnormalReturns(List<DisclosedTrade> rows, String[] tickers, MarketPrices prices,
      double[][] values, AbnormalReturn.Result[] out) {
    Map<String, Optional<AbnormalReturn.AlignedReturns>> aligned = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      DisclosedTrade t = rows.get(i);
      if (tickers[i] == null || t.type() == TradeType.EXCHANGE) {
        continue;
      }
      Optional<AbnormalReturn.AlignedReturns> returns = aligned.computeIfAbsent(tickers[i],
          k -> prices.stock(k).map(s -> AbnormalReturn.align(s, prices.index())));
      if (returns.isEmpty()) {
        continue;
      }
      Optional<AbnormalReturn.Result> result = abnormalReturn.compute(returns.get(),
          t.transactionDate());
      if (result.isPresent()) {
        int direction = t.type() == TradeType.PURCHASE ? 1 : -1;
        out[i] = result.get();
        values[Feature.ABNORMAL_RETURN_T.ordinal()][i] =
            direction * result.get().mostFavourable(direction).tStatistic();
      }
    }
  }

  private static <K> Map<K, List<Integer>> groupBy(List<DisclosedTrade> rows,
      IntFunction<K> key) {
    Map<K, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i);
    }
    return groups;
  }

  /**
   * The features of a list of trades, one row per trade in input order. Immutable and
   * thread-safe; columns are copied out.
   */
  public static final class Table {
    private final List<DisclosedTrade> trades;
    private final double[][] values;
    private final AbnormalReturn.Result[] abnormalReturns;

    private Table(List<DisclosedTrade> trades, double[][] values,
        AbnormalReturn.Result[] abnormalReturns) {
      this.trades = trades;
      this.values = values;
      this.abnormalReturns = abnormalReturns;
    }

    /**
     * The number of rows.
     *
     * @return the number of trades
     */
    public int size() {
      return trades.size();
    }

    /**
     * The trades, in row order.
     *
     * @return the immutable list of trades
     */
    public List<DisclosedTrade> trades() {
      return trades;
    }

    /**
     * One feature of one trade.
     *
     * @param row the row
     * @param feature the feature
     * @return the value, empty where the feature does not apply
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public OptionalDouble value(int row, Feature feature) {
      double v = values[feature.ordinal()][row];
      return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * One feature of every trade.
     *
     * @param feature the feature
     * @return a copy of the column, {@code NaN} where the feature does not apply
     */
    public double[] column(Feature feature) {
      return values[feature.ordinal()].clone();
    }

    /**
     * The market-model result of one trade.
     *
     * @param row the row
     * @return the result, empty without prices, ticker or enough history
     */
    public Optional<AbnormalReturn.Result> abnormalReturn(int row) {
      return Optional.ofNullable(abnormalReturns[row]);
    }

    /**
     * The {@link #FOREST_FEATURES} columns with every absent value replaced by the median of
     * the column's present values (0 if none is present), ready for an {@link AnomalyScorer}.
     *
     * @return new columns, in {@link #FOREST_FEATURES} order
     */
    public double[][] forestColumns() {
      double[][] out = new double[FOREST_FEATURES.size()][];
      for (int j = 0; j < out.length; j++) {
        double[] column = column(FOREST_FEATURES.get(j));
        double[] present = Arrays.stream(column).filter(v -> !Double.isNaN(v)).toArray();
        double fill = present.length == 0 ? 0.0 : RobustZScore.median(present);
        for (int i = 0; i < column.length; i++) {
          if (Double.isNaN(column[i])) {
            column[i] = fill;
          }
        }
        out[j] = column;
      }
      return out;
    }
  }
}
