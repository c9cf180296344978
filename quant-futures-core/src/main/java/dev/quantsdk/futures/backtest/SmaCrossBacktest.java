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
 *       {@code slippageTicks × tickSize} for buys, minus it for sells, rounded to the nearest tick
 *       ({@link Math#round(double)} of price / tick, halves up); a decision on the last bar is not
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
 * The SMAs are running sums ({@code sum += p(t) − p(t − n)}, SMA = sum / n). They are exact for
 * prices on a binary-fraction tick grid such as ES's 0.25 (every partial sum is then an exact
 * double); for other grids the sums carry the usual rounding of one addition per bar.
 *
 * <p>Nothing at bar {@code t} reads a bar after {@code t}, except the fill of the order decided at
 * {@code t}, which reads bar {@code t + 1}'s open: changing or appending bars after {@code t}
 * changes no decision up to {@code t} ({@code SmaCrossBacktestTest} proves it).
 *
 * <p>Stateless and thread-safe; a {@link Workspace} is per-thread scratch. No allocation per bar:
 * the pass writes the equity curve into the workspace and appends fills and round trips (one per
 * position change) to its primitive buffers.
 */
public final class SmaCrossBacktest {

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
    SmaCrossSummary summary = summarize(columns, params, 1, 0, ws);
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
    ArgChecker.notNull(columns, "columns");
    ArgChecker.notNull(params, "params");
    ArgChecker.notNull(ws, "ws");
    int n = columns.size();
    ArgChecker.isTrue(n >= 2, "a backtest needs at least 2 bars but had %d", n);
    ws.ensure(n);
    int held = simulate(columns.opensArray(), columns.pricesArray(), params, ws);
    double fees = 0;
    long traded = 0;
    for (int i = 0; i < ws.fillCount; i++) {
      fees += ws.fillFee[i];
      traded += Math.abs(ws.fillQty[i]);
    }
    double[] tripPnl = Arrays.copyOf(ws.tripPnl, ws.tripCount);
    PerformanceMetrics.Result metrics = PerformanceMetrics.compute(ws.equity, n,
        new PerformanceMetrics.Inputs(params.barsPerYear(), tripPnl, new double[0], fees, trials,
            trialSharpeVariance))
        .withExposure((double) held / n, (double) traded / n);
    double finalEquity = ws.equity[n - 1];
    double net = finalEquity - params.capital();
    return new SmaCrossSummary(params, n, ws.fillCount, ws.tripCount, fees, net + fees, net, finalEquity,
        ws.fillCount > 0 ? OptionalInt.of(ws.fillBar[0]) : OptionalInt.empty(),
        ws.fillCount > 0 ? OptionalInt.of(ws.fillBar[ws.fillCount - 1]) : OptionalInt.empty(), metrics);
  }

  /**
   * The fused pass. Writes {@code ws.equity[0, n)}, the fills and round trips; returns the number
   * of bars that end with a position.
   */
  private static int simulate(double[] open, double[] price, SmaCrossParams params, Workspace ws) {
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
    int entryBar = -1;
    double entryPrice = 0;
    int held = 0;
    for (int t = 0; t < n; t++) {
      double p = price[t];
      equity += position * (p - prevPrice) * mult;
      if (pending != 0) {
        double raw = pending > 0 ? open[t] + slip : open[t] - slip;
        double fillPrice = Math.round(raw / tick) * tick;
        double fee = commission * Math.abs(pending);
        equity += pending * (p - fillPrice) * mult - fee;
        int after = position + pending;
        ws.addFill(t, pending, fillPrice, fee);
        if (position != 0 && Integer.signum(after) != Integer.signum(position)) {
          double tripFees = commission * Math.abs(position) * 2;
          ws.addTrip(entryBar, t, position, entryPrice, fillPrice, tripFees,
              position * (fillPrice - entryPrice) * mult - tripFees);
        }
        if (after != 0 && Integer.signum(after) != Integer.signum(position)) {
          entryBar = t;
          entryPrice = fillPrice;
        }
        position = after;
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
        double f = fastSum / fastN;
        double s = slowSum / slowN;
        if (f > s) {
          desired = size;
        } else if (f < s) {
          desired = below;
        }
        pending = desired - position;
      }
      equityOut[t] = equity;
      prevPrice = p;
    }
    return held;
  }

  /**
   * Reusable scratch space of the kernel: the equity curve and the fill and round-trip buffers.
   * Mutable and not thread-safe: one per thread (a sweep task keeps one for all its runs).
   */
  public static final class Workspace {

    double[] equity;
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
     * A workspace for series of up to {@code bars} bars (it grows when given longer ones).
     *
     * @param bars the expected number of bars, {@code >= 0}
     * @throws IllegalArgumentException if bars is negative
     */
    public Workspace(int bars) {
      equity = new double[ArgChecker.notNegative(bars, "bars")];
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
