package dev.quantsdk.rest;

import static dev.quantsdk.rest.RouteSupport.CURSOR;
import static dev.quantsdk.rest.RouteSupport.cursor;
import static dev.quantsdk.rest.RouteSupport.integer;
import static dev.quantsdk.rest.RouteSupport.number;
import static dev.quantsdk.rest.RouteSupport.reply;
import static dev.quantsdk.rest.RouteSupport.requiredText;
import static dev.quantsdk.rest.RouteSupport.shortText;
import static dev.quantsdk.rest.RouteSupport.text;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.BacktestRun;
import dev.quantsdk.orchestration.futures.BarSource;
import dev.quantsdk.orchestration.futures.ChartPoint;
import dev.quantsdk.orchestration.futures.EquityCurves;
import dev.quantsdk.orchestration.futures.FuturesAnalysisService;
import dev.quantsdk.orchestration.futures.FuturesStore;
import dev.quantsdk.orchestration.futures.InstrumentBars;
import dev.quantsdk.rest.Route.Reply;
import dev.quantsdk.rest.dto.BacktestRequest;
import dev.quantsdk.rest.dto.BacktestRunDto;
import dev.quantsdk.rest.dto.BacktestRunPage;
import dev.quantsdk.rest.dto.EquityCurveDto;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The backtest routes under {@code /api/v1/futurequant/backtests}: stored runs (list, one run,
 * its equity curve and drawdown) read through the {@link FuturesStore} port, and running an
 * {@code sma-cross} backtest on an instrument of the {@link BarSource} port, stored with its
 * downsampled equity curve. A route whose port is not configured answers 503. Immutable and
 * thread-safe.
 */
final class BacktestRoutes {

  /** The strategy these routes run. */
  static final String SMA_CROSS = FuturesAnalysisService.SMA_CROSS;
  /** The most points of a stored equity curve, as the analysis facade stores them. */
  static final int CHART_POINTS = 500;
  /** The longest SMA window accepted, bars (about 20 years of daily bars). */
  static final int MAX_WINDOW = 5_000;
  /** The most runs a page reads from the store while skipping to its cursor. */
  static final int MAX_SCAN = 100_000;

  private static final Parameter STRATEGY = Parameter.text("strategy",
      "The strategy whose runs are listed (default sma-cross).");
  private static final Parameter LIMIT = Parameter.integer("limit", 1, QuantApi.MAX_LIMIT, 20,
      "Maximum number of runs on the page.");
  private static final Parameter RUN_ID = Parameter.uuidPath("id", "The backtest run's id.");
  private static final Set<String> BODY_FIELDS = Set.of("instrument", "strategy", "fast", "slow",
      "mode", "contracts", "commission", "slippage_ticks", "capital");
  private static final String EXAMPLE = "{\"instrument\": \"ES1\", \"strategy\": \"sma-cross\", "
      + "\"fast\": 10, \"slow\": 50}";
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

  private final Optional<FuturesStore> store;
  private final Optional<BarSource> bars;
  private final Clock clock;

  BacktestRoutes(Optional<FuturesStore> store, Optional<BarSource> bars, Clock clock) {
    this.store = ArgChecker.notNull(store, "store");
    this.bars = ArgChecker.notNull(bars, "bars");
    this.clock = ArgChecker.notNull(clock, "clock");
  }

  /** The routes, in documentation order. */
  List<Route> routes() {
    return List.of(
        Route.builder("GET", "/api/v1/futurequant/backtests")
            .doc("backtestRuns", "futurequant", "Stored backtest runs, newest first",
                "Backtest runs of one strategy from the configured futures store, newest first "
                    + "(ties by id), with their parameters and metrics. 503 without a futures "
                    + "store.")
            .parameters(STRATEGY, LIMIT, CURSOR).response(BacktestRunPage.class)
            .errors(400, 503).handler(this::list),
        Route.builder("POST", "/api/v1/futurequant/backtests")
            .doc("runBacktest", "futurequant", "Run and store a backtest",
                "Runs the sma-cross strategy on the instrument's validated daily bars from the "
                    + "configured bar source (fills at the next bar's open; the contract "
                    + "multiplier and tick from the instrument's futures product, else 1 and "
                    + "0.01), stores the run with its equity curve downsampled to at most "
                    + CHART_POINTS + " points through the futures store, and answers 201 with "
                    + "the run (metrics include fills, round_trips, net_pnl and final_equity) "
                    + "and a Location header. Windows are at most " + MAX_WINDOW + " bars. 400 "
                    + "for an unknown instrument or field, 422 when the instrument's bars "
                    + "cannot carry the windows, 503 without a bar source or futures store.")
            .requiredBody(BacktestRequest.class).response(BacktestRunDto.class).created()
            .errors(400, 413, 415, 422, 503).handler(this::run),
        Route.builder("GET", "/api/v1/futurequant/backtests/{id}")
            .doc("backtestRun", "futurequant", "One stored backtest run",
                "The run's strategy, root, period, parameters and metrics. 404 if the futures "
                    + "store has no run with this id, 503 without a futures store.")
            .parameters(RUN_ID).response(BacktestRunDto.class).errors(400, 404, 503)
            .handler(call -> Reply.of(dto(find(call)))),
        Route.builder("GET", "/api/v1/futurequant/backtests/{id}/equity")
            .doc("backtestEquity", "futurequant", "A backtest run's equity curve and drawdown",
                "The run's stored (downsampled) equity curve in USD and, at each of its points, "
                    + "the drawdown: equity over its running peak minus one. Empty when the run "
                    + "kept no curve. 404 if no run has this id, 503 without a futures store.")
            .parameters(RUN_ID).response(EquityCurveDto.class).errors(400, 404, 503)
            .handler(this::equity));
  }

