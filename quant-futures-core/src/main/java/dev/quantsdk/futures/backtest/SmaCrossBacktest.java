package dev.quantsdk.futures.backtest;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The exact {@code sma-cross} backtest: one fused columnar pass over the bars.
 *
 * <p>The strategy, so that anyone can check it by hand:
 * <ol>
 *   <li>price {@code p(t)} = the bar's settle, its close where it has none
 *       ({@link SmaCrossColumns#of(BarSeries)});
 *   <li>fast and slow SMAs of {@code p} over the last {@code fast} and {@code slow} bars, bar
 *       {@code t} included; they exist from bar {@code fast − 1} and {@code slow − 1};
 *   <li>desired position at bar {@code t} once both exist: {@code +contracts} when fast &gt; slow;
 *       when fast &lt; slow {@code −contracts} (long-short) or 0 (long-only); unchanged when equal;
 *       0 before both exist;
 *   <li>the order for {@code desired − current} fills at bar {@code t+1}'s open plus
 *       {@code slippageTicks × tickSize} for buys, minus it for sells, on the tick grid: an open
 *       off the grid is first rounded to the tick against the trader (buys up, sells down), as
 *       {@link CostModel#roundToTick} does for the engine; a decision on the last bar is not
 *       filled; a reversal is one fill of {@code 2 × contracts};
 *   <li>fee = commission × |quantity| of each fill;
 *   <li>equity starts at {@code capital}; at every bar {@code t >= 1} a position held from bar
 *       {@code t − 1} adds {@code position × (p(t) − p(t−1)) × multiplier}, a fill at price
 *       {@code f} on bar {@code t} adds {@code quantity × (p(t) − f) × multiplier} and subtracts
 *       its fee;
 *   <li>a round trip is a position closed to flat or reversed; its net P&amp;L is
 *       {@code quantity × (exit − entry) × multiplier} minus the commission on its contracts at
 *       entry and at exit.
 * </ol>
 * The SMAs are running sums ({@code sum += p(t) − p(t − n)}, SMA = sum / n), compared
 * cross-multiplied ({@code fastSum × slow} against {@code slowSum × fast}, the same order as the
 * SMAs). Both are exact for prices on a binary-fraction tick grid such as ES's 0.25 (every partial
 * sum and product is then an exact double); for other grids the sums carry the usual rounding of
 * one addition per bar.
 *
 * <p>Nothing at bar {@code t} reads a bar after {@code t}, except the fill of the order decided at
 * {@code t}, which reads bar {@code t + 1}'s open: changing or appending bars after {@code t}
 * changes no decision up to {@code t} ({@code SmaCrossBacktestTest} proves it).
 *
 * <p>The same pass accumulates the metric set's per-bar statistics (power sums of the returns
 * {@code r(t) = E(t) / E(t−1) − 1}, the downside sum of squares, the drawdown peak, depth and
 * duration), so the metrics need no second pass over the equity curve; the power sums are turned
 * into central moments at the end, and where that loses digits (a near-constant return) the
 * metrics fall back to {@link PerformanceMetrics#compute}'s stable pass.
 *
 * <p>Stateless and thread-safe; a {@link Workspace} is per-thread scratch. No allocation per bar:
 * the pass writes the equity curve into the workspace and appends fills and round trips (one per
 * position change) to its primitive buffers.
 */
public final class SmaCrossBacktest {

  /**
   * Below this ratio of the centred to the raw second moment the raw power sums are considered to
   * have lost too many digits (about 6 of 16) and the metrics take a second, stable pass.
   */
  private static final double RAW_SUM_PRECISION = 1e-6;

  private SmaCrossBacktest() {
  }

  /**
   * Runs the strategy over a bar series.
   *
   * @param bars the bars, at least 2
   * @param params the parameters
   * @return the full result
   * @throws IllegalArgumentException if the series has fewer than 2 bars
   */
  public static SmaCrossResult run(BarSeries bars, SmaCrossParams params) {
    return run(SmaCrossColumns.of(bars), params);
  }

  /**
   * Runs the strategy over prepared columns.
   *
   * @param columns the columns, at least 2 bars
   * @param params the parameters
   * @return the full result: summary, fills, round trips and equity curve
   * @throws IllegalArgumentException if there are fewer than 2 bars
   */
  public static SmaCrossResult run(SmaCrossColumns columns, SmaCrossParams params) {
    Workspace ws = new Workspace(columns.size());
    SmaCrossSummary summary = summarize(columns, params, 1, 0, ws, true);
    long[] times = columns.timesArray();
    List<SmaCrossFill> fills = new ArrayList<>(ws.fillCount);
    for (int i = 0; i < ws.fillCount; i++) {
      int bar = ws.fillBar[i];
      fills.add(new SmaCrossFill(bar - 1, bar, times[bar], ws.fillQty[i], ws.fillPrice[i], ws.fillFee[i]));
    }
    List<SmaCrossRoundTrip> trips = new ArrayList<>(ws.tripCount);
    for (int i = 0; i < ws.tripCount; i++) {
      trips.add(new SmaCrossRoundTrip(ws.tripEntryBar[i], ws.tripExitBar[i], ws.tripQty[i],
          ws.tripEntryPrice[i], ws.tripExitPrice[i], ws.tripFees[i], ws.tripPnl[i]));
    }
    return new SmaCrossResult(summary, fills, trips, Arrays.copyOf(ws.equity, columns.size()));
  }

  /**
   * Runs the strategy and keeps only its totals and metrics (the sweep's path: no per-run object
   * beyond the summary when the workspace is reused).
   *
   * @param columns the columns, at least 2 bars
   * @param params the parameters
   * @param trials the number of trials the run is selected from, for the deflated Sharpe ratio
   * @param trialSharpeVariance the variance of the trials' per-bar Sharpe ratios
   * @param ws scratch space, reused across calls by one thread
   * @return the summary
   * @throws IllegalArgumentException if there are fewer than 2 bars or the trial inputs are
   *     invalid
   */
  public static SmaCrossSummary summarize(SmaCrossColumns columns, SmaCrossParams params, long trials,
      double trialSharpeVariance, Workspace ws) {
    return summarize(columns, params, trials, trialSharpeVariance, ws, false);
  }

  private static SmaCrossSummary summarize(SmaCrossColumns columns, SmaCrossParams params, long trials,
      double trialSharpeVariance, Workspace ws, boolean keepEquity) {
    ArgChecker.notNull(columns, "columns");
    ArgChecker.notNull(params, "params");
    ArgChecker.notNull(ws, "ws");
    int n = columns.size();
    ArgChecker.isTrue(n >= 2, "a backtest needs at least 2 bars but had %d", n);
    if (keepEquity) {
      ws.ensure(n);
    }
    int held = simulate(columns.opensArray(), columns.pricesArray(), params, ws, keepEquity);
    double fees = 0;
    long traded = 0;
    for (int i = 0; i < ws.fillCount; i++) {
      fees += ws.fillFee[i];
      traded += Math.abs(ws.fillQty[i]);
    }
    double[] tripPnl = Arrays.copyOf(ws.tripPnl, ws.tripCount);
    PerformanceMetrics.Inputs inputs = new PerformanceMetrics.Inputs(params.barsPerYear(), tripPnl, new double[0],
        fees, trials, trialSharpeVariance);
    // central moments from the pass's raw power sums of the returns
    long k = n - 1;
    double mean = ws.sum1 / k;
    double m2 = ws.sum2 - ws.sum1 * mean;
    double m3 = ws.sum3 - 3 * mean * ws.sum2 + 2 * k * mean * mean * mean;
    double m4 = ws.sum4 - 4 * mean * ws.sum3 + 6 * mean * mean * ws.sum2 - 3 * k * mean * mean * mean * mean;
    PerformanceMetrics.Result metrics;
    if (m2 > RAW_SUM_PRECISION * ws.sum2 || ws.sum2 == 0) {
      metrics = PerformanceMetrics.fromMoments(n, params.capital(), ws.finalEquity, k, mean, Math.max(m2, 0), m3,
          Math.max(m4, 0), ws.downsideSq, ws.maxDrawdown, ws.maxDrawdownPct, ws.maxUnderwater, inputs);
    } else {
      // the mean dominates the spread (a near-constant return): raw sums lose digits, so take
      // the numerically stable second pass over the equity curve instead
      if (!keepEquity) {
        ws.ensure(n);
        simulate(columns.opensArray(), columns.pricesArray(), params, ws, true);
      }
      metrics = PerformanceMetrics.compute(ws.equity, n, inputs);
    }
    metrics = metrics.withExposure((double) held / n, (double) traded / n);
    double finalEquity = ws.finalEquity;
    double net = finalEquity - params.capital();
    return new SmaCrossSummary(params, n, ws.fillCount, ws.tripCount, fees, net + fees, net, finalEquity,
        ws.fillCount > 0 ? OptionalInt.of(ws.fillBar[0]) : OptionalInt.empty(),
        ws.fillCount > 0 ? OptionalInt.of(ws.fillBar[ws.fillCount - 1]) : OptionalInt.empty(), metrics);
  }

  /**
   * The fused pass. Records the fills, round trips and metric accumulators in the workspace, and
   * the equity curve into {@code ws.equity[0, n)} when asked; returns the number of bars that end
   * with a position.
   */
  private static int simulate(double[] open, double[] price, SmaCrossParams params, Workspace ws,
      boolean keepEquity) {
    final int n = price.length;
    final int fast = params.fast();
    final int slow = params.slow();
    final double fastN = fast;
    final double slowN = slow;
    final int size = params.contracts();
    final int below = params.mode() == SmaCrossParams.Mode.LONG_SHORT ? -size : 0;
    final double mult = params.multiplier();
    final double tick = params.tickSize();
    final double slip = params.slippageTicks() * tick;
    final double commission = params.commission();
    final double[] equityOut = ws.equity;
    ws.fillCount = 0;
    ws.tripCount = 0;

    double fastSum = 0;
    double slowSum = 0;
    double equity = params.capital();
    double prevPrice = price[0];
    int position = 0;
    int desired = 0;
    int pending = 0;
    ws.entryBar = -1;
    ws.entryPrice = 0;
    int held = 0;
    double sum1 = 0;
    double sum2 = 0;
    double sum3 = 0;
    double sum4 = 0;
    double downsideSq = 0;
    double prevEquity = equity;
    double peak = equity;
    double maxDd = 0;
    double maxDdPct = 0;
    int underwater = 0;
    int maxUnderwater = 0;
    for (int t = 0; t < n; t++) {
      double p = price[t];
      equity += position * (p - prevPrice) * mult;
      if (pending != 0) {
        // rare (one bar in tens): kept out of the hot loop body
        equity += fill(ws, t, pending, position, open[t], p, slip, tick, commission, mult);
        position += pending;
        pending = 0;
      }
      if (position != 0) {
        held++;
      }
      fastSum += p;
      slowSum += p;
      if (t >= fast) {
        fastSum -= price[t - fast];
      }
      if (t >= slow) {
        slowSum -= price[t - slow];
      }
      if (t >= slow - 1) {
        // fastSum / fast vs slowSum / slow, cross-multiplied: no division, and exact where the
        // sums are (prices on a binary-fraction tick grid)
        double f = fastSum * slowN;
        double s = slowSum * fastN;
        if (f > s) {
          desired = size;
        } else if (f < s) {
          desired = below;
        }
        pending = desired - position;
      }
      if (keepEquity) {
        equityOut[t] = equity;
      }
      prevPrice = p;
      // the metric pass, fused: return moments (r = 0 at t = 0 adds nothing), downside, drawdown
      double r = prevEquity > 0 ? equity / prevEquity - 1 : 0.0;
      double r2 = r * r;
      sum1 += r;
      sum2 += r2;
      sum3 += r2 * r;
      sum4 += r2 * r2;
      // branch-free min(r, 0)^2: (r - |r|) / 2 is exactly r for r < 0 and 0 otherwise
      double down = (r - Math.abs(r)) * 0.5;
      downsideSq += down * down;
      prevEquity = equity;
      if (equity >= peak) {
        peak = equity;
        underwater = 0;
      } else {
        underwater++;
        if (underwater > maxUnderwater) {
          maxUnderwater = underwater;
        }
        double dd = peak - equity;
        if (dd > maxDd) {
          maxDd = dd;
        }
        if (peak > 0 && dd > maxDdPct * peak) {
          maxDdPct = Math.max(maxDdPct, dd / peak);
        }
      }
    }
    ws.finalEquity = equity;
    ws.sum1 = sum1;
    ws.sum2 = sum2;
    ws.sum3 = sum3;
    ws.sum4 = sum4;
    ws.downsideSq = downsideSq;
    ws.maxDrawdown = maxDd;
    ws.maxDrawdownPct = maxDdPct;
    ws.maxUnderwater = maxUnderwater;
    return held;
  }

  /** Records one fill (and the round trip it closes) and returns its equity effect on its bar. */
  private static double fill(Workspace ws, int t, int qty, int position, double open, double p, double slip,
      double tick, double commission, double mult) {
    double fillPrice = qty > 0 ? CostModel.roundToTick(open, tick, Side.BUY) + slip
        : CostModel.roundToTick(open, tick, Side.SELL) - slip;
    double fee = commission * Math.abs(qty);
    int after = position + qty;
    ws.addFill(t, qty, fillPrice, fee);
    if (position != 0 && Integer.signum(after) != Integer.signum(position)) {
      double tripFees = commission * Math.abs(position) * 2;
      ws.addTrip(ws.entryBar, t, position, ws.entryPrice, fillPrice, tripFees,
          position * (fillPrice - ws.entryPrice) * mult - tripFees);
    }
    if (after != 0 && Integer.signum(after) != Integer.signum(position)) {
      ws.entryBar = t;
      ws.entryPrice = fillPrice;
    }
    return qty * (p - fillPrice) * mult - fee;
  }

  /**
   * Reusable scratch space of the kernel: the equity curve and the fill and round-trip buffers.
   * Mutable and not thread-safe: one per thread (a sweep task keeps one for all its runs).
   */
  public static final class Workspace {

    double[] equity;
    int entryBar;
    double entryPrice;
    double finalEquity;
    double sum1;
    double sum2;
    double sum3;
    double sum4;
    double downsideSq;
    double maxDrawdown;
    double maxDrawdownPct;
    int maxUnderwater;
    int fillCount;
    int[] fillBar = new int[16];
    int[] fillQty = new int[16];
    double[] fillPrice = new double[16];
    double[] fillFee = new double[16];
    int tripCount;
    int[] tripEntryBar = new int[16];
    int[] tripExitBar = new int[16];
    int[] tripQty = new int[16];
    double[] tripEntryPrice = new double[16];
    double[] tripExitPrice = new double[16];
    double[] tripFees = new double[16];
    double[] tripPnl = new double[16];

    /**
     * A workspace for series of about {@code bars} bars. Its equity buffer is allocated on first
     * need ({@link SmaCrossBacktest#summarize} keeps no equity curve) and grows for longer series.
     *
     * @param bars the expected number of bars, {@code >= 0}
     * @throws IllegalArgumentException if bars is negative
     */
    public Workspace(int bars) {
      ArgChecker.notNegative(bars, "bars");
      equity = new double[0];
    }

    void ensure(int n) {
      if (equity.length < n) {
        equity = new double[n];
      }
    }

    void addFill(int bar, int qty, double price, double fee) {
      if (fillCount == fillBar.length) {
        int cap = fillCount * 2;
        fillBar = Arrays.copyOf(fillBar, cap);
        fillQty = Arrays.copyOf(fillQty, cap);
        fillPrice = Arrays.copyOf(fillPrice, cap);
        fillFee = Arrays.copyOf(fillFee, cap);
      }
      fillBar[fillCount] = bar;
      fillQty[fillCount] = qty;
      fillPrice[fillCount] = price;
      fillFee[fillCount] = fee;
      fillCount++;
    }

    void addTrip(int entry, int exit, int qty, double entryPx, double exitPx, double fees, double pnl) {
      if (tripCount == tripEntryBar.length) {
        int cap = tripCount * 2;
        tripEntryBar = Arrays.copyOf(tripEntryBar, cap);
        tripExitBar = Arrays.copyOf(tripExitBar, cap);
        tripQty = Arrays.copyOf(tripQty, cap);
        tripEntryPrice = Arrays.copyOf(tripEntryPrice, cap);
        tripExitPrice = Arrays.copyOf(tripExitPrice, cap);
        tripFees = Arrays.copyOf(tripFees, cap);
        tripPnl = Arrays.copyOf(tripPnl, cap);
      }
      tripEntryBar[tripCount] = entry;
      tripExitBar[tripCount] = exit;
      tripQty[tripCount] = qty;
      tripEntryPrice[tripCount] = entryPx;
      tripExitPrice[tripCount] = exitPx;
      tripFees[tripCount] = fees;
      tripPnl[tripCount] = pnl;
      tripCount++;
    }
  }
}
