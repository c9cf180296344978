package dev.quantsdk.samples.research;

import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.FileBarSource;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.orchestration.futures.FuturesAnalysisService;
import dev.quantsdk.orchestration.futures.FuturesBatchReport;
import dev.quantsdk.orchestration.futures.FuturesNotifier;
import dev.quantsdk.orchestration.futures.InMemoryFuturesStore;
import dev.quantsdk.orchestration.futures.MarketIntelligenceReport;
import dev.quantsdk.orchestration.futures.StepOutcome;
import dev.quantsdk.orchestration.futures.Ticker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The futures research sample: runs the orchestration facade's comprehensive analysis
 * ({@link FuturesAnalysisService#analyzeAll}) of the bundled ES1 and ES2 daily files and its
 * market intelligence as of ES1's last bar, and writes the result as a self-contained HTML report
 * ({@link HtmlReport}).
 *
 * <pre>
 * java -jar samples/futures-research/target/futures-research.jar [--data DIR] [--out FILE]
 * </pre>
 *
 * <p>{@code --data} is the bundled data directory (default {@code samples/data} under the current
 * directory), {@code --out} the report (default {@code futures-research.html}). Exit codes: 0
 * written, 1 an analysis failed or the report could not be written, 2 bad arguments. Stateless
 * and thread-safe.
 */
public final class FuturesResearch {

  /** The instruments analysed, in report order. */
  public static final List<String> INSTRUMENTS = List.of("ES1", "ES2");
  /** The ES front-month file, relative to the data directory. */
  public static final String ES1_FILE = "futures/ES1_front_month_daily.csv";
  /** The ES second-month file, relative to the data directory. */
  public static final String ES2_FILE = "futures/ES2_second_month_daily.csv";
  /** The report written when {@code --out} is absent. */
  public static final String DEFAULT_OUT = "futures-research.html";

  private FuturesResearch() {
  }

  /**
   * Runs the sample and exits the JVM with its exit code.
   *
   * @param args {@code [--data DIR] [--out FILE]}
   */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /**
   * Runs the sample without exiting: parses the arguments, analyses, writes the report and
   * prints its path and headline numbers.
   *
   * @param args {@code [--data DIR] [--out FILE]}
   * @param out where the report's path and headline go
   * @param err where errors go
   * @return the exit code: 0 written, 1 failed, 2 bad arguments
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Path data = Path.of("samples/data");
    Path file = Path.of(DEFAULT_OUT);
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if ((a.equals("--data") || a.equals("--out")) && i + 1 < args.size()) {
        Path value = Path.of(args.get(++i));
        if (a.equals("--data")) {
          data = value;
        } else {
          file = value;
        }
      } else {
        err.println("usage: futures-research [--data DIR] [--out FILE]  (unexpected '" + a
            + "')");
        return 2;
      }
    }
    if (!Files.isRegularFile(data.resolve(ES1_FILE)) || !Files.isRegularFile(
        data.resolve(ES2_FILE))) {
      err.println("futures-research: " + data.resolve(ES1_FILE) + " or " + ES2_FILE
          + " is missing: pass --data DIR naming the repository's samples/data directory");
      return 1;
    }
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.max(1, Math.min(INSTRUMENTS.size(), Runtime.getRuntime().availableProcessors())));
    try {
      ResearchReport report = analyse(data, Clock.systemUTC(), pool);
      HtmlReport.write(report, file);
      out.println("wrote " + file.toAbsolutePath().normalize());
      for (FuturesAnalysisReport a : report.analyses()) {
        a.backtest().ifPresent(b -> out.printf(Locale.ROOT, "%s: %s, %d fills, final equity %s "
            + "USD, Sharpe %s, max drawdown %s USD%n", a.instrument(), HtmlReport.title(b),
            b.fills(), Html.money(b.finalEquity()), Html.ratio(b.metrics().sharpe()),
            Html.money(b.metrics().maxDrawdown())));
      }
      boolean succeeded = report.analyses().stream().allMatch(FuturesAnalysisReport::succeeded);
      for (FuturesAnalysisReport a : report.analyses()) {
        for (StepOutcome s : a.steps()) {
          if (s.status() == StepOutcome.Status.FAILED) {
            err.println("futures-research: " + a.instrument() + " " + s.step().label()
                + " failed: " + s.reason().orElse(""));
          }
        }
      }
      return succeeded ? 0 : 1;
    } catch (IOException e) {
      err.println("futures-research: cannot write " + file + ": " + e.getMessage());
      return 1;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Analyses ES1 and ES2 from a data directory with the facade's default settings (sma-cross
   * 50/200 long-short, one contract, no costs, USD 100,000; ridge walk-forward model), and the
   * market intelligence of both as of ES1's last bar.
   *
   * @param dataDir the bundled data directory (holding {@value #ES1_FILE} and
   *     {@value #ES2_FILE})
   * @param clock stamps the reports
   * @param executor runs the per-instrument work
   * @return the research report
   * @throws IllegalStateException if ES1 cannot be ingested (no date to measure the market on)
   */
  public static ResearchReport analyse(Path dataDir, Clock clock, Executor executor) {
    ArgChecker.notNull(dataDir, "dataDir");
    ArgChecker.notNull(clock, "clock");
    ArgChecker.notNull(executor, "executor");
    FileBarSource source = FileBarSource.builder()
        .chris("ES1", dataDir.resolve(ES1_FILE), FuturesCatalogue.ES)
        .chris("ES2", dataDir.resolve(ES2_FILE), FuturesCatalogue.ES)
        .build();
    FuturesAnalysisService service = new FuturesAnalysisService(source,
        new InMemoryFuturesStore(), FuturesNotifier.NONE, clock, Ticker.SYSTEM,
        FuturesAnalysisService.Settings.defaults());
    FuturesBatchReport batch = service.analyzeAll(INSTRUMENTS, executor, (done, total, item) -> {
    });
    List<FuturesAnalysisReport> analyses = batch.reports();
    LocalDate asOf = analyses.get(0).ingest().orElseThrow(() -> new IllegalStateException(
        "ES1 could not be ingested: " + analyses.get(0).steps().get(0).reason().orElse("")))
        .lastDate();
    MarketIntelligenceReport market = service.marketIntelligence(INSTRUMENTS, asOf, executor);
    return new ResearchReport(clock.instant(), analyses, market);
  }
}
