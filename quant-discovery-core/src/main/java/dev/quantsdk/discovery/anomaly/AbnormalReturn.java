package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Post-event cumulative abnormal returns under the market model (MacKinlay 1997, "Event
 * studies in economics and finance").
 *
 * <p>Returns are simple daily returns {@code P_k / P_{k-1} - 1} over the dates both the stock
 * and the index have a close (a date missing from either series is skipped, so a return may
 * span it). The event day {@code e} is the first common trading day on or after the event
 * date (a trade's transaction date). The estimation window is the {@code L} returns (120 by
 * default) ending {@code G} trading days (10 by default) before the event day, that is days
 * {@code e-G-L+1 .. e-G}; ordinary least squares fits {@code R = alpha + beta R_m + eps} there,
 * with residual standard deviation {@code sigma} on {@code L - 2} degrees of freedom. The
 * abnormal return on day {@code k} is {@code AR_k = R_k - alpha - beta R_m,k} and the
 * cumulative abnormal return over horizon {@code h} is {@code CAR(h) = sum AR_k} for
 * {@code k = e+1 .. e+h} (after the event day's close: the trade was made during day
 * {@code e}, so the day-{@code e} return is not all "after the trade"). Its test statistic is
 * {@code t = CAR(h) / (sigma sqrt(h))}, which ignores the estimation error of alpha and beta
 * (small for {@code L = 120}). Horizons default to 5, 20 and 60 trading days. Immutable and
 * thread-safe.
 */
public final class AbnormalReturn {

  /** Default estimation window in trading days. */
  public static final int DEFAULT_ESTIMATION_DAYS = 120;
  /** Default gap between the estimation window and the event day, in trading days. */
  public static final int DEFAULT_GAP_DAYS = 10;

  private final int estimationDays;
  private final int gapDays;
  private final int[] horizons;

  private AbnormalReturn(int estimationDays, int gapDays, int[] horizons) {
    ArgChecker.isTrue(estimationDays >= 3, "estimationDays must be >= 3 but was %d",
        estimationDays);
    this.estimationDays = estimationDays;
    this.gapDays = ArgChecker.notNegative(gapDays, "gapDays");
    ArgChecker.isTrue(horizons.length > 0, "at least one horizon is needed");
    for (int i = 0; i < horizons.length; i++) {
      ArgChecker.positive(horizons[i], "horizons[" + i + "]");
      ArgChecker.isTrue(i == 0 || horizons[i] > horizons[i - 1],
          "horizons must be strictly ascending but were %s", Arrays.toString(horizons));
    }
    this.horizons = horizons.clone();
  }

  /**
   * The market model with the defaults: 120-day estimation window ending 10 trading days before
   * the event, horizons of 5, 20 and 60 trading days.
   *
   * @return the engine
   */
  public static AbnormalReturn marketModel() {
    return new AbnormalReturn(DEFAULT_ESTIMATION_DAYS, DEFAULT_GAP_DAYS, new int[] {5, 20, 60});
  }

  /**
   * The market model with custom windows.
   *
   * @param estimationDays the estimation window in trading days, &gt;= 3
   * @param gapDays the trading days between the window's end and the event day, &gt;= 0
   * @param horizons the CAR horizons in trading days, strictly ascending, each &gt; 0
   * @return the engine
   * @throws IllegalArgumentException if a window is out of range
   */
  public static AbnormalReturn of(int estimationDays, int gapDays, int... horizons) {
    return new AbnormalReturn(estimationDays, gapDays, ArgChecker.notNull(horizons, "horizons"));
  }

  /**
   * The horizons.
   *
   * @return a copy of the horizons in trading days
   */
  public int[] horizons() {
    return horizons.clone();
  }

  /**
   * Aligns a stock with the index: returns over their common dates. Do this once per ticker
   * and reuse it for every event of that ticker.
   *
   * @param stock the stock's closes
   * @param index the index closes
   * @return the aligned returns
   */
  public static AlignedReturns align(PriceSeries stock, PriceSeries index) {
    ArgChecker.notNull(stock, "stock");
    ArgChecker.notNull(index, "index");
    int cap = Math.min(stock.size(), index.size());
    long[] days = new long[cap];
    double[] stockClose = new double[cap];
    double[] indexClose = new double[cap];
    int m = 0;
    int i = 0;
    int j = 0;
    while (i < stock.size() && j < index.size()) {
      long a = stock.epochDay(i);
      long b = index.epochDay(j);
      if (a == b) {
        days[m] = a;
        stockClose[m] = stock.close(i);
        indexClose[m] = index.close(j);
        m++;
        i++;
        j++;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    double[] stockReturns = new double[m];
    double[] indexReturns = new double[m];
    for (int k = 1; k < m; k++) {
      stockReturns[k] = stockClose[k] / stockClose[k - 1] - 1.0;
      indexReturns[k] = indexClose[k] / indexClose[k - 1] - 1.0;
    }
    return new AlignedReturns(Arrays.copyOf(days, m), stockReturns, indexReturns);
  }

  /**
   * The abnormal returns after an event.
   *
   * @param stock the stock's closes
   * @param index the index closes
   * @param eventDate the event date (a trade's transaction date)
   * @return the result, empty if the series are too short around the event
   */
  public Optional<Result> compute(PriceSeries stock, PriceSeries index, LocalDate eventDate) {
    return compute(align(stock, index), eventDate);
  }

  /**
   * The abnormal returns after an event.
   *
   * @param returns the aligned returns of the stock and the index
   * @param eventDate the event date (a trade's transaction date)
   * @return the result, empty if the estimation window starts before the second common date,
   *     the event day plus the shortest horizon runs past the last common date, or the index
   *     return is constant over the estimation window
   */
  public Optional<Result> compute(AlignedReturns returns, LocalDate eventDate) {
    ArgChecker.notNull(returns, "returns");
    long target = ArgChecker.notNull(eventDate, "eventDate").toEpochDay();
    int pos = Arrays.binarySearch(returns.epochDays, target);
    int e = pos >= 0 ? pos : -pos - 1;
    int m = returns.epochDays.length;
    int first = e - gapDays - estimationDays + 1;
    int last = e - gapDays;
    if (first < 1 || e + horizons[0] > m - 1) {
      return Optional.empty();
    }
    double[] y = returns.stockReturns;
    double[] x = returns.indexReturns;
    double meanX = 0;
    double meanY = 0;
    for (int k = first; k <= last; k++) {
      meanX += x[k];
      meanY += y[k];
    }
    meanX /= estimationDays;
    meanY /= estimationDays;
    double sxx = 0;
    double sxy = 0;
    for (int k = first; k <= last; k++) {
      sxx += (x[k] - meanX) * (x[k] - meanX);
      sxy += (x[k] - meanX) * (y[k] - meanY);
    }
    if (!(sxx > 0)) {
      return Optional.empty();
    }
    double beta = sxy / sxx;
    double alpha = meanY - beta * meanX;
    double ssr = 0;
    for (int k = first; k <= last; k++) {
      double res = y[k] - alpha - beta * x[k];
      ssr += res * res;
    }
    double sigma = Math.sqrt(ssr / (estimationDays - 2));
    List<Horizon> out = new ArrayList<>(horizons.length);
    double car = 0;
    int k = e + 1;
    for (int h : horizons) {
      if (e + h > m - 1) {
        break;
      }
      for (; k <= e + h; k++) {
        car += y[k] - alpha - beta * x[k];
      }
      double t = sigma > 0 ? car / (sigma * Math.sqrt(h)) : 0.0;
      out.add(new Horizon(h, car, t));
    }
    return Optional.of(new Result(LocalDate.ofEpochDay(returns.epochDays[e]), alpha, beta,
        sigma, out));
  }

  /**
   * Daily returns of a stock and the index over their common dates. Immutable and thread-safe;
   * its state is only reachable through {@link AbnormalReturn}.
   */
  public static final class AlignedReturns {
    private final long[] epochDays;
    private final double[] stockReturns;
    private final double[] indexReturns;

    private AlignedReturns(long[] epochDays, double[] stockReturns, double[] indexReturns) {
      this.epochDays = epochDays;
      this.stockReturns = stockReturns;
      this.indexReturns = indexReturns;
    }

    /**
     * The number of common dates (one more than the number of returns).
     *
     * @return the count
     */
    public int size() {
      return epochDays.length;
    }
  }

  /**
   * The cumulative abnormal return over one horizon. Immutable.
   *
   * @param tradingDays the horizon in trading days after the event day
   * @param car the cumulative abnormal return, a fraction (0.05 = 5%)
   * @param tStatistic {@code car / (sigma sqrt(tradingDays))}; 0 if sigma is 0
   */
  public record Horizon(int tradingDays, double car, double tStatistic) {

    /**
     * Validates the horizon.
     *
     * @throws IllegalArgumentException if the horizon is not positive or a value is not finite
     */
    public Horizon {
      ArgChecker.positive(tradingDays, "tradingDays");
      ArgChecker.finite(car, "car");
      ArgChecker.finite(tStatistic, "tStatistic");
    }
  }

  /**
   * The market-model fit and the CARs after one event. Immutable.
   *
   * @param eventDay the trading day taken as the event day
   * @param alpha the market-model intercept, a daily return
   * @param beta the market-model slope
   * @param residualSd the residual standard deviation of daily returns in the estimation window
   * @param horizons the CAR per horizon, ascending; horizons running past the data are left out
   */
  public record Result(LocalDate eventDay, double alpha, double beta, double residualSd,
      List<Horizon> horizons) {

    /**
     * Validates the result.
     *
     * @throws IllegalArgumentException if a statistic is not finite or no horizon is present
     */
    public Result {
      ArgChecker.notNull(eventDay, "eventDay");
      ArgChecker.finite(alpha, "alpha");
      ArgChecker.finite(beta, "beta");
      ArgChecker.notNegative(residualSd, "residualSd");
      horizons = List.copyOf(ArgChecker.notNull(horizons, "horizons"));
      ArgChecker.isTrue(!horizons.isEmpty(), "at least one horizon is needed");
    }

    /**
     * The horizon whose t-statistic, signed by the direction that would have profited the
     * trader, is largest: for a purchase a rise, for a sale a fall.
     *
     * @param direction +1 for a purchase, -1 for a sale
     * @return the horizon with the largest {@code direction * t}
     */
    public Horizon mostFavourable(int direction) {
      ArgChecker.isTrue(direction == 1 || direction == -1,
          "direction must be +1 or -1 but was %d", direction);
      Horizon best = horizons.get(0);
      for (Horizon h : horizons) {
        if (direction * h.tStatistic() > direction * best.tStatistic()) {
          best = h;
        }
      }
      return best;
    }
  }
}
