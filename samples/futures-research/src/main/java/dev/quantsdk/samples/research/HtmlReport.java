package dev.quantsdk.samples.research;

import dev.quantsdk.futures.backtest.PerformanceMetrics;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.AnalyticsSummary;
import dev.quantsdk.orchestration.futures.CorrelationMatrix;
import dev.quantsdk.orchestration.futures.Failure;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.orchestration.futures.MarketIntelligenceReport;
import dev.quantsdk.orchestration.futures.StepOutcome;
import dev.quantsdk.orchestration.futures.UpcomingRoll;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a {@link ResearchReport} as one self-contained HTML page: per instrument the analysis
 * steps, the ingest summary, the backtests' metrics side by side, the equity and drawdown charts
 * (inline SVG), the signals, the model step and the latest features; then the market
 * intelligence (volatility regime and trend per instrument, the correlation matrix, upcoming
 * rolls). No script and no external resource: the file opens offline in any browser. Numbers use
 * {@link Locale#ROOT}. Stateless and thread-safe.
 */
public final class HtmlReport {

  private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em auto;"
      + "max-width:60em;color:#222}h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;"
      + "padding-bottom:.2em;margin-top:2em}table{border-collapse:collapse;margin:.6em 0}"
      + "th,td{border:1px solid #ddd;padding:.25em .6em;text-align:right}th:first-child,"
      + "td:first-child{text-align:left}th{background:#f3f3f3}.axis{font-size:11px;fill:#555}"
      + ".failed{color:#b00}.note{color:#555;font-size:.9em}";

  private HtmlReport() {
  }

  /**
   * Writes the report to a file (UTF-8), creating its parent directories.
   *
   * @param report the report
   * @param file the output file; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void write(ResearchReport report, Path file) throws IOException {
    ArgChecker.notNull(file, "file");
    String html = render(report);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(html);
    }
  }

  /**
   * Renders the report.
   *
   * @param report the report
   * @return the complete HTML document
   */
  public static String render(ResearchReport report) {
    ArgChecker.notNull(report, "report");
    StringBuilder h = new StringBuilder(256 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Quant SDK futures research</title><style>").append(STYLE)
        .append("</style></head><body>\n");
    h.append("<h1>Futures research: ")
        .append(Html.escape(String.join(", ", instruments(report)))).append("</h1>\n");
    h.append("<p class=\"note\">Generated ").append(report.generatedAt()).append(" by the Quant "
        + "SDK sample <code>samples/futures-research</code> with "
        + "<code>FuturesAnalysisService</code> over the bundled CME E-mini S&amp;P 500 daily "
        + "settlement data (Quandl CHRIS ES1/ES2, see samples/data/README.md). Backtests trade "
        + "the continuous file as one contract: roll gaps count as P&amp;L.</p>\n");
    for (FuturesAnalysisReport a : report.analyses()) {
      instrument(h, a);
    }
    market(h, report.market());
    h.append("</body></html>\n");
    return h.toString();
  }

  private static List<String> instruments(ResearchReport report) {
    List<String> out = new ArrayList<>();
    report.analyses().forEach(a -> out.add(a.instrument()));
    return out;
  }

  private static void instrument(StringBuilder h, FuturesAnalysisReport a) {
    String id = Html.escape(a.instrument());
    h.append("<h2 id=\"").append(id).append("\">").append(id).append("</h2>\n");
    h.append("<table><caption>Analysis steps</caption><tr><th>step</th><th>status</th>"
        + "<th>ms</th><th>reason</th></tr>");
    for (StepOutcome s : a.steps()) {
      boolean failed = s.status() == StepOutcome.Status.FAILED;
      h.append(failed ? "<tr class=\"failed\">" : "<tr>")
          .append(cell(s.step().label()))
          .append(cell(s.status().name().toLowerCase(Locale.ROOT)))
          .append(cell(String.format(Locale.ROOT, "%.1f", s.duration().toNanos() / 1e6)))
          .append(cell(s.reason().orElse(""))).append("</tr>");
    }
    h.append("</table>\n");
    a.ingest().ifPresent(i -> h.append(String.format(Locale.ROOT, "<p>%,d bars from %s to %s "
        + "(%,d rows read, policy %s, %d issue(s)); multiplier %s USD per point.</p>\n",
        i.bars(), i.firstDate(), i.lastDate(), i.rowsRead(), i.policy(), i.issues(),
        Html.money(i.multiplier()))));
    backtests(h, a.backtest(), a.modelBacktest());
    a.analytics().ifPresent(s -> charts(h, a.instrument(), s));
    a.signals().ifPresent(s -> {
      h.append("<table><caption>Signals</caption><tr><th>signal</th><th>latest</th>"
          + "<th>long</th><th>short</th><th>flat</th><th>changes</th></tr>");
      for (FuturesAnalysisReport.SignalStats st : s.signals()) {
        h.append("<tr>").append(cell(st.name()))
            .append(cell(String.format(Locale.ROOT, "%+d", st.latest())))
            .append(cell(Html.percent(st.longShare()))).append(cell(Html.percent(st.shortShare())))
            .append(cell(Html.percent(st.flatShare())))
            .append(cell(String.format(Locale.ROOT, "%,d", st.changes()))).append("</tr>");
      }
      h.append("</table>\n");
    });
    a.model().ifPresent(m -> {
      h.append("<table><caption>Model step: ").append(Html.escape(m.modelName()))
          .append(" walk-forward</caption><tr><th>measure</th><th>value</th></tr>");
      h.append(row("folds", String.format(Locale.ROOT, "%d", m.folds())));
      h.append(row("out-of-sample predictions", String.format(Locale.ROOT, "%,d",
          m.outOfSample())));
      for (Map.Entry<String, Double> e : m.metrics().entrySet()) {
        h.append(row(e.getKey(), Html.small(e.getValue())));
      }
      h.append(row("deployment ready", String.valueOf(m.deploymentReady())));
      h.append(row("next-bar forecast (log return)", m.nextBarForecast().isPresent()
          ? Html.small(m.nextBarForecast().getAsDouble()) : Html.UNDEFINED));
      h.append("</table>\n");
    });
    a.features().ifPresent(f -> {
      h.append("<table><caption>Features at the last bar</caption><tr><th>feature</th>"
          + "<th>value</th></tr>");
      f.latest().forEach((k, v) -> h.append(row(k, Html.small(v))));
      h.append("</table>\n");
    });
  }

  private static void backtests(StringBuilder h, Optional<FuturesAnalysisReport.Backtest> sma,
      Optional<FuturesAnalysisReport.Backtest> model) {
    List<FuturesAnalysisReport.Backtest> runs = new ArrayList<>();
    sma.ifPresent(runs::add);
    model.ifPresent(runs::add);
    if (runs.isEmpty()) {
      return;
    }
    h.append("<table><caption>Backtests (USD)</caption><tr><th>metric</th>");
    for (FuturesAnalysisReport.Backtest b : runs) {
      h.append("<th>").append(Html.escape(title(b))).append("</th>");
    }
    h.append("</tr>");
    metricRow(h, runs, "period", b -> b.firstDate() + " .. " + b.lastDate());
    metricRow(h, runs, "fills", b -> String.format(Locale.ROOT, "%,d", b.fills()));
    metricRow(h, runs, "final equity", b -> Html.money(b.finalEquity()));
    metricRow(h, runs, "total return", b -> Html.percent(b.metrics().totalReturn()));
    metricRow(h, runs, "CAGR", b -> Html.percent(b.metrics().cagr()));
    metricRow(h, runs, "annual volatility", b -> Html.percent(b.metrics().annualVolatility()));
    metricRow(h, runs, "Sharpe", b -> Html.ratio(b.metrics().sharpe()));
    metricRow(h, runs, "Sortino", b -> Html.ratio(b.metrics().sortino()));
    metricRow(h, runs, "max drawdown", b -> Html.money(b.metrics().maxDrawdown()));
    metricRow(h, runs, "max drawdown %", b -> Html.percent(b.metrics().maxDrawdownPct()));
    metricRow(h, runs, "round trips", b -> String.format(Locale.ROOT, "%,d",
        b.metrics().trades()));
    metricRow(h, runs, "win rate", b -> Html.percent(b.metrics().winRate()));
    metricRow(h, runs, "profit factor", b -> Html.ratio(b.metrics().profitFactor()));
    metricRow(h, runs, "fees", b -> Html.money(b.metrics().fees()));
    metricRow(h, runs, "probabilistic Sharpe", b -> Html.ratio(
        b.metrics().probabilisticSharpe()));
    h.append("</table>\n");
  }

  /** A backtest's column title: the strategy and its windows or contract. */
  static String title(FuturesAnalysisReport.Backtest b) {
    Map<String, Object> p = b.parameters();
    if (p.containsKey("fast") && p.containsKey("slow")) {
      return b.strategy() + " " + p.get("fast") + "/" + p.get("slow") + " " + p.get("mode");
    }
    return p.containsKey("contract") ? b.strategy() + " (" + p.get("contract") + ")"
        : b.strategy();
  }

  private interface Column {
    String text(FuturesAnalysisReport.Backtest b);
  }

  private static void metricRow(StringBuilder h, List<FuturesAnalysisReport.Backtest> runs,
      String name, Column column) {
    h.append("<tr>").append(cell(name));
    for (FuturesAnalysisReport.Backtest b : runs) {
      h.append(cell(column.text(b)));
    }
    h.append("</tr>");
  }

  private static void charts(StringBuilder h, String instrument, AnalyticsSummary s) {
    PerformanceMetrics.Result m = s.metrics();
    h.append("<h3>sma-cross equity and drawdown</h3>\n<p class=\"note\">").append(String.format(
        Locale.ROOT, "%,d bars drawn as %,d points (each bucket's first, last, lowest and highest "
            + "bar kept); deepest drawdown %s.", s.bars(), s.equity().size(),
        Html.percent(m.maxDrawdownPct()))).append("</p>\n");
    h.append("<figure>").append(SvgChart.line(s.equity(), instrument + " sma-cross equity, USD",
        "#1f77b4", Html::money)).append("<figcaption>Equity, USD</figcaption></figure>\n");
    h.append("<figure>").append(SvgChart.line(s.drawdown(), instrument
        + " sma-cross drawdown from the running peak", "#d62728", Html::percent))
        .append("<figcaption>Drawdown from the running peak</figcaption></figure>\n");
  }

  private static void market(StringBuilder h, MarketIntelligenceReport m) {
    h.append("<h2 id=\"market\">Market intelligence as of ").append(m.asOf()).append("</h2>\n");
    h.append("<table><caption>Volatility regime and trend</caption><tr><th>instrument</th>"
        + "<th>date</th><th>realised volatility</th><th>percentile</th><th>regime</th>"
        + "<th>ADX</th><th>+DI</th><th>&minus;DI</th><th>SMA(50) slope</th><th>trend</th></tr>");
    for (MarketIntelligenceReport.InstrumentState s : m.instruments()) {
      h.append("<tr>").append(cell(s.instrument())).append(cell(s.volatility().date().toString()))
          .append(cell(Html.percent(s.volatility().realisedVolatility())))
          .append(cell(Html.ratio(s.volatility().percentile())))
          .append(cell(s.volatility().regime().name()))
          .append(cell(String.format(Locale.ROOT, "%.1f", s.trend().adx())))
          .append(cell(String.format(Locale.ROOT, "%.1f", s.trend().plusDi())))
          .append(cell(String.format(Locale.ROOT, "%.1f", s.trend().minusDi())))
          .append(cell(Html.percent(s.trend().smaSlope())))
          .append(cell(s.trend().trend().name())).append("</tr>");
    }
    h.append("</table>\n");
    m.correlation().ifPresent(c -> correlation(h, c));
    for (Map.Entry<String, List<UpcomingRoll>> e : m.upcomingRolls().entrySet()) {
      h.append("<table><caption>Upcoming rolls of ").append(Html.escape(e.getKey()))
          .append("</caption><tr><th>from</th><th>to</th><th>roll date</th><th>expiry</th>"
              + "</tr>");
      for (UpcomingRoll r : e.getValue()) {
        h.append("<tr>").append(cell(r.from().symbol())).append(cell(r.to().symbol()))
            .append(cell(r.rollDate().toString())).append(cell(r.expiry().toString()))
            .append("</tr>");
      }
      h.append("</table>\n");
    }
    for (Failure f : m.failures()) {
      h.append("<p class=\"failed\">").append(Html.escape(f.item() + ": " + f.reason())).append("</p>\n");
    }
  }

  private static void correlation(StringBuilder h, CorrelationMatrix c) {
    h.append("<table><caption>").append(String.format(Locale.ROOT, "Correlation of daily log "
        + "returns, %s .. %s (%d returns)", c.firstDate(), c.lastDate(), c.observations()))
        .append("</caption><tr><th></th>");
    c.instruments().forEach(i -> h.append("<th>").append(Html.escape(i)).append("</th>"));
    h.append("</tr>");
    for (String a : c.instruments()) {
      h.append("<tr>").append(cell(a));
      for (String b : c.instruments()) {
        h.append(cell(Html.ratio(c.get(a, b))));
      }
      h.append("</tr>");
    }
    h.append("</table>\n");
  }

  private static String cell(String text) {
    return "<td>" + Html.escape(text) + "</td>";
  }

  private static String row(String name, String value) {
    return "<tr>" + cell(name) + cell(value) + "</tr>";
  }
}
