package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.optimize.Objective;
import dev.quantsdk.futures.optimize.ParameterRange;
import dev.quantsdk.futures.optimize.SmaCrossGrid;
import dev.quantsdk.futures.optimize.Sweep;
import dev.quantsdk.futures.optimize.SweepResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code quant sweep --bars FILE --fast 5:50:5 --slow 20:200:10 [--threads N] [--objective sharpe]
 * [--json]}: runs {@code sma-cross} for every valid (fast, slow) pair of two inclusive ranges in
 * parallel ({@link Sweep}) and prints every combination's metrics, the best and its deflated Sharpe
 * ratio over the number of trials. Immutable and thread-safe.
 */
public final class SweepCommand implements Command {

  static final OptionSpec FAST = OptionSpec.valued("--fast", "START:END:STEP",
      "The fast windows, an inclusive range (or one value). Required.");
  static final OptionSpec SLOW = OptionSpec.valued("--slow", "START:END:STEP",
      "The slow windows, an inclusive range (or one value); pairs with fast >= slow are skipped. Required.");
  static final OptionSpec THREADS = OptionSpec.valued("--threads", "N",
      "Worker threads (the result does not depend on it).").withDefault("the number of processors");
  static final OptionSpec OBJECTIVE = OptionSpec.valued("--objective", "NAME",
      "What the best maximises: sharpe, sortino, net-pnl, cagr, calmar or profit-factor.").withDefault("sharpe");
  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print one JSON object: bars, objective, trials, skipped, trial_sharpe_variance, deflated_sharpe, "
          + "best and combinations (each: fast, slow, fills, round_trips and the backtest's money and metric "
          + "fields).");

  @Override
  public String name() {
    return "sweep";
  }

  @Override
  public String summary() {
    return "Sweep the sma-cross windows over a futures bar file.";
  }

  @Override
  public String description() {
    return "Runs the backtest command's sma-cross for every (fast, slow) pair of --fast and --slow (inclusive "
        + "start:end:step ranges), skipping pairs with fast >= slow, on --threads worker threads; results are "
        + "in parameter order and identical for any thread count. Prints every combination, the best by "
        + "--objective (ties: the first in parameter order) and its deflated Sharpe ratio over the number of "
        + "valid combinations (Bailey and Lopez de Prado 2014, with the sample variance of the combinations' "
        + "per-bar Sharpe ratios).";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec o : SmaCrossOptions.options()) {
      options.add(o == SmaCrossOptions.FAST ? FAST : o == SmaCrossOptions.SLOW ? SLOW : o);
    }
    options.add(THREADS);
    options.add(OBJECTIVE);
    options.add(JSON);
    return options;
  }

  @Override
  public List<String> examples() {
    return List.of("sweep --bars ES1.csv --policy repair --fast 5:50:5 --slow 20:200:10 --threads 2 --json",
        "sweep --bars ES1.csv --policy repair --fast 10 --slow 20:100:10 --objective net-pnl");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    ParameterRange fast = range(invocation, FAST);
    ParameterRange slow = range(invocation, SLOW);
    if (fast.start() >= slow.end()) {
      throw new UsageException(String.format(Locale.ROOT,
          "no valid combination: every --fast window (%s) is >= every --slow window (%s)", fast, slow),
          invocation.commandPath());
    }
    int threads = invocation.value(THREADS).isPresent()
        ? SmaCrossOptions.wholeNumber(invocation, THREADS, null, 1) : Runtime.getRuntime().availableProcessors();
    Objective objective;
    try {
      objective = Objective.parse(invocation.value(OBJECTIVE).orElse("sharpe"));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--objective: " + e.getMessage(), invocation.commandPath());
    }
    SmaCrossParams base = SmaCrossOptions.params(invocation, 1, 2);
    SmaCrossOptions.Request request = new SmaCrossOptions.Request(SmaCrossOptions.barsFile(invocation),
        FuturesBarFiles.format(invocation), FuturesBarFiles.policy(invocation, SmaCrossOptions.POLICY,
        ValidationPolicy.STRICT), base);
    BarSeries bars = SmaCrossOptions.loadBars(request, context);
    SmaCrossGrid grid = new SmaCrossGrid(fast, slow, base);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quant-sweep");
      t.setDaemon(true);
      return t;
    });
    SweepResult result;
    try {
      result = Sweep.run(SmaCrossColumns.of(bars), grid, objective, pool);
    } finally {
      pool.shutdownNow();
    }
    if (invocation.flag(JSON)) {
      CliJson.print(json(result, bars), context.out());
    } else {
      print(result, context.out());
    }
    return ExitStatus.OK;
  }

  private static ParameterRange range(Invocation invocation, OptionSpec option) {
    String text = invocation.value(option).orElseThrow(() -> new UsageException("missing " + option.synopsis(),
        invocation.commandPath()));
    try {
      return ParameterRange.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option.name() + ": " + e.getMessage(), invocation.commandPath());
    }
  }

  static ObjectNode json(SweepResult r, BarSeries bars) {
    ObjectNode json = CliJson.object();
    json.put("bars", bars.size());
    json.put("objective", r.objective().toString());
    json.put("trials", r.trials());
    json.put("skipped", r.skipped());
    BacktestCommand.number(json, "trial_sharpe_variance", r.trialSharpeVariance());
    BacktestCommand.number(json, "deflated_sharpe", r.deflatedSharpe());
    if (r.best().isPresent()) {
      ObjectNode best = combination(r.best().get());
      BacktestCommand.number(best, "probabilistic_sharpe", r.best().get().metrics().probabilisticSharpe());
      BacktestCommand.number(best, "deflated_sharpe", r.deflatedSharpe());
      json.set("best", best);
    } else {
      json.putNull("best");
    }
    ArrayNode combos = json.putArray("combinations");
    for (SmaCrossSummary s : r.combinations()) {
      combos.add(combination(s));
    }
    return json;
  }

  private static ObjectNode combination(SmaCrossSummary s) {
    ObjectNode c = CliJson.object();
    c.put("fast", s.params().fast());
    c.put("slow", s.params().slow());
    c.put("fills", s.fills());
    c.put("round_trips", s.roundTrips());
    BacktestCommand.metrics(c, s);
    return c;
  }

  private static void print(SweepResult r, PrintStream out) {
    out.printf(Locale.ROOT, "%,d combinations (%,d skipped with fast >= slow), best by %s:%n", r.trials(),
        r.skipped(), r.objective());
    if (r.best().isPresent()) {
      SmaCrossSummary b = r.best().get();
      out.printf(Locale.ROOT, "  fast %d, slow %d: Sharpe %.3f, net P&L %,.2f USD, max drawdown %,.2f USD%n",
          b.params().fast(), b.params().slow(), b.metrics().sharpe(), b.netPnl(), b.metrics().maxDrawdown());
      out.printf(Locale.ROOT, "  deflated Sharpe %.4f over %,d trials (probabilistic Sharpe %.4f)%n",
          r.deflatedSharpe(), r.trials(), b.metrics().probabilisticSharpe());
    } else {
      out.println("  none: no combination has a defined score");
    }
    out.flush();
  }
}
