package dev.quantsdk.benchmarks;

import dev.quantsdk.futures.backtest.CostModel;
import dev.quantsdk.futures.backtest.ExecutionSimulator;
import dev.quantsdk.futures.backtest.MarginModel;
import dev.quantsdk.futures.backtest.MovingAverageCrossover;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.paper.PaperBroker;
import dev.quantsdk.futures.paper.PaperTradingStore;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bars pushed one by one through the paper broker ({@code PaperBroker.onBar}) with the sma-cross
 * strategy (SMA 10/50 of the close, long-short, 1 ES contract, 1 tick slippage, 2.50 commission,
 * standard margin): each bar matches the book, marks the account, checks margin and calls the
 * strategy, which sends a market order at every crossover. The store discards (persistence is the
 * host's cost). One operation is one bar ({@code @OperationsPerInvocation}), so the score is ns per
 * bar and {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes per bar; a fresh broker per
 * invocation of {@code bars} bars.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PaperBrokerBenchmark -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class PaperBrokerBenchmark {

  private static final int BARS = 1_000_000;
  private static final long SEED = 20261122L;
  private static final ContractSpec ES = FuturesCatalogue.contract("ESZ2019");

  /** The mean number of bars between crossovers is set by this drift-free walk's volatility. */
  @Param({"0.001"})
  public double volatility;

  private double[] open;
  private double[] high;
  private double[] low;
  private double[] close;

  /** One-minute-like bars: a log random walk from 3000, on the 0.25 tick grid. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(SEED);
    open = new double[BARS];
    high = new double[BARS];
    low = new double[BARS];
    close = new double[BARS];
    double price = 3000;
    for (int i = 0; i < BARS; i++) {
      double o = tick(price);
      price *= Math.exp(volatility * random.nextGaussian());
      double c = tick(price);
      open[i] = o;
      close[i] = c;
      high[i] = Math.max(o, c) + 0.25 * random.nextInt(4);
      low[i] = Math.min(o, c) - 0.25 * random.nextInt(4);
    }
  }

  private static double tick(double p) {
    return Math.rint(p * 4) / 4;
  }

  /**
   * Replays the bars.
   *
   * @return the final equity
   */
  @Benchmark
  @OperationsPerInvocation(BARS)
  public double smaCrossThroughBroker() {
    PaperBroker broker = new PaperBroker(List.of(ES),
        ExecutionSimulator.Config.of(1_000_000, CostModel.of(1, 2.5)).withMargin(MarginModel.STANDARD),
        new MovingAverageCrossover(0, 10, 50, false, 1), PaperTradingStore.discarding());
    for (int i = 0; i < BARS; i++) {
      broker.onBar(i, open[i], high[i], low[i], close[i], close[i], 1000);
    }
    return broker.equity();
  }

  /**
   * The same bars with a strategy that buys one contract at the first close and then only holds:
   * the per-bar path alone (match an empty book, mark, margin check, callback), which allocates
   * nothing in steady state.
   *
   * @return the final equity
   */
  @Benchmark
  @OperationsPerInvocation(BARS)
  public double holdThroughBroker() {
    PaperBroker broker = new PaperBroker(List.of(ES),
        ExecutionSimulator.Config.of(1_000_000, CostModel.of(1, 2.5)).withMargin(MarginModel.STANDARD),
        context -> context.targetPosition(0, 1), PaperTradingStore.discarding());
    for (int i = 0; i < BARS; i++) {
      broker.onBar(i, open[i], high[i], low[i], close[i], close[i], 1000);
    }
    return broker.equity();
  }
}
