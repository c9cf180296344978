package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.futures.backtest.PerformanceMetrics;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.orchestration.futures.AnalysisStep;
import dev.quantsdk.orchestration.futures.BarSource;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.orchestration.futures.FuturesAnalysisService;
import dev.quantsdk.orchestration.futures.FuturesNotifier;
import dev.quantsdk.orchestration.futures.InMemoryFuturesStore;
import dev.quantsdk.orchestration.futures.InstrumentBars;
import dev.quantsdk.orchestration.futures.StepOutcome;
import dev.quantsdk.orchestration.futures.Ticker;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * {@code quant analyze --bars FILE [--format chris|csv] [--symbol ES] [--json]}: the futures
 * facade's comprehensive analysis of one bar file ({@link FuturesAnalysisService#analyze}):
 * ingest, features, walk-forward model, signals, sma-cross backtest and dashboard analytics, each
 * step timed, a failed step reported with its reason. Immutable and thread-safe.
 */
public final class AnalyzeCommand implements Command {

  static final OptionSpec POLICY = OptionSpec.valued("--policy", "strict|skip|repair",
      FuturesBarFiles.POLICY_TEXT + " repair is the default here: an analysis should not stop at "
          + "the bundled ES1's 4 inconsistent rows; the JSON lists them.").withDefault("repair");
  static final OptionSpec FAST = OptionSpec.valued("--fast", "N",
      "The backtest's fast SMA window, bars.").withDefault("50");
  static final OptionSpec SLOW = OptionSpec.valued("--slow", "N",
      "The backtest's slow SMA window, bars.").withDefault("200");
  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print one JSON object: run_id, instrument, succeeded, steps [{step, status, duration_ms, "
          + "reason}], ingest, features, model, signals, backtest, model_backtest (absent keys for "
          + "steps that did not succeed).");

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public String summary() {
    return "Analyse a futures bar file: features, model, signals, backtest, market state.";
  }

  @Override
  public String description() {
    return "Runs the futures facade's analysis over --bars: ingest (under --policy); features of the "
        + "close (returns, z-score, RSI, realised volatility, ADX) with the last bar's volatility "
        + "regime (LOW/NORMAL/HIGH by percentile of 21-day realised volatility against its own "
        + "history) and trend state (UP/DOWN/RANGE from ADX(14), SMA(50) slope and DI); a ridge "
        + "walk-forward model of the next bar's log return (first 1,260 rows training, 252-row "
        + "folds, purge 1); the model's and the SMA-crossover signals; the sma-cross backtest "
        + "(--fast/--slow, one contract, no costs, USD 100,000, the --symbol product's multiplier "
        + "and tick) and the model signal in the order-based backtest engine (same contracts, costs "
        + "and capital, next-open fills). Every step needs the one before it; a failed step is reported with its "
        + "reason, the later ones as skipped, and the exit code is 1. See docs/orchestration.md.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(SmaCrossOptions.BARS, FuturesBarFiles.FORMAT, FuturesBarFiles.SYMBOL, POLICY,
        FAST, SLOW, JSON);
  }

