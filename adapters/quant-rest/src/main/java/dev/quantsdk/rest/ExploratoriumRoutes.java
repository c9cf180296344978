package dev.quantsdk.rest;

import static dev.quantsdk.rest.RouteSupport.integer;
import static dev.quantsdk.rest.RouteSupport.requiredText;
import static dev.quantsdk.rest.RouteSupport.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.model.WalkForward;
import dev.quantsdk.futures.optimize.Objective;
import dev.quantsdk.futures.optimize.ParameterRange;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.discovery.ProgressListener;
import dev.quantsdk.orchestration.futures.BarSource;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.orchestration.futures.FuturesAnalysisService;
import dev.quantsdk.orchestration.futures.FuturesStore;
import dev.quantsdk.orchestration.futures.MarketIntelligenceReport;
import dev.quantsdk.orchestration.futures.OptimisationReport;
import dev.quantsdk.orchestration.futures.OptimisationRequest;
import dev.quantsdk.rest.Route.Reply;
import dev.quantsdk.rest.dto.AnalysisRequest;
import dev.quantsdk.rest.dto.DashboardSummaryDto;
import dev.quantsdk.rest.dto.InstrumentSummaryDto;
import dev.quantsdk.rest.dto.OptimiseRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The futures platform's routes under {@code /api/v1/futureexploratorium}: run a comprehensive
 * analysis and read the latest one (core), the dashboard summary, market analytics across
 * instruments, and strategy optimisation. They run the {@link FuturesAnalysisService} over the
 * configured {@link BarSource} and {@link FuturesStore} synchronously on the request's thread
 * (never fanning out, so one request occupies at most one core), with bounded work: at most
 * {@value #MAX_INSTRUMENTS} instruments, {@value #MAX_COMBINATIONS} window pairs and
 * {@value #MAX_FOLD_RUNS} pair-folds per request. Immutable and thread-safe.
 */
final class ExploratoriumRoutes {

  /** The most instruments of one analytics request. */
  static final int MAX_INSTRUMENTS = 10;
  /** The most (fast, slow) window pairs of one optimisation. */
  static final int MAX_COMBINATIONS = 400;
  /** The most window pairs times walk-forward folds of one optimisation. */
  static final int MAX_FOLD_RUNS = 4_000;
  /** The longest SMA window of an optimisation, bars. */
  static final int MAX_WINDOW = BacktestRoutes.MAX_WINDOW;
  /** Recent job runs on the dashboard. */
  static final int RECENT_JOBS = 10;

  private static final Executor ON_CALLER = Runnable::run;
  private static final Parameter INSTRUMENT = Parameter.text("instrument",
      "The instrument id of the configured bar source, such as ES1. Required.");
  private static final Parameter INSTRUMENTS = Parameter.text("instruments",
      "Comma-separated instrument ids of the bar source, at most " + MAX_INSTRUMENTS
          + " (default: all of them).");
  private static final Parameter AS_OF = Parameter.date("as_of",
      "The date measured (default: the earliest last bar among the instruments, so every "
          + "series has data).");
  private static final Set<String> ANALYSIS_FIELDS = Set.of("instrument");
  private static final Set<String> OPTIMISE_FIELDS = Set.of("instrument", "fast", "slow",
      "objective", "walk_forward");
  private static final String OPTIMISE_EXAMPLE = "{\"instrument\": \"ES1\", \"fast\": {\"start\": "
      + "5, \"end\": 50, \"step\": 5}, \"slow\": {\"start\": 50, \"end\": 200, \"step\": 25}}";

  private final Optional<FuturesAnalysisService> service;
  private final Optional<FuturesStore> store;
  private final Optional<BarSource> bars;
  private final ApiQueries queries;

  ExploratoriumRoutes(Optional<FuturesAnalysisService> service, Optional<FuturesStore> store,
      Optional<BarSource> bars, ApiQueries queries) {
    this.service = ArgChecker.notNull(service, "service");
    this.store = ArgChecker.notNull(store, "store");
    this.bars = ArgChecker.notNull(bars, "bars");
    this.queries = ArgChecker.notNull(queries, "queries");
  }

  /** The routes, in documentation order. */
  List<Route> routes() {
    return List.of(
        Route.builder("POST", "/api/v1/futureexploratorium/core/analyses")
            .doc("runAnalysis", "futureexploratorium", "Run a comprehensive analysis",
                "Runs the futures facade's comprehensive analysis of one instrument (ingest, "
                    + "features, walk-forward model, signals, backtests, dashboard analytics) "
                    + "synchronously, stores the report and its sma-cross run through the "
                    + "futures store, and answers 201 with the report. A failed step is in the "
                    + "report (its reason, later steps skipped), not an error. 400 for an "
                    + "unknown instrument, 503 without a bar source or futures store.")
            .requiredBody(AnalysisRequest.class).response(FuturesAnalysisReport.class).created()
            .errors(400, 413, 415, 503).handler(this::analyse),
        Route.builder("GET", "/api/v1/futureexploratorium/core/analyses/latest")
            .doc("latestAnalysis", "futureexploratorium", "An instrument's latest analysis",
                "The most recently started stored analysis report of the instrument. 404 if "
                    + "none is stored, 503 without a futures store.")
            .parameters(INSTRUMENT).response(FuturesAnalysisReport.class).errors(400, 404, 503)
            .handler(this::latest),
        Route.builder("GET", "/api/v1/futureexploratorium/dashboard/summary")
            .doc("dashboardSummary", "futureexploratorium", "The futures dashboard",
                "Per instrument of the bar source, its latest stored analysis with the "
                    + "backtest's metrics, equity curve and drawdown (null before the first "
                    + "analysis); and the " + RECENT_JOBS + " most recent job runs with the "
                    + "summary over all runs. 503 without a bar source or futures store.")
            .response(DashboardSummaryDto.class).errors(503).handler(this::summary),
        Route.builder("GET", "/api/v1/futureexploratorium/analytics")
            .doc("marketAnalytics", "futureexploratorium", "Market intelligence",
                "Per instrument its volatility regime and trend state on as_of, the correlation "
                    + "matrix of their daily log returns over the year to as_of, and the next "
                    + "rolls of their futures products. An instrument that fails is listed in "
                    + "failures. 400 for an unknown instrument or more than " + MAX_INSTRUMENTS
                    + ", 503 without a bar source.")
            .parameters(INSTRUMENTS, AS_OF).response(MarketIntelligenceReport.class)
            .errors(400, 503).handler(this::analytics),
        Route.builder("POST", "/api/v1/futureexploratorium/strategy/optimise")
            .doc("optimiseStrategy", "futureexploratorium", "Optimise the sma-cross strategy",
                "Sweeps the sma-cross fast and slow windows over every bar (the best by the "
                    + "objective with its deflated Sharpe ratio over all trials, stored as a "
                    + "backtest run) and runs the walk-forward (each fold's best in sample run "
                    + "alone on the following test window). Bounded: at most "
                    + MAX_COMBINATIONS + " (fast, slow) pairs, windows up to " + MAX_WINDOW
                    + " bars, and pairs x folds at most " + MAX_FOLD_RUNS + "; a larger grid "
                    + "is a 400 naming the field. 503 without a bar source or futures store.")
            .requiredBody(OptimiseRequest.class).response(OptimisationReport.class)
            .errors(400, 413, 415, 422, 503).handler(this::optimise));
  }

  private FuturesAnalysisService service() {
    return service.orElseThrow(() -> ApiException.unavailable("no futures analysis is "
        + "configured: build the API with QuantApi.builder(...).barSource(...).futuresStore(...)"));
  }

  private FuturesStore store() {
    return store.orElseThrow(() -> ApiException.unavailable("no futures store is configured: "
        + "build the API with QuantApi.builder(...).futuresStore(...)"));
  }

  private BarSource bars() {
    return bars.orElseThrow(() -> ApiException.unavailable("no bar source is configured: "
        + "build the API with QuantApi.builder(...).barSource(...)"));
  }

  private static void known(BarSource source, String field, String instrument) {
    if (!source.instruments().contains(instrument)) {
      throw ApiException.badRequest(field, "no instrument '" + instrument
          + "' in the bar source; it has " + source.instruments());
    }
  }

  private Reply analyse(Call call) {
    FuturesAnalysisService s = service();
    ObjectNode body = RouteSupport.requiredJsonObject(call.request(), ANALYSIS_FIELDS,
        "{\"instrument\": \"ES1\"}");
    String instrument = requiredText(body, "instrument", 40);
    known(bars(), "instrument", instrument);
    FuturesAnalysisReport report = s.analyze(instrument, ProgressListener.NONE);
    return new Reply(RestJson.finiteTree(report), Map.of("Location",
        "/api/v1/futureexploratorium/core/analyses/latest?instrument=" + instrument));
  }

  private Reply latest(Call call) {
    FuturesStore s = store();
    String instrument = RouteSupport.shortText(INSTRUMENT, call, 40).orElseThrow(() ->
        ApiException.badRequest("instrument", "instrument is required"));
    FuturesAnalysisReport report = s.latestAnalysis(instrument).orElseThrow(() ->
        ApiException.notFound("no analysis of " + instrument + " is stored; POST "
            + "/api/v1/futureexploratorium/core/analyses runs one"));
    return Reply.of(RestJson.finiteTree(report));
  }

  private Reply summary(Call call) {
    BarSource source = bars();
    FuturesStore s = store();
    List<InstrumentSummaryDto> items = new ArrayList<>();
    for (String instrument : source.instruments()) {
      Optional<FuturesAnalysisReport> r = s.latestAnalysis(instrument);
      items.add(new InstrumentSummaryDto(instrument, r.map(FuturesAnalysisReport::runId),
          r.map(FuturesAnalysisReport::finishedAt), r.map(FuturesAnalysisReport::succeeded),
          r.flatMap(FuturesAnalysisReport::analytics)));
    }
    return Reply.of(RestJson.finiteTree(new DashboardSummaryDto(items,
        queries.jobsSummary(Optional.empty()),
        queries.jobRuns(Optional.empty(), RECENT_JOBS, Optional.empty()).items())));
  }

  private Reply analytics(Call call) {
    FuturesAnalysisService s = service();
    BarSource source = bars();
    List<String> asked = RouteSupport.commaList(INSTRUMENTS, call, MAX_INSTRUMENTS, 40);
    List<String> instruments = asked.isEmpty() ? source.instruments().subList(0,
        Math.min(MAX_INSTRUMENTS, source.instruments().size())) : asked;
    if (instruments.isEmpty()) {
      throw ApiException.badRequest("instruments", "the bar source has no instrument");
    }
    for (String i : instruments) {
      known(source, "instruments", i);
    }
    Optional<LocalDate> asOf = AS_OF.dateValue(call);
    LocalDate date = asOf.orElseGet(() -> earliestLastBar(source, instruments));
    return Reply.of(RestJson.finiteTree(s.marketIntelligence(instruments, date, ON_CALLER)));
  }

  /** The earliest last-bar date among the instruments that load. */
  private static LocalDate earliestLastBar(BarSource source, List<String> instruments) {
    LocalDate out = null;
    for (String i : instruments) {
      try {
        BarSeries series = source.load(i).bars().series();
        if (series.size() > 0) {
          LocalDate last = series.date(series.size() - 1);
          out = out == null || last.isBefore(out) ? last : out;
        }
      } catch (IllegalArgumentException e) {
        // reported by the analysis itself as a failure of that instrument
      }
    }
    if (out == null) {
      throw new ApiException(422, "unprocessable", "none of " + instruments + " has bars; pass "
          + "as_of", Optional.of("instruments"));
    }
    return out;
  }

  private Reply optimise(Call call) {
    FuturesAnalysisService s = service();
    BarSource source = bars();
    ObjectNode body = RouteSupport.requiredJsonObject(call.request(), OPTIMISE_FIELDS,
        OPTIMISE_EXAMPLE);
    String instrument = requiredText(body, "instrument", 40);
    ParameterRange fast = range(body, "fast");
    ParameterRange slow = range(body, "slow");
    Objective objective = objective(body);
    WalkForward scheme = folds(body);
    long pairs = (long) count(fast) * count(slow);
    if (pairs > MAX_COMBINATIONS) {
      throw ApiException.badRequest("fast", String.format(Locale.ROOT,
          "the grid has %d (fast, slow) pairs (%d fast x %d slow windows); at most %d are "
              + "allowed: widen the steps or narrow the ranges", pairs, count(fast), count(slow),
          MAX_COMBINATIONS));
    }
    known(source, "instrument", instrument);
    int n = source.load(instrument).bars().series().size();
    // test windows after the first training window, the last one possibly partial
    long rest = Math.max(0, n - scheme.trainSize() - scheme.purge());
    long folds = (rest + scheme.testSize() - 1) / scheme.testSize();
    if (pairs * folds > MAX_FOLD_RUNS) {
      throw ApiException.badRequest("walk_forward", String.format(Locale.ROOT,
          "%d pairs x %d folds over %d bars = %d runs; at most %d are allowed: lengthen "
              + "walk_forward.test or shrink the grid", pairs, folds, n, pairs * folds,
          MAX_FOLD_RUNS));
    }
    OptimisationReport report = s.optimise(instrument,
        new OptimisationRequest(fast, slow, objective, scheme), ON_CALLER);
    return Reply.of(RestJson.finiteTree(report));
  }

  private static int count(ParameterRange r) {
    return (r.end() - r.start()) / r.step() + 1;
  }

  private static ParameterRange range(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    String example = "{\"start\": 5, \"end\": 50, \"step\": 5}";
    if (node == null || node.isNull()) {
      throw ApiException.badRequest(field, field + " is required, such as " + example);
    }
    if (!(node instanceof ObjectNode range)) {
      throw ApiException.badRequest(field, field + " must be an object such as " + example);
    }
    onlyFields(range, field, Set.of("start", "end", "step"));
    int start = integer(range, "start", 1, MAX_WINDOW).orElseThrow(() ->
        ApiException.badRequest(field + ".start", field + ".start is required"));
    int end = integer(range, "end", 1, MAX_WINDOW).orElseThrow(() ->
        ApiException.badRequest(field + ".end", field + ".end is required"));
    int step = integer(range, "step", 1, MAX_WINDOW).orElse(1);
    if (end < start) {
      throw ApiException.badRequest(field + ".end", String.format(Locale.ROOT,
          "%s.end (%d) must be >= %s.start (%d)", field, end, field, start));
    }
    return new ParameterRange(start, end, step);
  }

  private static Objective objective(ObjectNode body) {
    Optional<String> text = text(body, "objective", 40);
    if (text.isEmpty()) {
      return Objective.SHARPE;
    }
    String norm = text.get().trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Objective o : Objective.values()) {
      if (o.name().equals(norm)) {
        return o;
      }
    }
    throw ApiException.badRequest("objective", "objective must be one of sharpe, sortino, "
        + "net_pnl, cagr, calmar, profit_factor but was '" + text.get() + "'");
  }

  private static WalkForward folds(ObjectNode body) {
    JsonNode node = body.get("walk_forward");
    if (node == null || node.isNull()) {
      return WalkForward.rolling(1260, 252, 0, 0);
    }
    if (!(node instanceof ObjectNode folds)) {
      throw ApiException.badRequest("walk_forward", "walk_forward must be an object such as "
          + "{\"train\": 1260, \"test\": 252}");
    }
    onlyFields(folds, "walk_forward", Set.of("train", "test", "anchored"));
    int train = integer(folds, "train", 2, 100_000).orElse(1260);
    int test = integer(folds, "test", 2, 100_000).orElse(252);
    JsonNode anchored = folds.get("anchored");
    if (anchored != null && !anchored.isNull() && !anchored.isBoolean()) {
      throw ApiException.badRequest("walk_forward.anchored",
          "walk_forward.anchored must be true or false");
    }
    return anchored != null && anchored.asBoolean() ? WalkForward.anchored(train, test, 0, 0)
        : WalkForward.rolling(train, test, 0, 0);
  }

  private static void onlyFields(ObjectNode node, String field, Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw ApiException.badRequest(field + "." + name, "unknown field " + field + "."
            + name + "; it accepts only " + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }
}
