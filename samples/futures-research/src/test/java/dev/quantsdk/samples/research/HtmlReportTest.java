package dev.quantsdk.samples.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.orchestration.futures.ChartPoint;
import dev.quantsdk.orchestration.futures.CorrelationMatrix;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.orchestration.futures.MarketIntelligenceReport;
import dev.quantsdk.orchestration.futures.UpcomingRoll;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of the real ES1/ES2 analysis carries the analysis's own numbers (taken from the
 * report object), its charts inline and nothing external.
 */
class HtmlReportTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"),
      ZoneOffset.UTC);
  /**
   * Pearson correlation of ES1's and ES2's daily log returns of the Close/Last column over the
   * dates both files have in 2018-10-18 .. 2019-10-18 (253 dates, 252 returns), computed with
   * python3's csv and math modules straight from the two CSVs.
   */
  private static final double ES1_ES2_CORRELATION = 0.9823096798155434;
  private static final double CORRELATION_TOLERANCE = 1e-9;

  private static ResearchReport report;
  private static String html;

  @BeforeAll
  static void analyse() {
    report = FuturesResearch.analyse(Path.of(System.getProperty("quant.data.dir")), CLOCK,
        Runnable::run);
    html = HtmlReport.render(report);
  }

  @Test
  void render_holdsEachBacktestsNumbersAndTheModelStep() {
    for (FuturesAnalysisReport a : report.analyses()) {
      assertThat(a.succeeded()).isTrue();
      for (FuturesAnalysisReport.Backtest b : new FuturesAnalysisReport.Backtest[] {
          a.backtest().orElseThrow(), a.modelBacktest().orElseThrow()}) {
        assertThat(html).contains("<th>" + HtmlReport.title(b) + "</th>",
            "<td>" + String.format(Locale.ROOT, "%,.2f", b.finalEquity()) + "</td>",
            "<td>" + String.format(Locale.ROOT, "%.3f", b.metrics().sharpe()) + "</td>",
            "<td>" + String.format(Locale.ROOT, "%,.2f", b.metrics().maxDrawdown()) + "</td>",
            "<td>" + String.format(Locale.ROOT, "%,d", b.fills()) + "</td>");
      }
      FuturesAnalysisReport.Model m = a.model().orElseThrow();
      assertThat(html).contains("<td>out-of-sample predictions</td><td>"
          + String.format(Locale.ROOT, "%,d", m.outOfSample()) + "</td>");
      assertThat(html).contains("<td>deployment ready</td><td>" + m.deploymentReady() + "</td>");
    }
    // ES1's sma-cross signal is long at the last bar: SMA(50) of the settle 2945.91 above
    // SMA(200) 2867.30 (python3 over the CSV)
    FuturesAnalysisReport es1 = report.analyses().get(0);
    assertThat(es1.signals().orElseThrow().signals().stream()
        .filter(s -> s.name().equals("sma_cross")).findFirst().orElseThrow().latest()).isOne();
    assertThat(html).contains("<tr><td>sma_cross</td><td>+1</td>");
  }

  @Test
  void render_drawsEquityAndDrawdownOfEveryInstrumentInline() {
    Matcher svg = Pattern.compile("<svg ").matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
    }
    assertThat(charts).isEqualTo(2 * report.analyses().size());
    for (FuturesAnalysisReport a : report.analyses()) {
      List<ChartPoint> equity = a.analytics().orElseThrow().equity();
      double min = equity.stream().mapToDouble(ChartPoint::value).min().orElseThrow();
      double max = equity.stream().mapToDouble(ChartPoint::value).max().orElseThrow();
      // the equity polyline ends on the curve's last point at the plot's right edge (x 748)
      assertThat(html).contains(String.format(Locale.ROOT, " 748.0,%.1f\"/>",
          SvgChart.y(equity.get(equity.size() - 1).value(), min, max)));
    }
    assertThat(html).doesNotContain("<script", "src=", "href=\"http");
  }

  @Test
  void render_holdsTheMarketIntelligence() {
    MarketIntelligenceReport m = report.market();
    assertThat(m.asOf()).isEqualTo(LocalDate.of(2019, 10, 18));
    assertThat(m.failures()).isEmpty();
    for (MarketIntelligenceReport.InstrumentState s : m.instruments()) {
      assertThat(html).contains("<td>" + s.volatility().regime().name() + "</td>",
          "<td>" + s.trend().trend().name() + "</td>");
    }
    CorrelationMatrix c = m.correlation().orElseThrow();
    assertThat(c.get("ES1", "ES2")).isCloseTo(ES1_ES2_CORRELATION, within(CORRELATION_TOLERANCE));
    assertThat(c.observations()).isEqualTo(252);
    assertThat(html).contains("(252 returns)", "<td>0.982</td>");
    // ES rolls as of 2019-10-18: ESZ2019 rolls 2019-12-13, 5 business days before its third
    // Friday 2019-12-20 (docs/orchestration.md)
    UpcomingRoll first = m.upcomingRolls().get("ES").get(0);
    assertThat(first.rollDate()).isEqualTo(LocalDate.of(2019, 12, 13));
    assertThat(html).contains("<td>" + first.from().symbol() + "</td><td>" + first.to().symbol()
        + "</td><td>2019-12-13</td><td>2019-12-20</td>");
  }
}