  private FuturesStore store() {
    return store.orElseThrow(() -> ApiException.unavailable("no futures store is configured: "
        + "build the API with QuantApi.builder(...).futuresStore(...)"));
  }

  private BarSource bars() {
    return bars.orElseThrow(() -> ApiException.unavailable("no bar source is configured: "
        + "build the API with QuantApi.builder(...).barSource(...)"));
  }

  private BacktestRun find(Call call) {
    UUID id = RUN_ID.uuidValue(call);
    return store().backtestRun(id.toString()).orElseThrow(() ->
        ApiException.notFound("no backtest run with id " + id));
  }

  private Reply list(Call call) {
    String strategy = shortText(STRATEGY, call, 100).orElse(SMA_CROSS);
    int limit = LIMIT.intValue(call);
    Optional<PageCursor> after = cursor(call, "backtests");
    FuturesStore s = store();
    // the port pages by count only: read more runs until the page after the cursor is full
    Comparator<BacktestRun> newestFirst = Comparator.comparing(BacktestRun::createdAt).reversed()
        .thenComparing(BacktestRun::id);
    List<BacktestRun> page;
    boolean more;
    int want = limit + 1;
    while (true) {
      List<BacktestRun> runs = new ArrayList<>(s.backtestRuns(strategy, want));
      runs.sort(newestFirst);
      List<BacktestRun> after2 = after.isEmpty() ? runs : runs.stream()
          .filter(r -> isAfter(r, after.get())).toList();
      boolean exhausted = runs.size() < want;
      if (after2.size() > limit || exhausted || want >= MAX_SCAN) {
        more = after2.size() > limit;
        page = after2.subList(0, Math.min(limit, after2.size()));
        break;
      }
      want = Math.min(MAX_SCAN, want * 4);
    }
    List<BacktestRunDto> items = page.stream().map(BacktestRoutes::dto).toList();
    ApiQueries.Rows<BacktestRun> rows = new ApiQueries.Rows<>(page, more);
    Optional<String> next = RouteSupport.next(call, rows, r -> new PageCursor("backtests", 0.0,
        r.createdAt(), UUID.fromString(r.id())));
    return reply(new BacktestRunPage(strategy, items, next), next);
  }

  /** Whether a run comes after the cursor in newest-first order (ties by id). */
  private static boolean isAfter(BacktestRun r, PageCursor c) {
    int byTime = c.time().compareTo(r.createdAt());
    return byTime > 0 || byTime == 0 && r.id().compareTo(c.id().toString()) > 0;
  }

  private Reply equity(Call call) {
    BacktestRun run = find(call);
    List<ChartPoint> curve = run.equity();
    double[] values = curve.stream().mapToDouble(ChartPoint::value).toArray();
    List<ChartPoint> drawdown = new ArrayList<>();
    boolean positive = curve.stream().allMatch(p -> p.value() > 0
        && Double.isFinite(p.value()));
    if (positive) {
      double[] dd = EquityCurves.drawdown(values);
      for (int i = 0; i < dd.length; i++) {
        drawdown.add(new ChartPoint(curve.get(i).date(), dd[i]));
      }
    }
    return Reply.of(new EquityCurveDto(run.id(), curve, drawdown));
  }

