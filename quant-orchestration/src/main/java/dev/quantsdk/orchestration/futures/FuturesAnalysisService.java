package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.backtest.BacktestEngine;
import dev.quantsdk.futures.backtest.BacktestResult;
import dev.quantsdk.futures.backtest.CostModel;
import dev.quantsdk.futures.backtest.ExecutionSimulator;
import dev.quantsdk.futures.backtest.InstrumentSeries;
import dev.quantsdk.futures.backtest.PerformanceMetrics;
import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.bar.BarIssue;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.ValidationReport;
import dev.quantsdk.futures.indicator.Indicators;
import dev.quantsdk.futures.instrument.BusinessCalendar;
import dev.quantsdk.futures.instrument.ContractMonth;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.futures.model.PredictiveModel;
import dev.quantsdk.futures.model.RidgeRegression;
import dev.quantsdk.futures.model.WalkForward;
import dev.quantsdk.futures.model.WalkForwardExperiment;
import dev.quantsdk.futures.optimize.SmaCrossGrid;
import dev.quantsdk.futures.optimize.Sweep;
import dev.quantsdk.futures.optimize.SweepResult;
import dev.quantsdk.futures.optimize.WalkForwardFold;
import dev.quantsdk.futures.optimize.WalkForwardOptimizer;
import dev.quantsdk.futures.optimize.WalkForwardResult;
import dev.quantsdk.futures.roll.RollRule;
import dev.quantsdk.futures.signal.Signal;
import dev.quantsdk.futures.signal.Signals;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.discovery.ProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The futures facade's analysis: a comprehensive analysis of one instrument, run as timed steps
 * (see {@link AnalysisStep}):
 * <ol>
 *   <li><b>ingest</b>: the instrument's validated bars from the {@link BarSource};
 *   <li><b>features</b>: indicator features of the close (1-, 5- and 20-day returns, 20-day
 *       z-score, centred RSI(14), 21-day realised volatility, ADX(14) / 100), and the volatility
 *       regime and trend state at the last bar ({@link MarketIntelligence});
 *   <li><b>model</b>: a {@link WalkForwardExperiment} of the settings' model forecasting the next
 *       bar's log return from those features, anchored walk-forward with purge 1 (the label
 *       horizon); plus the forecast for the bar after the last, from a fit on every labelled row;
 *   <li><b>signals</b>: the model signal ({@code Signals.fromPredictions} of the out-of-sample
 *       predictions, the last bar's being the next-bar forecast) and the {@code sma_cross} rule
 *       signal (fast over slow SMA of the backtest's price: settle, else close);
 *   <li><b>backtest</b>: the {@code sma-cross} strategy by {@link SmaCrossBacktest} with the
 *       settings' parameters and the instrument's multiplier and tick; and, for a futures
 *       instrument, the model signal traded by the order-based {@link BacktestEngine} (target
 *       position = the decision at a bar's close × the sma-cross contracts, market orders filled
 *       at the next open, the same costs and capital, standard margin; the file traded as one
 *       contract of the product, rolls ignored);
 *   <li><b>report</b>: dashboard analytics of the backtest ({@link AnalyticsSummary}) and the
 *       backtest run stored through the {@link FuturesStore}.
 * </ol>
 * Each step needs the one before it. A step that throws is recorded as failed with its message;
 * the earlier steps' results stay in the report and every later step is skipped with the reason.
 * Step durations come from the {@link Ticker} (monotonic nanoseconds), the report's start and
 * finish instants from the {@link Clock}. The finished report is stored with
 * {@link FuturesStore#saveAnalysis} and passed to the {@link FuturesNotifier}; a failure of
 * either is logged and does not fail the analysis.
 *
 * <p>The facade's other entry points: {@link #analyzeAll} (several instruments on an executor,
 * the nightly batch), {@link #optimise} (sweep with the deflated Sharpe ratio, and walk-forward
 * in- against out-of-sample) and {@link #marketIntelligence} (volatility regime, trend state,
 * correlation matrix and upcoming rolls across instruments). See {@code docs/orchestration.md}.
 *
 * <p>Thread-safe: one instance may run several analyses at once; all state is per call.
 */
public final class FuturesAnalysisService {

  /** The strategy name of the backtest step, as stored in {@code backtest_runs}. */
  public static final String SMA_CROSS = "sma-cross";
  /** The strategy name of the model signal's backtest. */
  public static final String MODEL_SIGNAL = "model-signal";
  /** The price tick assumed for an instrument without a futures product (an index, a stock). */
  public static final double NON_FUTURES_TICK = 0.01;

  private static final Logger LOG = LoggerFactory.getLogger(FuturesAnalysisService.class);

  private final BarSource source;
  private final FuturesStore store;
  private final FuturesNotifier notifier;
  private final Clock clock;
  private final Ticker ticker;
  private final Settings settings;

  /**
   * The analysis settings. Immutable.
   *
   * @param model the model of the model step
   * @param initialTrainRows rows in the first walk-forward training window
   * @param testRows rows in each walk-forward test window
   * @param longAbove the model signal goes long above this forecast (log return)
   * @param shortBelow the model signal goes short below this forecast
   * @param smaCross the sma-cross strategy's parameters; the backtest replaces the multiplier and
   *     tick with the instrument's
   * @param chartPoints the most points per dashboard chart series
   * @param correlationDays calendar days of returns in the correlation matrix, ending on the
   *     date asked for
   * @param rollRule the calendar roll rule for upcoming rolls
   * @param upcomingRolls how many upcoming rolls per product
   */
  public record Settings(PredictiveModel model, int initialTrainRows, int testRows,
      double longAbove, double shortBelow, SmaCrossParams smaCross, int chartPoints,
      int correlationDays, RollRule.Calendar rollRule, int upcomingRolls) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if a size is out of range or the thresholds cross
     */
    public Settings {
      ArgChecker.notNull(model, "model");
      ArgChecker.positive(initialTrainRows, "initialTrainRows");
      ArgChecker.positive(testRows, "testRows");
      ArgChecker.isTrue(shortBelow <= longAbove, "shortBelow %s must be <= longAbove %s",
          shortBelow, longAbove);
      ArgChecker.notNull(smaCross, "smaCross");
      ArgChecker.isTrue(chartPoints >= EquityCurves.MIN_POINTS, "chartPoints must be >= %d",
          EquityCurves.MIN_POINTS);
      ArgChecker.positive(correlationDays, "correlationDays");
      ArgChecker.notNull(rollRule, "rollRule");
      ArgChecker.positive(upcomingRolls, "upcomingRolls");
    }

    /**
     * The defaults: ridge regression (lambda 1); a first training window of 1,260 rows (five
     * years of daily bars) and test windows of 252 (one year); long above a forecast of 0, short
     * below 0; sma-cross 50/200 long-short, one contract, no costs, USD 100,000; 500 chart
     * points; a 365-day correlation window; rolls 5 business days before expiry (weekends-only
     * calendar), 4 per product.
     *
     * @return the settings
     */
    public static Settings defaults() {
      return new Settings(new RidgeRegression(1.0), 1260, 252, 0, 0, SmaCrossParams.es(50, 200),
          500, 365, new RollRule.Calendar(5, BusinessCalendar.weekendsOnly()), 4);
    }

    /**
     * A copy with another model.
     *
     * @param newModel the model
     * @return the settings
     */
    public Settings withModel(PredictiveModel newModel) {
      return new Settings(newModel, initialTrainRows, testRows, longAbove, shortBelow, smaCross,
          chartPoints, correlationDays, rollRule, upcomingRolls);
    }

    /**
     * A copy with other sma-cross parameters.
     *
     * @param params the parameters
     * @return the settings
     */
    public Settings withSmaCross(SmaCrossParams params) {
      return new Settings(model, initialTrainRows, testRows, longAbove, shortBelow, params,
          chartPoints, correlationDays, rollRule, upcomingRolls);
    }

    /**
     * A copy with another walk-forward scheme size.
     *
     * @param newInitialTrainRows rows in the first training window
     * @param newTestRows rows per test window
     * @return the settings
     */
    public Settings withWalkForward(int newInitialTrainRows, int newTestRows) {
      return new Settings(model, newInitialTrainRows, newTestRows, longAbove, shortBelow,
          smaCross, chartPoints, correlationDays, rollRule, upcomingRolls);
    }

    /**
     * A copy with another chart size.
     *
     * @param points the most points per chart series
     * @return the settings
     */
    public Settings withChartPoints(int points) {
      return new Settings(model, initialTrainRows, testRows, longAbove, shortBelow, smaCross,
          points, correlationDays, rollRule, upcomingRolls);
    }
  }

  /**
   * Creates the service.
   *
   * @param source where bars are read
   * @param store where reports and backtest runs are stored
   * @param notifier told when an analysis finishes
   * @param clock the clock for the reports' instants
   * @param ticker the ticker for step durations
   * @param settings the settings
   */
  public FuturesAnalysisService(BarSource source, FuturesStore store, FuturesNotifier notifier,
      Clock clock, Ticker ticker, Settings settings) {
    this.source = ArgChecker.notNull(source, "source");
    this.store = ArgChecker.notNull(store, "store");
    this.notifier = ArgChecker.notNull(notifier, "notifier");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.ticker = ArgChecker.notNull(ticker, "ticker");
    this.settings = ArgChecker.notNull(settings, "settings");
  }

  /**
   * The settings.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * Runs the comprehensive analysis of one instrument.
   *
   * @param instrument an id of the {@link BarSource}
   * @param listener told after each step (done, total = 6, the step's label)
   * @return the report; a failed step is in it, never thrown
   */
  public FuturesAnalysisReport analyze(String instrument, ProgressListener listener) {
    ArgChecker.notBlank(instrument, "instrument");
    ArgChecker.notNull(listener, "listener");
    String runId = UUID.randomUUID().toString();
    Instant started = clock.instant();
    Run run = new Run(listener);

    Optional<InstrumentBars> data = run.step(AnalysisStep.INGEST,
        () -> requireBars(source.load(instrument)));
    Optional<FeatureMatrix> features = run.step(AnalysisStep.FEATURES,
        () -> FeatureMatrix.of(data.orElseThrow().bars().series()));
    Optional<ModelRun> model = run.step(AnalysisStep.MODEL,
        () -> model(features.orElseThrow()));
    Optional<Signal[]> signals = run.step(AnalysisStep.SIGNALS,
        () -> signals(data.orElseThrow(), features.orElseThrow(), model.orElseThrow()));
    Optional<Backtests> backtest = run.step(AnalysisStep.BACKTEST,
        () -> backtests(data.orElseThrow(), signals.orElseThrow()[0]));
    Optional<AnalyticsSummary> analytics = run.step(AnalysisStep.REPORT,
        () -> report(runId, data.orElseThrow(), backtest.orElseThrow().smaCross()));

    BarSeries bars = data.map(d -> d.bars().series()).orElse(null);
    FuturesAnalysisReport report = new FuturesAnalysisReport(runId, instrument, started,
        clock.instant(), run.outcomes,
        data.map(FuturesAnalysisService::ingestSummary),
        features.map(f -> featureSummary(bars, f)),
        model.map(m -> modelSummary(m, features.orElseThrow())),
        signals.map(s -> signalSummary(s)),
        backtest.map(b -> backtestSummary(bars, b.smaCross())),
        backtest.flatMap(b -> b.model().map(m -> modelBacktestSummary(bars, m, b.modelParameters()))),
        analytics);
    try {
      store.saveAnalysis(report);
    } catch (RuntimeException e) {
      LOG.warn("analysis {} of {}: storing the report failed: {}", runId, instrument,
          e.getMessage());
    }
    try {
      notifier.analysisFinished(report);
    } catch (RuntimeException e) {
      LOG.warn("analysis {} of {}: the notifier failed: {}", runId, instrument, e.getMessage());
    }
    return report;
  }

  /**
   * Analyses several instruments in one run, one {@link #analyze} per instrument on the executor
   * (each with its own run id, stored and notified as usual). An instrument whose analysis has a
   * failed step is listed with that step's reason; the others are unaffected. The reports are in
   * the order asked for, whatever the executor.
   *
   * @param instruments ids of the {@link BarSource}
   * @param executor runs the analyses
   * @param listener told after each instrument (done, total, instrument), from worker threads
   * @return the batch report
   */
  public FuturesBatchReport analyzeAll(List<String> instruments, Executor executor,
      ProgressListener listener) {
    ArgChecker.notNull(instruments, "instruments");
    ArgChecker.notNull(executor, "executor");
    ArgChecker.notNull(listener, "listener");
    String runId = UUID.randomUUID().toString();
    Instant started = clock.instant();
    AtomicInteger done = new AtomicInteger();
    List<CompletableFuture<FuturesAnalysisReport>> futures = new ArrayList<>();
    for (String id : instruments) {
      futures.add(CompletableFuture.supplyAsync(() -> {
        FuturesAnalysisReport r = analyze(id, ProgressListener.NONE);
        listener.progress(done.incrementAndGet(), instruments.size(), id);
        return r;
      }, executor));
    }
    List<FuturesAnalysisReport> reports = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (CompletableFuture<FuturesAnalysisReport> f : futures) {
      FuturesAnalysisReport r = f.join();
      reports.add(r);
      r.steps().stream().filter(s -> s.status() == StepOutcome.Status.FAILED).findFirst()
          .ifPresent(s -> failures.add(new Failure(r.instrument(),
              s.step().label() + ": " + s.reason().orElseThrow())));
    }
    return new FuturesBatchReport(runId, started, clock.instant(), reports, failures);
  }

  /**
   * Market intelligence on a date: per instrument the volatility regime and trend state, the
   * correlation matrix of daily log returns over the settings' {@code correlationDays} calendar
   * days up to the date, and the next rolls of each futures product among the instruments
   * (settings' calendar rule). Instruments are loaded and measured on the executor; a failing
   * instrument is reported and left out of the matrix.
   *
   * @param instruments ids of the {@link BarSource}, at least one
   * @param asOf the date; each series' last bar on or before it is used
   * @param executor runs per-instrument work
   * @return the report
   */
  public MarketIntelligenceReport marketIntelligence(List<String> instruments, LocalDate asOf,
      Executor executor) {
    ArgChecker.notEmpty(instruments, "instruments");
    ArgChecker.notNull(asOf, "asOf");
    ArgChecker.notNull(executor, "executor");
    List<CompletableFuture<Measured>> futures = new ArrayList<>();
    for (String id : instruments) {
      futures.add(CompletableFuture.supplyAsync(() -> {
        InstrumentBars d = source.load(id);
        BarSeries s = d.bars().series();
        return new Measured(d, new MarketIntelligenceReport.InstrumentState(id,
            MarketIntelligence.volatilityRegime(s, asOf), MarketIntelligence.trendState(s, asOf)));
      }, executor));
    }
    List<MarketIntelligenceReport.InstrumentState> states = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Map<String, BarSeries> measured = new LinkedHashMap<>();
    Map<String, FuturesProduct> products = new LinkedHashMap<>();
    for (int i = 0; i < instruments.size(); i++) {
      try {
        Measured m = futures.get(i).join();
        states.add(m.state());
        measured.put(instruments.get(i), m.data().bars().series());
        m.data().product().ifPresent(p -> products.putIfAbsent(p.root(), p));
      } catch (CompletionException e) {
        failures.add(new Failure(instruments.get(i),
            reason(e.getCause())));
      }
    }
    Optional<CorrelationMatrix> correlation = Optional.empty();
    if (measured.size() >= 2) {
      try {
        correlation = Optional.of(MarketIntelligence.correlation(measured,
            asOf.minusDays(settings.correlationDays()), asOf));
      } catch (RuntimeException e) {
        failures.add(new Failure("correlation", reason(e)));
      }
    }
    return new MarketIntelligenceReport(asOf, states, failures, correlation,
        MarketIntelligence.upcomingRolls(List.copyOf(products.values()), asOf,
            settings.rollRule(), settings.upcomingRolls()));
  }

  private record Measured(InstrumentBars data, MarketIntelligenceReport.InstrumentState state) {
  }

  private static String reason(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Optimises the {@code sma-cross} strategy on one instrument: a sweep of the request's grid
   * over every bar ({@code Sweep}: the best by the objective, re-evaluated with the number of
   * trials so that its deflated Sharpe ratio is the DSR), and a walk-forward
   * ({@code WalkForwardOptimizer}: each fold's best in sample, run alone over the following test
   * window). The grid's base is the settings' {@code smaCross} with the instrument's multiplier
   * and tick. Both run their combinations on the caller's executor; the results do not depend on
   * it. The sweep's best is stored as a backtest run with {@code "selected_by": "sweep"}. A part
   * that throws is listed in the report's failures and the other part kept.
   *
   * @param instrument an id of the {@link BarSource}
   * @param request the grid, objective and folds
   * @param executor runs the combinations
   * @return the report
   */
  public OptimisationReport optimise(String instrument, OptimisationRequest request,
      Executor executor) {
    ArgChecker.notBlank(instrument, "instrument");
    ArgChecker.notNull(request, "request");
    ArgChecker.notNull(executor, "executor");
    String runId = UUID.randomUUID().toString();
    Instant started = clock.instant();
    List<Failure> failures = new ArrayList<>();
    Optional<OptimisationReport.SweepSummary> sweep = Optional.empty();
    Optional<OptimisationReport.WalkForwardSummary> walk = Optional.empty();
    InstrumentBars data = null;
    try {
      data = source.load(instrument);
    } catch (RuntimeException e) {
      failures.add(new Failure("ingest", reason(e)));
    }
    if (data != null) {
      BarSeries bars = data.bars().series();
      SmaCrossColumns columns = SmaCrossColumns.of(bars);
      SmaCrossGrid grid = new SmaCrossGrid(request.fast(), request.slow(), smaParams(data));
      try {
        SweepResult r = Sweep.run(columns, grid, request.objective(), executor);
        sweep = Optional.of(new OptimisationReport.SweepSummary(r.trials(), r.skipped(),
            r.trialSharpeVariance(), r.best().map(FuturesAnalysisService::candidate),
            r.deflatedSharpe()));
        if (r.best().isPresent()) {
          storeBest(runId, data, r);
        }
      } catch (RuntimeException e) {
        failures.add(new Failure("sweep", reason(e)));
      }
      try {
        WalkForwardResult r = WalkForwardOptimizer.run(columns, grid, request.scheme(),
            request.objective(), executor);
        List<OptimisationReport.Fold> folds = new ArrayList<>();
        for (WalkForwardFold f : r.folds()) {
          WalkForward.Split sp = f.split();
          folds.add(new OptimisationReport.Fold(bars.date(sp.trainStart()),
              bars.date(sp.trainEnd() - 1), bars.date(sp.testStart()), bars.date(sp.testEnd() - 1),
              f.trials(), candidate(f.inSample()), candidate(f.outOfSample())));
        }
        walk = Optional.of(new OptimisationReport.WalkForwardSummary(folds, r.skippedFolds(),
            r.meanInSampleSharpe(), r.meanOutOfSampleSharpe(), r.outOfSampleNetPnl()));
      } catch (RuntimeException e) {
        failures.add(new Failure("walk_forward", reason(e)));
      }
    }
    return new OptimisationReport(runId, instrument, started, clock.instant(), request, sweep,
        walk, failures);
  }

  private void storeBest(String runId, InstrumentBars data, SweepResult r) {
    SmaCrossSummary best = r.best().orElseThrow();
    BarSeries bars = data.bars().series();
    Map<String, Object> params = smaParameters(best.params());
    params.put("selected_by", "sweep");
    params.put("objective", r.objective().toString());
    params.put("trials", r.trials());
    try {
      store.saveBacktestRun(new BacktestRun(runId, SMA_CROSS,
          data.product().map(FuturesProduct::root).orElse(data.id()), bars.date(0),
          bars.date(bars.size() - 1), params, metricsMap(best.metrics()), clock.instant()));
    } catch (RuntimeException e) {
      LOG.warn("optimisation {} of {}: storing the best run failed: {}", runId, data.id(),
          e.getMessage());
    }
  }

  private static OptimisationReport.Candidate candidate(SmaCrossSummary s) {
    return new OptimisationReport.Candidate(s.params().fast(), s.params().slow(), s.netPnl(),
        s.metrics());
  }

  /** The steps of one analysis: outcomes so far, and the first failure that blocks the rest. */
  private final class Run {
    final List<StepOutcome> outcomes = new ArrayList<>();
    final ProgressListener listener;
    String blocked;

    Run(ProgressListener listener) {
      this.listener = listener;
    }

    <T> Optional<T> step(AnalysisStep step, Supplier<T> body) {
      Optional<T> result = Optional.empty();
      if (blocked != null) {
        outcomes.add(StepOutcome.skipped(step, blocked));
      } else {
        long t0 = ticker.read();
        try {
          result = Optional.of(body.get());
          outcomes.add(StepOutcome.succeeded(step, Duration.ofNanos(ticker.read() - t0)));
        } catch (RuntimeException e) {
          String why = reason(e);
          outcomes.add(StepOutcome.failed(step, Duration.ofNanos(ticker.read() - t0), why));
          blocked = "skipped: step " + step.label() + " failed: " + why;
        }
      }
      listener.progress(outcomes.size(), AnalysisStep.values().length, step.label());
      return result;
    }
  }

  /** The walk-forward experiment and the next-bar forecast. */
  private record ModelRun(WalkForwardExperiment.Result experiment, OptionalDouble forecast) {
  }

  private ModelRun model(FeatureMatrix f) {
    WalkForward scheme = WalkForward.anchored(settings.initialTrainRows(), settings.testRows(), 1,
        0);
    return new ModelRun(WalkForwardExperiment.run(settings.model(), f.x, f.y, scheme),
        nextBarForecast(f));
  }

  private OptionalDouble nextBarForecast(FeatureMatrix f) {
    int last = f.columns[0].length - 1;
    if (f.y.length == 0 || !FeatureMatrix.complete(f.columns, last)) {
      return OptionalDouble.empty();
    }
    PredictiveModel.Fitted fitted = settings.model().fit(f.x, f.y, 0, f.y.length);
    return OptionalDouble.of(fitted.predict(FeatureMatrix.row(f.columns, last)));
  }

  /** [0] the model signal, [1] the sma-cross signal. */
  private Signal[] signals(InstrumentBars data, FeatureMatrix f, ModelRun model) {
    int n = f.columns[0].length;
    double[] byBar = new double[n];
    Arrays.fill(byBar, Double.NaN);
    double[] p = model.experiment().predictions();
    for (int r = 0; r < f.rowBars.length; r++) {
      byBar[f.rowBars[r]] = p[r];
    }
    if (model.forecast().isPresent()) {
      byBar[n - 1] = model.forecast().getAsDouble();
    }
    Signal forecast = Signals.fromPredictions(byBar, settings.longAbove(), settings.shortBelow());
    double[] price = SmaCrossColumns.of(data.bars().series()).prices();
    SmaCrossParams sp = settings.smaCross();
    Signal cross = Signals.crossover(Indicators.sma(price, sp.fast()),
        Indicators.sma(price, sp.slow()));
    if (sp.mode() == SmaCrossParams.Mode.LONG_ONLY) {
      cross = cross.longOnly();
    }
    return new Signal[] {forecast, cross};
  }

  /** The backtest step's runs: sma-cross always, the model signal for a futures instrument. */
  private record Backtests(SmaCrossResult smaCross, Optional<BacktestResult> model,
      Map<String, Object> modelParameters) {
  }

  private Backtests backtests(InstrumentBars data, Signal model) {
    BarSeries bars = data.bars().series();
    SmaCrossParams sp = smaParams(data);
    SmaCrossResult smaCross = SmaCrossBacktest.run(bars, sp);
    if (data.product().isEmpty()) {
      return new Backtests(smaCross, Optional.empty(), Map.of());
    }
    ContractSpec contract = contractAtEnd(data.product().get(), bars);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("contract", contract.symbol());
    params.put("contracts", sp.contracts());
    params.put("long_above", settings.longAbove());
    params.put("short_below", settings.shortBelow());
    params.put("commission", sp.commission());
    params.put("slippage_ticks", sp.slippageTicks());
    params.put("capital", sp.capital());
    params.put("margin", "standard");
    params.put("fills", "next_bar_open");
    BacktestResult result = BacktestEngine.run(InstrumentSeries.of(contract, bars),
        new SignalStrategy(model.decisions(), sp.contracts()),
        ExecutionSimulator.Config.of(sp.capital(),
            CostModel.of(sp.slippageTicks(), sp.commission())), sp.barsPerYear());
    return new Backtests(smaCross, Optional.of(result), params);
  }

  /**
   * The contract a continuous file is traded as (rolls ignored): the first listed month whose
   * last trading day is on or after the last bar; only its multiplier, tick and margins matter.
   */
  private static ContractSpec contractAtEnd(FuturesProduct product, BarSeries bars) {
    LocalDate last = bars.date(bars.size() - 1);
    ContractMonth month = ContractMonth.of(last.getYear(), last.getMonthValue());
    if (!product.isListed(month)) {
      month = product.nextListed(month);
    }
    ContractSpec spec = product.contract(month);
    return spec.lastTradingDay().isBefore(last) ? product.contract(product.nextListed(month))
        : spec;
  }

  private static FuturesAnalysisReport.Backtest modelBacktestSummary(BarSeries bars,
      BacktestResult r, Map<String, Object> params) {
    return new FuturesAnalysisReport.Backtest(MODEL_SIGNAL, params, bars.date(0),
        bars.date(bars.size() - 1), r.fills().size(), r.metrics(), r.finalEquity());
  }

  private SmaCrossParams smaParams(InstrumentBars data) {
    SmaCrossParams t = settings.smaCross();
    double tick = data.product().map(FuturesProduct::tickSize).orElse(NON_FUTURES_TICK);
    return new SmaCrossParams(t.fast(), t.slow(), t.mode(), t.contracts(), data.multiplier(), tick,
        t.commission(), t.slippageTicks(), t.capital(), t.barsPerYear());
  }

  private AnalyticsSummary report(String runId, InstrumentBars data, SmaCrossResult result) {
    BarSeries bars = data.bars().series();
    AnalyticsSummary summary = AnalyticsSummary.of(dates(bars), result.equity(), result.metrics(),
        settings.chartPoints());
    SmaCrossParams p = result.summary().params();
    store.saveBacktestRun(new BacktestRun(runId, SMA_CROSS,
        data.product().map(FuturesProduct::root).orElse(data.id()), bars.date(0),
        bars.date(bars.size() - 1), smaParameters(p), metricsMap(result.metrics()),
        clock.instant(), summary.equity()));
    return summary;
  }

  static List<LocalDate> dates(BarSeries bars) {
    List<LocalDate> out = new ArrayList<>(bars.size());
    for (int i = 0; i < bars.size(); i++) {
      out.add(bars.date(i));
    }
    return out;
  }

  private static InstrumentBars requireBars(InstrumentBars d) {
    ValidationReport r = d.bars().report();
    ArgChecker.isTrue(d.bars().series().size() >= 2,
        "%s has %d bar(s) after validation (%d rows read, policy %s): an analysis needs at least 2",
        d.id(), d.bars().series().size(), r.rowsRead(), r.policy());
    return d;
  }

  private static FuturesAnalysisReport.Ingest ingestSummary(InstrumentBars d) {
    ValidationReport r = d.bars().report();
    BarSeries s = d.bars().series();
    List<String> first = r.issues().stream()
        .limit(FuturesAnalysisReport.Ingest.MAX_LISTED_ISSUES).map(BarIssue::message).toList();
    return new FuturesAnalysisReport.Ingest(d.product().map(FuturesProduct::root),
        d.multiplier(), r.policy(), r.rowsRead(), r.rowsKept(), r.issues().size(), first,
        s.date(0), s.date(s.size() - 1));
  }

  private static FuturesAnalysisReport.Features featureSummary(BarSeries bars, FeatureMatrix f) {
    int last = bars.size() - 1;
    Map<String, Double> latest = new LinkedHashMap<>();
    for (int k = 0; k < FeatureMatrix.NAMES.size(); k++) {
      latest.put(FeatureMatrix.NAMES.get(k), f.columns[k][last]);
    }
    Optional<VolatilityRegime> regime;
    try {
      regime = Optional.of(MarketIntelligence.regimeAt(bars, f.realisedVolatility, last));
    } catch (IllegalArgumentException tooShort) {
      regime = Optional.empty();
    }
    Optional<TrendState> trend;
    try {
      trend = Optional.of(MarketIntelligence.trendAt(bars, f.adx,
          Indicators.sma(bars.closes(), MarketIntelligence.TREND_SMA), last));
    } catch (IllegalArgumentException tooShort) {
      trend = Optional.empty();
    }
    return new FuturesAnalysisReport.Features(FeatureMatrix.NAMES, f.y.length, latest, regime,
        trend);
  }

  private static FuturesAnalysisReport.Model modelSummary(ModelRun m, FeatureMatrix f) {
    WalkForwardExperiment.Result e = m.experiment();
    Map<String, Object> params = new LinkedHashMap<>(e.parameters());
    params.put("target", "next_bar_log_return");
    params.put("features", FeatureMatrix.NAMES);
    params.put("rows", f.y.length);
    return new FuturesAnalysisReport.Model(e.modelName(), params, e.metrics(),
        e.deploymentReady(), e.folds(), e.outOfSample(), m.forecast());
  }

  private static FuturesAnalysisReport.Signals signalSummary(Signal[] s) {
    return new FuturesAnalysisReport.Signals(List.of(
        stats("model", "sign of the model's out-of-sample forecast of the next bar's log return",
            s[0]),
        stats("sma_cross", "fast SMA above (long) or below (short) the slow SMA", s[1])));
  }

  private static FuturesAnalysisReport.SignalStats stats(String name, String description,
      Signal s) {
    int[] d = s.decisions();
    int longs = 0;
    int shorts = 0;
    int changes = 0;
    for (int i = 0; i < d.length; i++) {
      longs += d[i] > 0 ? 1 : 0;
      shorts += d[i] < 0 ? 1 : 0;
      changes += i > 0 && d[i] != d[i - 1] ? 1 : 0;
    }
    double n = Math.max(1, d.length);
    return new FuturesAnalysisReport.SignalStats(name, description,
        d.length == 0 ? 0 : d[d.length - 1], longs / n, shorts / n,
        d.length == 0 ? 0 : (d.length - longs - shorts) / n, changes);
  }

  private static FuturesAnalysisReport.Backtest backtestSummary(BarSeries bars,
      SmaCrossResult r) {
    double[] equity = r.equity();
    return new FuturesAnalysisReport.Backtest(SMA_CROSS, smaParameters(r.summary().params()),
        bars.date(0), bars.date(bars.size() - 1), r.summary().fills(), r.metrics(),
        equity[equity.length - 1]);
  }

  static Map<String, Object> smaParameters(SmaCrossParams p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fast", p.fast());
    m.put("slow", p.slow());
    m.put("mode", p.mode().toString());
    m.put("contracts", p.contracts());
    m.put("multiplier", p.multiplier());
    m.put("tick_size", p.tickSize());
    m.put("commission", p.commission());
    m.put("slippage_ticks", p.slippageTicks());
    m.put("capital", p.capital());
    m.put("bars_per_year", p.barsPerYear());
    return m;
  }

  static Map<String, Object> metricsMap(PerformanceMetrics.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("bars", r.bars());
    m.put("total_return", r.totalReturn());
    m.put("cagr", r.cagr());
    m.put("annual_volatility", r.annualVolatility());
    m.put("sharpe", r.sharpe());
    m.put("sortino", r.sortino());
    m.put("calmar", r.calmar());
    m.put("max_drawdown", r.maxDrawdown());
    m.put("max_drawdown_pct", r.maxDrawdownPct());
    m.put("max_drawdown_bars", r.maxDrawdownBars());
    m.put("trades", r.trades());
    m.put("win_rate", r.winRate());
    m.put("profit_factor", r.profitFactor());
    m.put("expectancy", r.expectancy());
    m.put("exposure", r.exposure());
    m.put("turnover", r.turnover());
    m.put("fees", r.fees());
    m.put("probabilistic_sharpe", r.probabilisticSharpe());
    m.put("deflated_sharpe", r.deflatedSharpe());
    return m;
  }
}
