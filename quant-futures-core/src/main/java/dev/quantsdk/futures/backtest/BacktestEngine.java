package dev.quantsdk.futures.backtest;

import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The general bar-driven futures backtest: one instrument or a portfolio on one account, any
 * {@link Strategy}, orders matched by {@link OrderMatcher} in an {@link ExecutionSimulator} (the
 * same class the paper broker runs), rolls of continuous series, costs and margin. The loop is
 * {@link BarReplay}. Pure: no I/O, no clock, no threads. Stateless and thread-safe (each run uses
 * its own simulator; the strategy instance must not be shared between concurrent runs).
 */
public final class BacktestEngine {

  private BacktestEngine() {
  }

  /**
   * Runs one instrument.
   *
   * @param instrument the instrument's bars
   * @param strategy the strategy (index 0 is this instrument)
   * @param config the account settings
   * @param barsPerYear bars per year for annualising the metrics (252 for daily bars)
   * @return the result
   * @throws IllegalArgumentException if the series has fewer than 2 bars
   */
  public static BacktestResult run(InstrumentSeries instrument, Strategy strategy,
      ExecutionSimulator.Config config, double barsPerYear) {
    return run(List.of(ArgChecker.notNull(instrument, "instrument")), strategy, config, barsPerYear);
  }

  /**
   * Runs a portfolio on one account: one step per distinct time over all instruments.
   *
   * @param instruments the instruments (their list index is the strategy's instrument index)
   * @param strategy the strategy
   * @param config the account settings
   * @param barsPerYear bars per year for annualising the metrics
   * @return the result
   * @throws IllegalArgumentException if the list is empty, mixes time bases or currencies, or
   *     gives fewer than 2 steps
   */
  public static BacktestResult run(List<InstrumentSeries> instruments, Strategy strategy,
      ExecutionSimulator.Config config, double barsPerYear) {
    ArgChecker.notEmpty(instruments, "instruments");
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(config, "config");
    ArgChecker.positive(barsPerYear, "barsPerYear");
    int n = instruments.size();
    int capacity = 0;
    for (InstrumentSeries s : instruments) {
      capacity = Math.max(capacity, s.bars().size());
    }
    List<ContractSpec> first = new ArrayList<>();
    for (InstrumentSeries s : instruments) {
      first.add(s.firstContract());
    }
    Recorder recorder = new Recorder();
    ExecutionSimulator sim = new ExecutionSimulator(first, config, strategy, recorder);
    long[][] times = {new long[capacity]};
    double[][] equity = {new double[capacity]};
    int[][][] positions = {new int[n][capacity]};
    int steps = BarReplay.replay(instruments, sim, t -> {
      if (t == times[0].length) {
        int grown = Math.max(16, t * 2);
        times[0] = Arrays.copyOf(times[0], grown);
        equity[0] = Arrays.copyOf(equity[0], grown);
        for (int i = 0; i < n; i++) {
          positions[0][i] = Arrays.copyOf(positions[0][i], grown);
        }
      }
      times[0][t] = sim.time();
      equity[0][t] = sim.equity();
      for (int i = 0; i < n; i++) {
        positions[0][i][t] = sim.position(i);
      }
    });
    ArgChecker.isTrue(steps >= 2, "a backtest needs at least 2 bars but had %d", steps);
    long[] stepTimes = Arrays.copyOf(times[0], steps);
    double[] curve = Arrays.copyOf(equity[0], steps);
    int[][] held = new int[n][];
    double[] gross = new double[steps];
    for (int i = 0; i < n; i++) {
      held[i] = Arrays.copyOf(positions[0][i], steps);
      for (int t = 0; t < steps; t++) {
        gross[t] += Math.abs(held[i][t]);
      }
    }
    List<RoundTrip> trips = sim.roundTrips();
    double[] tripPnl = new double[trips.size()];
    for (int k = 0; k < tripPnl.length; k++) {
      tripPnl[k] = trips.get(k).netPnl();
    }
    CostBreakdown costs = sim.costs();
    PerformanceMetrics.Result metrics = PerformanceMetrics.compute(curve,
        PerformanceMetrics.Inputs.of(barsPerYear, tripPnl, gross, costs.commission()));
    return new BacktestResult(instruments.get(0).bars().timeBase(), stepTimes, curve, held, recorder.fills,
        trips, sim.marginCalls(), recorder.rejections, costs, metrics, config.capital());
  }

  /** Collects fills and rejections. */
  private static final class Recorder implements ExecutionListener {
    final List<Fill> fills = new ArrayList<>();
    final List<OrderUpdate> rejections = new ArrayList<>();

    @Override
    public void onOrderUpdate(OrderUpdate update) {
      if (update.status() == OrderStatus.REJECTED) {
        rejections.add(update);
      }
    }

    @Override
    public void onFill(Fill fill, Position position) {
      fills.add(fill);
    }
  }
}
