package dev.quantsdk.orchestration.futures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.io.ChrisCsvLoader;
import dev.quantsdk.futures.model.PredictiveModel;
import dev.quantsdk.futures.model.RidgeRegression;
import dev.quantsdk.futures.model.WalkForward;
import dev.quantsdk.futures.optimize.Objective;
import dev.quantsdk.futures.optimize.ParameterRange;
import dev.quantsdk.futures.optimize.SmaCrossGrid;
import dev.quantsdk.futures.optimize.Sweep;
import dev.quantsdk.futures.optimize.SweepResult;
import dev.quantsdk.futures.optimize.WalkForwardOptimizer;
import dev.quantsdk.futures.optimize.WalkForwardResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FuturesAnalysisServiceTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:00:00Z"),
      ZoneOffset.UTC);
  /** The fake ticker advances this much per read, so every step that runs takes exactly this. */
  private static final long TICK_NANOS = 1_000_000;
  /** Documented warm-ups: ADX(14) is NaN for 27 bars; the last bar has no next-bar target. */
  private static final int ES1_MODEL_ROWS = SampleData.ES1_ROWS - 27 - 1;

  private final InMemoryFuturesStore store = new InMemoryFuturesStore();
  private final List<FuturesAnalysisReport> notified = Collections.synchronizedList(
      new ArrayList<>());
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  private FuturesAnalysisService service(FuturesAnalysisService.Settings settings) {
    AtomicLong nanos = new AtomicLong();
    return new FuturesAnalysisService(SampleData.source(), store, notified::add, CLOCK,
        () -> nanos.addAndGet(TICK_NANOS), settings);
  }

  @Test
  void analyze_es1_runsEveryStepOnTheRealFile() throws IOException {
    List<String> progress = Collections.synchronizedList(new ArrayList<>());

    FuturesAnalysisReport r = service(FuturesAnalysisService.Settings.defaults())
        .analyze("ES1", (done, total, item) -> progress.add(done + "/" + total + " " + item));

    assertThat(r.succeeded()).isTrue();
    assertThat(r.steps()).extracting(StepOutcome::step).containsExactly(AnalysisStep.values());
    assertThat(r.steps()).allSatisfy(s -> {
      assertThat(s.status()).isEqualTo(StepOutcome.Status.SUCCEEDED);
      assertThat(s.duration()).isEqualTo(Duration.ofNanos(TICK_NANOS));
    });
    assertThat(progress).containsExactly("1/6 ingest", "2/6 features", "3/6 model",
        "4/6 signals", "5/6 backtest", "6/6 report");
    assertThat(r.startedAt()).isEqualTo(CLOCK.instant());

    // ingest: the validated file's bars
    FuturesAnalysisReport.Ingest ingest = r.ingest().orElseThrow();
    var validated = ChrisCsvLoader.load(SampleData.ES1, ValidationPolicy.REPAIR);
    assertThat(ingest.bars()).isEqualTo(validated.series().size()).isEqualTo(SampleData.ES1_ROWS);
    assertThat(ingest.rowsRead()).isEqualTo(SampleData.ES1_ROWS);
    assertThat(ingest.issues()).isEqualTo(4);
    assertThat(ingest.root()).contains("ES");
    assertThat(ingest.lastDate()).isEqualTo(LocalDate.of(2019, 10, 18));

    // features: rows from the documented warm-ups; the last bar's regime (python3 fact, see
    // MarketIntelligenceTest) and trend
    FuturesAnalysisReport.Features features = r.features().orElseThrow();
    assertThat(features.rows()).isEqualTo(ES1_MODEL_ROWS);
    assertThat(features.volatility().orElseThrow().percentile())
        .isEqualTo(MarketIntelligence.volatilityRegime(validated.series(),
            LocalDate.of(2019, 10, 18)).percentile());
    assertThat(features.volatility().orElseThrow().regime())
        .isEqualTo(VolatilityRegime.Regime.NORMAL);
    assertThat(features.trend()).contains(MarketIntelligence.trendState(validated.series(),
        LocalDate.of(2019, 10, 18)));
    assertThat(features.latest().get("adx_14_fraction"))
        .isCloseTo(features.trend().orElseThrow().adx() / 100,
            org.assertj.core.api.Assertions.within(1e-15));
    assertThat(features.latest().get("realised_vol_21"))
        .isEqualTo(features.volatility().orElseThrow().realisedVolatility());

    // model: anchored 1,260-row start, purge 1, 252-row folds over the remaining rows
    FuturesAnalysisReport.Model model = r.model().orElseThrow();
    assertThat(model.outOfSample()).isEqualTo(ES1_MODEL_ROWS - 1260 - 1);
    assertThat(model.folds()).isEqualTo((ES1_MODEL_ROWS - 1261 + 251) / 252);
    assertThat(model.modelName()).isEqualTo(new RidgeRegression(1.0).name());
    assertThat(model.nextBarForecast()).isPresent();

    // signals: the model's latest is the sign of its forecast; sma_cross's latest is the sign of
    // SMA(50) - SMA(200) of the settle prices at the last bar, averaged here from the raw CSV
    FuturesAnalysisReport.SignalStats forecast = r.signals().orElseThrow().signals().get(0);
    assertThat(forecast.name()).isEqualTo("model");
    assertThat(forecast.latest()).isEqualTo((int) Math.signum(
        model.nextBarForecast().getAsDouble()));
    FuturesAnalysisReport.SignalStats cross = r.signals().orElseThrow().signals().get(1);
    List<String> lines = Files.readAllLines(SampleData.ES1);
    double[] settle = lines.subList(1, lines.size()).stream()
        .mapToDouble(l -> Double.parseDouble(l.split(",", -1)[6])).toArray();
    assertThat(cross.latest()).isEqualTo(
        (int) Math.signum(tailMean(settle, 50) - tailMean(settle, 200)));
    assertThat(cross.longShare() + cross.shortShare() + cross.flatShare())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));

    // backtest: exactly what the kernel gives when called directly with ES's contract terms
    SmaCrossResult direct = SmaCrossBacktest.run(validated.series(), SmaCrossParams.es(50, 200));
    FuturesAnalysisReport.Backtest backtest = r.backtest().orElseThrow();
    assertThat(backtest.metrics()).isEqualTo(direct.metrics());
    assertThat(backtest.fills()).isEqualTo(direct.fills().size());
    double[] equity = direct.equity();
    assertThat(backtest.finalEquity()).isEqualTo(equity[equity.length - 1]);

    // the model signal in the order-based engine, as one ESZ2019 contract (the first listed
    // month expiring on or after 2019-10-18); SignalStrategyTest shows the plumbing equals the
    // kernel for the crossover signal
    FuturesAnalysisReport.Backtest modelRun = r.modelBacktest().orElseThrow();
    assertThat(modelRun.strategy()).isEqualTo(FuturesAnalysisService.MODEL_SIGNAL);
    assertThat(modelRun.parameters()).containsEntry("contract", "ESZ2019");
    assertThat(modelRun.metrics().bars()).isEqualTo(SampleData.ES1_ROWS);
    // every fill is a change of the decided direction, and a change at the last bar is not filled
    assertThat(modelRun.fills()).isPositive().isLessThanOrEqualTo(forecast.changes() + 1);

    // report: charts within 500 points, ending on the final equity; the run stored once
    AnalyticsSummary analytics = r.analytics().orElseThrow();
    assertThat(analytics.bars()).isEqualTo(SampleData.ES1_ROWS);
    assertThat(analytics.equity()).hasSizeLessThanOrEqualTo(500);
    assertThat(analytics.equity().get(analytics.equity().size() - 1).value())
        .isEqualTo(equity[equity.length - 1]);
    assertThat(store.backtestRuns(FuturesAnalysisService.SMA_CROSS, 10)).singleElement()
        .satisfies(run -> {
          assertThat(run.id()).isEqualTo(r.runId());
          assertThat(run.rootSymbol()).isEqualTo("ES");
          assertThat(run.metrics()).containsEntry("sharpe", direct.metrics().sharpe());
          assertThat(run.equity()).isEqualTo(analytics.equity());
        });
    assertThat(store.backtestRun(r.runId()).map(BacktestRun::id)).contains(r.runId());
    assertThat(store.backtestRun("no-such-run")).isEmpty();
    assertThat(store.latestAnalysis("ES1")).contains(r);
    assertThat(notified).containsExactly(r);
  }

  /** A model whose fit throws: ingest and features kept, the rest skipped naming the model. */
  @Test
  void analyze_failingModelStep_keepsEarlierResultsAndSkipsLaterSteps() {
    PredictiveModel broken = new PredictiveModel() {
      @Override
      public Fitted fit(double[][] x, double[] y, int from, int to) {
        throw new IllegalArgumentException("singular design matrix in rows " + from + ".." + to);
      }

      @Override
      public String name() {
        return "broken";
      }

      @Override
      public Map<String, Object> parameters() {
        return Map.of();
      }

      @Override
      public Task task() {
        return Task.REGRESSION;
      }
    };

    FuturesAnalysisReport r = service(FuturesAnalysisService.Settings.defaults()
        .withModel(broken)).analyze("ES1", (done, total, item) -> { });

    assertThat(r.succeeded()).isFalse();
    assertThat(r.step(AnalysisStep.INGEST).status()).isEqualTo(StepOutcome.Status.SUCCEEDED);
    assertThat(r.step(AnalysisStep.FEATURES).status()).isEqualTo(StepOutcome.Status.SUCCEEDED);
    StepOutcome model = r.step(AnalysisStep.MODEL);
    assertThat(model.status()).isEqualTo(StepOutcome.Status.FAILED);
    assertThat(model.reason()).contains("singular design matrix in rows 0..1260");
    assertThat(model.duration()).isEqualTo(Duration.ofNanos(TICK_NANOS));
    for (AnalysisStep later : List.of(AnalysisStep.SIGNALS, AnalysisStep.BACKTEST,
        AnalysisStep.REPORT)) {
      StepOutcome s = r.step(later);
      assertThat(s.status()).isEqualTo(StepOutcome.Status.SKIPPED);
      assertThat(s.reason()).contains(
          "skipped: step model failed: singular design matrix in rows 0..1260");
      assertThat(s.duration()).isZero();
    }
    assertThat(r.ingest().orElseThrow().bars()).isEqualTo(SampleData.ES1_ROWS);
    assertThat(r.features().orElseThrow().rows()).isEqualTo(ES1_MODEL_ROWS);
    assertThat(r.model()).isEmpty();
    assertThat(r.signals()).isEmpty();
    assertThat(r.backtest()).isEmpty();
    assertThat(r.modelBacktest()).isEmpty();
    assertThat(r.analytics()).isEmpty();
    assertThat(store.latestAnalysis("ES1")).contains(r);
    assertThat(store.backtestRuns(FuturesAnalysisService.SMA_CROSS, 10)).isEmpty();
  }

  @Test
  void analyze_unknownInstrument_failsIngestAndSkipsEverythingElse() {
    FuturesAnalysisReport r = service(FuturesAnalysisService.Settings.defaults())
        .analyze("CL1", (done, total, item) -> { });

    assertThat(r.step(AnalysisStep.INGEST).reason())
        .contains("unknown instrument 'CL1': this source has [ES1, ES2, GSPC]");
    assertThat(r.steps().subList(1, 6)).allSatisfy(
        s -> assertThat(s.status()).isEqualTo(StepOutcome.Status.SKIPPED));
    assertThat(r.ingest()).isEmpty();
  }

  /** A file whose every row is dropped by validation fails ingest with the counts. */
  @Test
  void analyze_fileWithoutValidBars_failsIngestWithTheCounts(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, List.of("Date,Open,High,Low,Close,Adj Close,Volume",
        "2020-01-02,10,9,11,10,10,100", "2020-01-03,10,9,11,10,10,100"));
    FuturesAnalysisService s = new FuturesAnalysisService(FileBarSource.builder().yahoo("BAD", bad)
        .policy(ValidationPolicy.SKIP).build(), store, FuturesNotifier.NONE, CLOCK, Ticker.SYSTEM,
        FuturesAnalysisService.Settings.defaults());

    FuturesAnalysisReport r = s.analyze("BAD", (done, total, item) -> { });

    assertThat(r.step(AnalysisStep.INGEST).reason()).contains(
        "BAD has 0 bar(s) after validation (2 rows read, policy SKIP): an analysis needs at least 2");
    assertThat(r.step(AnalysisStep.REPORT).status()).isEqualTo(StepOutcome.Status.SKIPPED);
  }

  /**
   * Three instruments and a missing file on two threads: three complete analyses, the missing
   * one a failure with its ingest reason, reports in the order asked for, progress 4 of 4.
   */
  @Test
  void analyzeAll_isolatesAFailingInstrument_andKeepsTheOrder() {
    FileBarSource source = FileBarSource.builder()
        .chris("ES1", SampleData.ES1, dev.quantsdk.futures.instrument.FuturesCatalogue.ES)
        .yahoo("MISSING", SampleData.data("stocks", "NO_SUCH_FILE.csv"))
        .chris("ES2", SampleData.ES2, dev.quantsdk.futures.instrument.FuturesCatalogue.ES)
        .yahoo("GSPC", SampleData.GSPC)
        .build();
    FuturesAnalysisService s = new FuturesAnalysisService(source, store, notified::add, CLOCK,
        Ticker.SYSTEM, FuturesAnalysisService.Settings.defaults());
    List<String> progress = Collections.synchronizedList(new ArrayList<>());

    FuturesBatchReport batch = s.analyzeAll(List.of("ES1", "MISSING", "ES2", "GSPC"), pool,
        (done, total, item) -> progress.add(done + "/" + total));

    assertThat(batch.reports()).extracting(FuturesAnalysisReport::instrument)
        .containsExactly("ES1", "MISSING", "ES2", "GSPC");
    assertThat(batch.reports()).extracting(FuturesAnalysisReport::succeeded)
        .containsExactly(true, false, true, true);
    assertThat(batch.failures()).singleElement().satisfies(f -> {
      assertThat(f.item()).isEqualTo("MISSING");
      assertThat(f.reason()).startsWith("ingest: ").contains("NO_SUCH_FILE.csv");
    });
    assertThat(batch.successRate()).isEqualTo(0.75);
    assertThat(progress).containsExactlyInAnyOrder("1/4", "2/4", "3/4", "4/4");
    assertThat(notified).hasSize(4);
    assertThat(batch.reports().get(3).modelBacktest()).isEmpty();
    assertThat(batch.reports().get(2).ingest().orElseThrow().bars()).isEqualTo(5642);
  }

  /** A notifier and a store that throw never lose the report. */
  @Test
  void analyze_failingStoreAndNotifier_stillReturnTheReport() {
    FuturesStore failing = new FuturesStore() {
      @Override
      public void saveAnalysis(FuturesAnalysisReport report) {
        throw new IllegalStateException("database down");
      }

      @Override
      public void saveBacktestRun(BacktestRun run) {
        throw new IllegalStateException("database down");
      }

      @Override
      public java.util.Optional<FuturesAnalysisReport> latestAnalysis(String instrument) {
        return java.util.Optional.empty();
      }

      @Override
      public java.util.Optional<BacktestRun> backtestRun(String id) {
        return java.util.Optional.empty();
      }

      @Override
      public List<BacktestRun> backtestRuns(String strategy, int limit) {
        return List.of();
      }
    };
    FuturesAnalysisService s = new FuturesAnalysisService(SampleData.source(), failing,
        report -> {
          throw new IllegalStateException("webhook down");
        }, CLOCK, Ticker.SYSTEM, FuturesAnalysisService.Settings.defaults());

    FuturesAnalysisReport r = s.analyze("ES2", (done, total, item) -> { });

    assertThat(r.step(AnalysisStep.BACKTEST).status()).isEqualTo(StepOutcome.Status.SUCCEEDED);
    assertThat(r.step(AnalysisStep.REPORT).reason()).contains("database down");
  }

  /**
   * On 2008-10-31 ES1 is in its HIGH regime and a DOWN trend (MarketIntelligenceTest), a missing
   * file fails alone, the matrix covers the two that loaded, and ES's next roll is December's
   * (third Friday 2008-12-19, five business days earlier 2008-12-12).
   */
  @Test
  void marketIntelligence_measuresEachInstrument_isolatesAFailure_andListsRolls() {
    FileBarSource source = FileBarSource.builder()
        .chris("ES1", SampleData.ES1, dev.quantsdk.futures.instrument.FuturesCatalogue.ES)
        .yahoo("GSPC", SampleData.GSPC)
        .yahoo("MISSING", SampleData.data("stocks", "NO_SUCH_FILE.csv"))
        .build();
    FuturesAnalysisService s = new FuturesAnalysisService(source, store, FuturesNotifier.NONE,
        CLOCK, Ticker.SYSTEM, FuturesAnalysisService.Settings.defaults());

    MarketIntelligenceReport r = s.marketIntelligence(List.of("ES1", "MISSING", "GSPC"),
        LocalDate.of(2008, 10, 31), pool);

    assertThat(r.instruments()).extracting(MarketIntelligenceReport.InstrumentState::instrument)
        .containsExactly("ES1", "GSPC");
    assertThat(r.instruments().get(0).volatility().regime())
        .isEqualTo(VolatilityRegime.Regime.HIGH);
    assertThat(r.instruments().get(0).trend().trend()).isEqualTo(TrendState.Trend.DOWN);
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.item()).isEqualTo("MISSING");
      assertThat(f.reason()).contains("NO_SUCH_FILE.csv");
    });
    CorrelationMatrix m = r.correlation().orElseThrow();
    assertThat(m.instruments()).containsExactly("ES1", "GSPC");
    assertThat(m.lastDate()).isEqualTo(LocalDate.of(2008, 10, 31));
    assertThat(m.firstDate()).isAfterOrEqualTo(LocalDate.of(2007, 11, 1));
    assertThat(r.upcomingRolls()).containsOnlyKeys("ES");
    UpcomingRoll next = r.upcomingRolls().get("ES").get(0);
    assertThat(next.from().symbol()).isEqualTo("ESZ2008");
    assertThat(next.expiry()).isEqualTo(LocalDate.of(2008, 12, 19));
    assertThat(next.rollDate()).isEqualTo(LocalDate.of(2008, 12, 12));
  }

  /**
   * The facade's sweep and walk-forward equal the optimisation engines called directly on the
   * same ES1 bars and ES contract terms, whatever the executor; fold dates come from the CSV's
   * rows (bar 1,260 is the first test bar of a rolling 1,260/252 scheme).
   */
  @Test
  void optimise_es1_equalsTheEnginesAndIsIndependentOfTheExecutor() throws IOException {
    OptimisationRequest request = OptimisationRequest.of(new ParameterRange(10, 50, 20),
        new ParameterRange(100, 200, 50));
    FuturesAnalysisService service = service(FuturesAnalysisService.Settings.defaults());

    OptimisationReport pooled = service.optimise("ES1", request, pool);
    OptimisationReport inline = service.optimise("ES1", request, Runnable::run);

    var bars = ChrisCsvLoader.load(SampleData.ES1, ValidationPolicy.REPAIR).series();
    SmaCrossGrid grid = new SmaCrossGrid(request.fast(), request.slow(),
        SmaCrossParams.es(50, 200));
    SweepResult sweep = Sweep.run(SmaCrossColumns.of(bars), grid, Objective.SHARPE,
        Runnable::run);
    WalkForwardResult walk = WalkForwardOptimizer.run(SmaCrossColumns.of(bars), grid,
        request.scheme(), Objective.SHARPE, Runnable::run);

    assertThat(pooled.failures()).isEmpty();
    OptimisationReport.SweepSummary s = pooled.sweep().orElseThrow();
    assertThat(s.trials()).isEqualTo(9);
    assertThat(s.deflatedSharpe()).isEqualTo(sweep.deflatedSharpe());
    assertThat(s.trialSharpeVariance()).isEqualTo(sweep.trialSharpeVariance());
    OptimisationReport.Candidate best = s.best().orElseThrow();
    assertThat(best.metrics()).isEqualTo(sweep.best().orElseThrow().metrics());
    assertThat(best.metrics().sharpe()).isEqualTo(sweep.combinations().stream()
        .mapToDouble(c -> c.metrics().sharpe()).max().orElseThrow());
    assertThat(best.metrics().deflatedSharpe()).isEqualTo(s.deflatedSharpe());

    OptimisationReport.WalkForwardSummary w = pooled.walkForward().orElseThrow();
    assertThat(w.folds()).hasSize(walk.folds().size());
    assertThat(w.meanInSampleSharpe()).isEqualTo(walk.meanInSampleSharpe());
    assertThat(w.meanOutOfSampleSharpe()).isEqualTo(walk.meanOutOfSampleSharpe());
    assertThat(w.outOfSampleNetPnl()).isEqualTo(walk.outOfSampleNetPnl());
    List<String> lines = Files.readAllLines(SampleData.ES1);
    OptimisationReport.Fold first = w.folds().get(0);
    assertThat(first.trainFirst()).isEqualTo(LocalDate.parse(lines.get(1).substring(0, 10)));
    assertThat(first.trainLast()).isEqualTo(LocalDate.parse(lines.get(1260).substring(0, 10)));
    assertThat(first.testFirst()).isEqualTo(LocalDate.parse(lines.get(1261).substring(0, 10)));
    assertThat(first.outOfSample().metrics())
        .isEqualTo(walk.folds().get(0).outOfSample().metrics());

    assertThat(inline.sweep()).isEqualTo(pooled.sweep());
    assertThat(inline.walkForward()).isEqualTo(pooled.walkForward());
    assertThat(store.backtestRuns(FuturesAnalysisService.SMA_CROSS, 10)).hasSize(2)
        .allSatisfy(run -> assertThat(run.parameters()).containsEntry("selected_by", "sweep")
            .containsEntry("trials", 9L).containsEntry("fast", best.fast()));
  }

  /** A walk-forward that cannot fit one fold fails alone; the sweep is kept. */
  @Test
  void optimise_walkForwardWithoutAFold_failsAloneAndKeepsTheSweep() {
    OptimisationRequest request = new OptimisationRequest(new ParameterRange(10, 20, 10),
        new ParameterRange(50, 50, 1), Objective.SHARPE, WalkForward.rolling(6000, 252, 0, 0));

    OptimisationReport r = service(FuturesAnalysisService.Settings.defaults())
        .optimise("ES1", request, pool);

    assertThat(r.sweep()).isPresent();
    assertThat(r.walkForward()).isEmpty();
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.item()).isEqualTo("walk_forward");
      assertThat(f.reason()).contains("5650 bars leave no fold for training 6000");
    });
  }

  private static double tailMean(double[] x, int n) {
    double s = 0;
    for (int i = x.length - n; i < x.length; i++) {
      s += x[i];
    }
    return s / n;
  }
}
