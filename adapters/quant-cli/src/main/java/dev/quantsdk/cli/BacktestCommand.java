package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.futures.backtest.PerformanceMetrics;
import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossFill;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * {@code quant backtest --bars FILE --strategy sma-cross --fast N --slow N ... [--trades-out FILE.csv]
 * [--json]}: runs the exact {@code sma-cross} kernel ({@link SmaCrossBacktest}) over a bar file and
 * prints its totals and metrics. Immutable and thread-safe.
 */
public final class BacktestCommand implements Command {

  static final OptionSpec TRADES_OUT = OptionSpec.valued("--trades-out", "FILE.csv",
      "Also write every fill, one row each: date, bar, decision_bar, quantity, price, fee, position (after the "
          + "fill).");
  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print one JSON object: bars, fills, round_trips, fees, gross_pnl, net_pnl, final_equity, sharpe, sortino, "
          + "max_drawdown, max_drawdown_pct, cagr, win_rate, profit_factor, first_fill_date, last_fill_date.");

  @Override
  public String name() {
    return "backtest";
  }

  @Override
  public String summary() {
    return "Backtest the sma-cross strategy over a futures bar file.";
  }

  @Override
  public String description() {
    return "Runs sma-cross over --bars: p(t) is the settle (the close where absent); once both SMAs of p exist the "
        + "desired position is +contracts when fast > slow, -contracts (long-short) or 0 (long-only) when fast < "
        + "slow, unchanged when equal; the order for the difference fills at the next bar's open plus (buys) or "
        + "minus (sells) slippage-ticks x tick-size, rounded to the tick; a decision on the last bar is not filled. "
        + "Equity starts at --capital and is marked to p at every bar; fees are commission x contracts per fill. "
        + "sharpe = mean / sample stdev of the per-bar equity returns x sqrt(bars-per-year); max_drawdown in USD.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    List<OptionSpec> options = new ArrayList<>(SmaCrossOptions.options());
    options.add(TRADES_OUT);
    options.add(JSON);
    return options;
  }

  @Override
  public List<String> examples() {
    return List.of("backtest --bars ES1.csv --policy repair --fast 10 --slow 50 --commission 2.5 --json",
        "backtest --bars ES1.csv --policy skip --fast 10 --slow 50 --mode long-only --trades-out f");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    SmaCrossOptions.Request request = SmaCrossOptions.parse(invocation);
    BarSeries bars = SmaCrossOptions.loadBars(request, context);
    SmaCrossResult result = SmaCrossBacktest.run(SmaCrossColumns.of(bars), request.params());
    invocation.value(TRADES_OUT).ifPresent(typed -> writeFills(result, bars.timeBase(), typed, context));
    if (invocation.flag(JSON)) {
      CliJson.print(json(result.summary(), bars), context.out());
    } else {
      print(result.summary(), bars, context.out());
    }
    return ExitStatus.OK;
  }

  /** The JSON object of the output, keys in its order; undefined numbers are null. */
  static ObjectNode json(SmaCrossSummary s, BarSeries bars) {
    ObjectNode json = CliJson.object();
    json.put("bars", s.bars());
    json.put("fills", s.fills());
    json.put("round_trips", s.roundTrips());
    metrics(json, s);
    json.put("first_fill_date", date(s.firstFillBar(), bars));
    json.put("last_fill_date", date(s.lastFillBar(), bars));
    return json;
  }

  /** The money and metric fields shared with the sweep's combinations. */
  static void metrics(ObjectNode json, SmaCrossSummary s) {
    PerformanceMetrics.Result m = s.metrics();
    number(json, "fees", s.fees());
    number(json, "gross_pnl", s.grossPnl());
    number(json, "net_pnl", s.netPnl());
    number(json, "final_equity", s.finalEquity());
    number(json, "sharpe", m.sharpe());
    number(json, "sortino", m.sortino());
    number(json, "max_drawdown", m.maxDrawdown());
    number(json, "max_drawdown_pct", m.maxDrawdownPct());
    number(json, "cagr", m.cagr());
    number(json, "win_rate", m.winRate());
    number(json, "profit_factor", m.profitFactor());
  }

  static void number(ObjectNode json, String key, double value) {
    if (Double.isFinite(value)) {
      json.put(key, value);
    } else {
      json.putNull(key);
    }
  }

  private static String date(OptionalInt bar, BarSeries bars) {
    return bar.isPresent() ? bars.timeBase().format(bars.time(bar.getAsInt())) : null;
  }

  private static void print(SmaCrossSummary s, BarSeries bars, PrintStream out) {
    PerformanceMetrics.Result m = s.metrics();
    out.printf(Locale.ROOT, "sma-cross %d/%d %s over %,d bars: %,d fills (%s .. %s), %,d round trips%n",
        s.params().fast(), s.params().slow(), s.params().mode(), s.bars(), s.fills(),
        String.valueOf(date(s.firstFillBar(), bars)), String.valueOf(date(s.lastFillBar(), bars)), s.roundTrips());
    out.printf(Locale.ROOT, "net P&L %,.2f USD (gross %,.2f, fees %,.2f), final equity %,.2f USD%n", s.netPnl(),
        s.grossPnl(), s.fees(), s.finalEquity());
    out.printf(Locale.ROOT, "Sharpe %.3f, Sortino %.3f, CAGR %.2f %%, max drawdown %,.2f USD (%.2f %%)%n",
        m.sharpe(), m.sortino(), m.cagr() * 100, m.maxDrawdown(), m.maxDrawdownPct() * 100);
    out.printf(Locale.ROOT, "win rate %.1f %%, profit factor %.3f%n", m.winRate() * 100, m.profitFactor());
    out.flush();
  }

  private static void writeFills(SmaCrossResult result, TimeBase timeBase, String typed, CliContext context) {
    StringBuilder line = new StringBuilder(96);
    int position = 0;
    try (BufferedWriter w = Files.newBufferedWriter(context.resolve(typed), StandardCharsets.UTF_8)) {
      w.write("date,bar,decision_bar,quantity,price,fee,position");
      w.newLine();
      for (SmaCrossFill f : result.fills()) {
        position += f.quantity();
        line.setLength(0);
        line.append(timeBase.format(f.time())).append(',').append(f.bar()).append(',').append(f.decisionBar())
            .append(',').append(f.quantity()).append(',').append(f.price()).append(',').append(f.fee())
            .append(',').append(position);
        w.write(line.toString());
        w.newLine();
      }
    } catch (IOException e) {
      throw new BadInputException("cannot write " + typed + " (" + e.getMessage() + ")", e);
    }
  }
}