  @Override
  public List<String> examples() {
    return List.of("analyze --bars samples/data/futures/ES1_front_month_daily.csv --json",
        "analyze --bars ES2_second_month_daily.csv --symbol ES --fast 20 --slow 100");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    String typed = SmaCrossOptions.barsFile(invocation);
    FuturesBarFiles.Format format = FuturesBarFiles.format(invocation);
    ValidationPolicy policy = FuturesBarFiles.policy(invocation, POLICY, ValidationPolicy.REPAIR);
    FuturesProduct product = FuturesBarFiles.symbol(invocation).product();
    int fast = SmaCrossOptions.wholeNumber(invocation, FAST, "50", 1);
    int slow = SmaCrossOptions.wholeNumber(invocation, SLOW, "200", 1);
    if (fast >= slow) {
      throw new UsageException(String.format(Locale.ROOT,
          "--fast (%d) must be shorter than --slow (%d)", fast, slow), invocation.commandPath());
    }
    Path file = context.resolve(typed);
    BarSource source = new BarSource() {
      @Override
      public List<String> instruments() {
        return List.of(typed);
      }

      @Override
      public InstrumentBars load(String instrument) {
        return InstrumentBars.ofFutures(typed, product,
            FuturesBarFiles.loadSeries(typed, file, format, policy));
      }
    };
    FuturesAnalysisService service = new FuturesAnalysisService(source, new InMemoryFuturesStore(),
        FuturesNotifier.NONE, Clock.systemUTC(), Ticker.SYSTEM,
        FuturesAnalysisService.Settings.defaults().withSmaCross(SmaCrossParams.es(fast, slow)));
    FuturesAnalysisReport report = service.analyze(typed, (done, total, step) -> { });
    if (invocation.flag(JSON)) {
      CliJson.print(json(report), context.out());
    } else {
      print(report, context.out());
    }
    return report.succeeded() ? ExitStatus.OK : ExitStatus.BAD_INPUT;
  }

  /** The report as JSON; NaN numbers are null; keys of unsuccessful steps are absent. */
  static ObjectNode json(FuturesAnalysisReport r) {
    ObjectNode json = CliJson.object();
    json.put("run_id", r.runId());
    json.put("instrument", r.instrument());
    json.put("succeeded", r.succeeded());
    ArrayNode steps = json.putArray("steps");
    for (StepOutcome s : r.steps()) {
      ObjectNode o = steps.addObject();
      o.put("step", s.step().label());
      o.put("status", s.status().name().toLowerCase(Locale.ROOT));
      o.put("duration_ms", s.duration().toNanos() / 1e6);
      s.reason().ifPresent(why -> o.put("reason", why));
    }
    r.ingest().ifPresent(i -> {
      ObjectNode o = json.putObject("ingest");
      o.put("bars", i.bars());
      o.put("rows_read", i.rowsRead());
      o.put("issues", i.issues());
      o.put("first_date", i.firstDate().toString());
      o.put("last_date", i.lastDate().toString());
    });
    r.features().ifPresent(f -> {
      ObjectNode o = json.putObject("features");
      o.put("rows", f.rows());
      ObjectNode latest = o.putObject("latest");
      f.latest().forEach((k, v) -> BacktestCommand.number(latest, k, v));
      f.volatility().ifPresent(v -> {
        ObjectNode vo = o.putObject("volatility_regime");
        vo.put("regime", v.regime().name());
        vo.put("realised_volatility", v.realisedVolatility());
        vo.put("percentile", v.percentile());
      });
      f.trend().ifPresent(t -> {
        ObjectNode to = o.putObject("trend");
        to.put("trend", t.trend().name());
        to.put("adx", t.adx());
        to.put("plus_di", t.plusDi());
        to.put("minus_di", t.minusDi());
        to.put("sma_slope", t.smaSlope());
      });
    });
    r.model().ifPresent(m -> {
      ObjectNode o = json.putObject("model");
      o.put("name", m.modelName());
      o.put("folds", m.folds());
      o.put("out_of_sample", m.outOfSample());
      o.put("deployment_ready", m.deploymentReady());
      ObjectNode metrics = o.putObject("metrics");
      m.metrics().forEach((k, v) -> BacktestCommand.number(metrics, k, v));
      if (m.nextBarForecast().isPresent()) {
        o.put("next_bar_forecast", m.nextBarForecast().getAsDouble());
      }
    });
    r.signals().ifPresent(s -> {
      ArrayNode a = json.putArray("signals");
      for (FuturesAnalysisReport.SignalStats st : s.signals()) {
        ObjectNode o = a.addObject();
        o.put("name", st.name());
        o.put("latest", st.latest());
        o.put("long_share", st.longShare());
        o.put("short_share", st.shortShare());
        o.put("changes", st.changes());
      }
    });
    r.backtest().ifPresent(b -> {
      ObjectNode o = json.putObject("backtest");
      o.put("strategy", b.strategy());
      o.put("fast", (Integer) b.parameters().get("fast"));
      o.put("slow", (Integer) b.parameters().get("slow"));
      o.put("fills", b.fills());
      BacktestCommand.number(o, "final_equity", b.finalEquity());
      metrics(o, b.metrics());
    });
    r.modelBacktest().ifPresent(b -> {
      ObjectNode o = json.putObject("model_backtest");
      o.put("strategy", b.strategy());
      o.put("contract", String.valueOf(b.parameters().get("contract")));
      o.put("fills", b.fills());
      BacktestCommand.number(o, "final_equity", b.finalEquity());
      metrics(o, b.metrics());
    });
    r.analytics().ifPresent(a -> json.put("chart_points", a.equity().size()));
    return json;
  }