  private Reply run(Call call) {
    BarSource source = bars();
    FuturesStore s = store();
    ObjectNode body = RouteSupport.requiredJsonObject(call.request(), BODY_FIELDS, EXAMPLE);
    String instrument = requiredText(body, "instrument", 40);
    String strategy = text(body, "strategy", 100).orElse(SMA_CROSS);
    if (!strategy.equals(SMA_CROSS)) {
      throw ApiException.badRequest("strategy", "strategy must be " + SMA_CROSS + " but was '"
          + strategy + "'");
    }
    int fast = integer(body, "fast", 1, MAX_WINDOW).orElseThrow(() ->
        ApiException.badRequest("fast", "fast is required"));
    int slow = integer(body, "slow", 1, MAX_WINDOW).orElseThrow(() ->
        ApiException.badRequest("slow", "slow is required"));
    if (fast >= slow) {
      throw ApiException.badRequest("slow", String.format(Locale.ROOT,
          "slow (%d) must be longer than fast (%d)", slow, fast));
    }
    SmaCrossParams.Mode mode;
    try {
      mode = text(body, "mode", 20).map(SmaCrossParams.Mode::parse)
          .orElse(SmaCrossParams.Mode.LONG_SHORT);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("mode", e.getMessage());
    }
    int contracts = integer(body, "contracts", 1, 10_000).orElse(1);
    double commission = number(body, "commission", 0, 10_000).orElse(0.0);
    int slippage = integer(body, "slippage_ticks", 0, 1_000).orElse(0);
    double capital = number(body, "capital", 1, 1e12).orElse(SmaCrossParams.DEFAULT_CAPITAL);
    InstrumentBars data = load(source, instrument);
    BarSeries series = data.bars().series();
    double tick = data.product().map(FuturesProduct::tickSize)
        .orElse(FuturesAnalysisService.NON_FUTURES_TICK);
    SmaCrossParams params = new SmaCrossParams(fast, slow, mode, contracts, data.multiplier(),
        tick, commission, slippage, capital, SmaCrossParams.DAILY_BARS_PER_YEAR);
    if (series.size() <= slow) {
      throw new ApiException(422, "unprocessable", String.format(Locale.ROOT,
          "%s has %d bars: the slow window %d needs more", instrument, series.size(), slow),
          Optional.of("slow"));
    }
    SmaCrossResult result = SmaCrossBacktest.run(series, params);
    BacktestRun run = storedRun(instrument, data, series, result);
    s.saveBacktestRun(run);
    return new Reply(dto(run), Map.of("Location", "/api/v1/futurequant/backtests/" + run.id()));
  }

  static InstrumentBars load(BarSource source, String instrument) {
    if (!source.instruments().contains(instrument)) {
      throw ApiException.badRequest("instrument", "no instrument '" + instrument
          + "' in the bar source; it has " + source.instruments());
    }
    try {
      return source.load(instrument);
    } catch (IllegalArgumentException e) {
      throw new ApiException(422, "unprocessable", instrument + ": " + e.getMessage(),
          Optional.of("instrument"));
    }
  }

  private BacktestRun storedRun(String instrument, InstrumentBars data, BarSeries series,
      SmaCrossResult result) {
    SmaCrossSummary summary = result.summary();
    SmaCrossParams p = summary.params();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("instrument", instrument);
    parameters.put("fast", p.fast());
    parameters.put("slow", p.slow());
    parameters.put("mode", p.mode().toString());
    parameters.put("contracts", p.contracts());
    parameters.put("multiplier", p.multiplier());
    parameters.put("tick_size", p.tickSize());
    parameters.put("commission", p.commission());
    parameters.put("slippage_ticks", p.slippageTicks());
    parameters.put("capital", p.capital());
    parameters.put("bars_per_year", p.barsPerYear());
    Map<String, Object> metrics = new LinkedHashMap<>(
        RestJson.mapper().convertValue(summary.metrics(), MAP));
    metrics.put("fills", summary.fills());
    metrics.put("round_trips", summary.roundTrips());
    metrics.put("gross_pnl", summary.grossPnl());
    metrics.put("net_pnl", summary.netPnl());
    metrics.put("final_equity", summary.finalEquity());
    List<LocalDate> dates = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      dates.add(series.date(i));
    }
    List<ChartPoint> curve = EquityCurves.downsample(dates, result.equity(), CHART_POINTS);
    return new BacktestRun(UUID.randomUUID().toString(), SMA_CROSS,
        data.product().map(FuturesProduct::root).orElse(instrument), series.date(0),
        series.date(series.size() - 1), parameters, metrics, clock.instant(), curve);
  }

  static BacktestRunDto dto(BacktestRun r) {
    return new BacktestRunDto(r.id(), r.strategy(), r.rootSymbol(), r.periodStart(),
        r.periodEnd(), RestJson.finiteTree(r.parameters()), RestJson.finiteTree(r.metrics()),
        r.createdAt(), r.equity().size());
  }
}
