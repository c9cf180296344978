package dev.quantsdk.futures.backtest;

import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The output of a {@link BacktestEngine} run: fills, round trips, the equity curve and positions
 * per step, margin calls, rejected orders, the cost breakdown and the metric set. Money in the
 * account currency. Immutable and thread-safe; array accessors return copies.
 */
public final class BacktestResult {

  private final TimeBase timeBase;
  private final long[] times;
  private final double[] equity;
  private final int[][] positions;
  private final List<Fill> fills;
  private final List<RoundTrip> roundTrips;
  private final List<MarginCall> marginCalls;
  private final List<OrderUpdate> rejections;
  private final CostBreakdown costs;
  private final PerformanceMetrics.Result metrics;
  private final double capital;

  BacktestResult(TimeBase timeBase, long[] times, double[] equity, int[][] positions, List<Fill> fills,
      List<RoundTrip> roundTrips, List<MarginCall> marginCalls, List<OrderUpdate> rejections,
      CostBreakdown costs, PerformanceMetrics.Result metrics, double capital) {
    this.timeBase = ArgChecker.notNull(timeBase, "timeBase");
    this.times = times;
    this.equity = equity;
    this.positions = positions;
    this.fills = List.copyOf(fills);
    this.roundTrips = List.copyOf(roundTrips);
    this.marginCalls = List.copyOf(marginCalls);
    this.rejections = List.copyOf(rejections);
    this.costs = costs;
    this.metrics = metrics;
    this.capital = capital;
  }

  /**
   * The number of steps (bars of the union of the instruments' times).
   *
   * @return the number of steps
   */
  public int steps() {
    return times.length;
  }

  /**
   * The time base of {@link #times()}.
   *
   * @return the time base
   */
  public TimeBase timeBase() {
    return timeBase;
  }

  /**
   * The time of each step.
   *
   * @return a copy
   */
  public long[] times() {
    return times.clone();
  }

  /**
   * The date of a step.
   *
   * @param step the step
   * @return its date
   */
  public LocalDate date(int step) {
    return timeBase.toLocalDate(times[step]);
  }

  /**
   * Equity marked at each step's close (after that close's fills and rolls).
   *
   * @return a copy, USD (the account currency)
   */
  public double[] equity() {
    return equity.clone();
  }

  /**
   * The daily equity curve: the last equity of each calendar date (the per-step curve itself for
   * daily bars).
   *
   * @return the dates and their equity
   */
  public List<DailyEquity> dailyEquity() {
    List<DailyEquity> out = new ArrayList<>();
    for (int t = 0; t < times.length; t++) {
      LocalDate d = date(t);
      if (!out.isEmpty() && out.get(out.size() - 1).date().equals(d)) {
        out.set(out.size() - 1, new DailyEquity(d, equity[t]));
      } else {
        out.add(new DailyEquity(d, equity[t]));
      }
    }
    return out;
  }

  /**
   * One point of the daily equity curve.
   *
   * @param date the date
   * @param equity the equity at that date's last close
   */
  public record DailyEquity(LocalDate date, double equity) {

    /**
     * Validates the point.
     *
     * @throws IllegalArgumentException if the date is null
     */
    public DailyEquity {
      ArgChecker.notNull(date, "date");
    }
  }

  /**
   * The signed position of an instrument at each step's close, contracts.
   *
   * @param instrument the instrument index
   * @return a copy
   */
  public int[] positions(int instrument) {
    return positions[instrument].clone();
  }

  /**
   * Every fill, in execution order.
   *
   * @return the fills
   */
  public List<Fill> fills() {
    return fills;
  }

  /**
   * The round trips, in closing order.
   *
   * @return the trips
   */
  public List<RoundTrip> roundTrips() {
    return roundTrips;
  }

  /**
   * The margin calls.
   *
   * @return the calls
   */
  public List<MarginCall> marginCalls() {
    return marginCalls;
  }

  /**
   * The orders rejected at submission, with their reasons.
   *
   * @return the REJECTED updates
   */
  public List<OrderUpdate> rejections() {
    return rejections;
  }

  /**
   * The cost breakdown.
   *
   * @return the costs
   */
  public CostBreakdown costs() {
    return costs;
  }

  /**
   * The metric set of the equity curve and round trips.
   *
   * @return the metrics
   */
  public PerformanceMetrics.Result metrics() {
    return metrics;
  }

  /**
   * The starting equity.
   *
   * @return the capital
   */
  public double capital() {
    return capital;
  }

  /**
   * The equity at the last step.
   *
   * @return the final equity
   */
  public double finalEquity() {
    return equity[equity.length - 1];
  }

  /**
   * Final equity minus capital.
   *
   * @return the net P&amp;L
   */
  public double netPnl() {
    return finalEquity() - capital;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BacktestResult[%d steps, %d fills, %d round trips, final equity %.2f]",
        times.length, fills.size(), roundTrips.size(), finalEquity());
  }
}