  private static void metrics(ObjectNode o, PerformanceMetrics.Result m) {
    BacktestCommand.number(o, "sharpe", m.sharpe());
    BacktestCommand.number(o, "cagr", m.cagr());
    BacktestCommand.number(o, "max_drawdown", m.maxDrawdown());
    BacktestCommand.number(o, "max_drawdown_pct", m.maxDrawdownPct());
    BacktestCommand.number(o, "deflated_sharpe", m.deflatedSharpe());
  }

  private static void print(FuturesAnalysisReport r, PrintStream out) {
    for (StepOutcome s : r.steps()) {
      out.printf(Locale.ROOT, "%-9s %-9s %8.1f ms%s%n", s.step().label(),
          s.status().name().toLowerCase(Locale.ROOT), s.duration().toNanos() / 1e6,
          s.reason().map(why -> "  " + why).orElse(""));
    }
    r.ingest().ifPresent(i -> out.printf(Locale.ROOT, "%,d bars %s .. %s, %d issue(s)%n",
        i.bars(), i.firstDate(), i.lastDate(), i.issues()));
    r.features().ifPresent(f -> {
      f.volatility().ifPresent(v -> out.printf(Locale.ROOT,
          "volatility %s: %.1f %% realised, percentile %.3f%n", v.regime(),
          v.realisedVolatility() * 100, v.percentile()));
      f.trend().ifPresent(t -> out.printf(Locale.ROOT, "trend %s: ADX %.1f, SMA(50) slope %+.4f%n",
          t.trend(), t.adx(), t.smaSlope()));
    });
    r.model().ifPresent(m -> out.printf(Locale.ROOT,
        "model %s: %d folds, %,d out-of-sample, deployment ready %s%n", m.modelName(), m.folds(),
        m.outOfSample(), m.deploymentReady()));
    r.signals().ifPresent(s -> s.signals().forEach(st -> out.printf(Locale.ROOT,
        "signal %s: latest %+d, long %.1f %%, short %.1f %%%n", st.name(), st.latest(),
        st.longShare() * 100, st.shortShare() * 100)));
    r.backtest().ifPresent(b -> out.printf(Locale.ROOT,
        "backtest %s %s/%s: %d fills, final equity %,.2f USD, Sharpe %.3f, max drawdown %,.2f USD%n",
        b.strategy(), b.parameters().get("fast"), b.parameters().get("slow"), b.fills(),
        b.finalEquity(), b.metrics().sharpe(), b.metrics().maxDrawdown()));
    r.modelBacktest().ifPresent(b -> out.printf(Locale.ROOT,
        "backtest %s (%s): %d fills, final equity %,.2f USD, Sharpe %.3f, max drawdown %,.2f USD%n",
        b.strategy(), b.parameters().get("contract"), b.fills(), b.finalEquity(),
        b.metrics().sharpe(), b.metrics().maxDrawdown()));
    out.flush();
    if (r.step(AnalysisStep.REPORT).status() != StepOutcome.Status.SUCCEEDED) {
      out.println("analysis incomplete: see the failed step above");
      out.flush();
    }
  }
}
