package dev.quantsdk.rest;

import static dev.quantsdk.rest.RouteSupport.CURSOR;
import static dev.quantsdk.rest.RouteSupport.LIST_LIMIT;
import static dev.quantsdk.rest.RouteSupport.cursor;
import static dev.quantsdk.rest.RouteSupport.next;
import static dev.quantsdk.rest.RouteSupport.reply;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.indicator.BollingerBands;
import dev.quantsdk.futures.indicator.Indicators;
import dev.quantsdk.futures.indicator.Macd;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.BarSource;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.orchestration.futures.FuturesStore;
import dev.quantsdk.rest.Route.Reply;
import dev.quantsdk.rest.dto.FeaturePage;
import dev.quantsdk.rest.dto.FeatureRowDto;
import dev.quantsdk.rest.dto.ModelExperimentDto;
import dev.quantsdk.rest.dto.ModelExperimentPage;
import dev.quantsdk.rest.dto.SignalsDto;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The research routes under {@code /api/v1/futurequant}: indicator features of an instrument's
 * bars (the {@code quant features} indicator language), stored model experiments, and an
 * instrument's latest signals from its latest stored analysis. Immutable and thread-safe.
 */
final class ResearchRoutes {

  /** The most indicators of one features request. */
  static final int MAX_INDICATORS = 10;
  /** The longest indicator period, bars. */
  static final int MAX_PERIOD = 1_000;

  private static final Map<String, Integer> ARITY = Map.of("sma", 1, "ema", 1, "wma", 1,
      "rsi", 1, "atr", 1, "roc", 1, "stddev", 1, "zscore", 1, "bollinger", 2, "macd", 3);
  private static final Pattern ONE = Pattern.compile("\\s*([A-Za-z]+)\\s*\\(([^()]*)\\)\\s*");
  private static final Parameter INSTRUMENT = Parameter.text("instrument",
      "The instrument id of the configured bar source, such as ES1. Required.");
  private static final Parameter INDICATORS = Parameter.text("indicators",
      "Comma-separated indicators of the close, as quant features takes them: sma(n), ema(n), "
          + "wma(n), rsi(n), atr(n), roc(n), stddev(n), zscore(n), bollinger(n,k), "
          + "macd(fast,slow,signal); at most " + MAX_INDICATORS + ", periods up to "
          + MAX_PERIOD + ". Required.");
  private static final Parameter FROM = Parameter.date("from",
      "First bar date, inclusive (the indicators still warm up on the bars before it).");

  private final Optional<BarSource> bars;
  private final Optional<FuturesStore> store;
  private final ApiQueries queries;

  ResearchRoutes(Optional<BarSource> bars, Optional<FuturesStore> store, ApiQueries queries) {
    this.bars = ArgChecker.notNull(bars, "bars");
    this.store = ArgChecker.notNull(store, "store");
    this.queries = ArgChecker.notNull(queries, "queries");
  }

  /** The routes, in documentation order. */
  List<Route> routes() {
    return List.of(
        Route.builder("GET", "/api/v1/futurequant/features")
            .doc("features", "futurequant", "Indicator features of an instrument",
                "Indicator columns of the instrument's validated daily closes (atr reads high, "
                    + "low and close), one row per bar oldest first, named like sma_10 or "
                    + "bb_upper_20_2, null during warm-up; every value uses only bars up to its "
                    + "row. 400 for an unknown instrument or a malformed indicator list, 503 "
                    + "without a bar source.")
            .parameters(INSTRUMENT, INDICATORS, FROM, LIST_LIMIT, CURSOR)
            .response(FeaturePage.class).errors(400, 503).handler(this::features),
        Route.builder("GET", "/api/v1/futurequant/models")
            .doc("modelExperiments", "futurequant", "Stored model experiments",
                "Rows of model_experiments (walk-forward experiments recorded by discovery "
                    + "runs and hosts), newest first (ties by id), with their parameters, "
                    + "out-of-sample metrics and deployment readiness. A comprehensive "
                    + "analysis's own model step is in its report "
                    + "(/api/v1/futureexploratorium/core/analyses/latest).")
            .parameters(LIST_LIMIT, CURSOR).response(ModelExperimentPage.class).errors(400)
            .handler(this::models),
        Route.builder("GET", "/api/v1/futurequant/signals/latest")
            .doc("latestSignals", "futurequant", "An instrument's latest signals",
                "The model and sma_cross signals of the instrument's latest stored analysis: "
                    + "the direction decided at the last bar's close (+1 long, 0 flat, -1 "
                    + "short) with each signal's long, short and flat shares, and the model's "
                    + "next-bar forecast. 404 if no analysis with a signals step is stored "
                    + "(POST /api/v1/futureexploratorium/core/analyses runs one), 503 without "
                    + "a futures store.")
            .parameters(INSTRUMENT).response(SignalsDto.class).errors(400, 404, 503)
            .handler(this::signals));
  }

  private static String instrument(Call call) {
    return RouteSupport.shortText(INSTRUMENT, call, 40).orElseThrow(() ->
        ApiException.badRequest("instrument", "instrument is required"));
  }

  private Reply features(Call call) {
    BarSource source = bars.orElseThrow(() -> ApiException.unavailable("no bar source is "
        + "configured: build the API with QuantApi.builder(...).barSource(...)"));
    String instrument = instrument(call);
    List<Spec> specs = parse(INDICATORS.textValue(call).orElseThrow(() ->
        ApiException.badRequest("indicators", "indicators is required, such as sma(10),rsi(14)")));
    Optional<LocalDate> from = FROM.dateValue(call);
    int limit = LIST_LIMIT.intValue(call);
    Optional<PageCursor> after = cursor(call, "features");
    BarSeries series = BacktestRoutes.load(source, instrument).bars().series();
    Map<String, double[]> columns = compute(series, specs);
    LocalDate start = after.map(c -> LocalDate.ofInstant(c.time(), ZoneOffset.UTC).plusDays(1))
        .or(() -> from).orElse(LocalDate.MIN);
    List<FeatureRowDto> rows = new ArrayList<>();
    boolean more = false;
    for (int i = 0; i < series.size(); i++) {
      LocalDate d = series.date(i);
      if (d.isBefore(start)) {
        continue;
      }
      if (rows.size() == limit) {
        more = true;
        break;
      }
      Map<String, Optional<Double>> values = new LinkedHashMap<>();
      for (Map.Entry<String, double[]> c : columns.entrySet()) {
        double v = c.getValue()[i];
        values.put(c.getKey(), Double.isFinite(v) ? Optional.of(v) : Optional.empty());
      }
      rows.add(new FeatureRowDto(d, values));
    }
    ApiQueries.Rows<FeatureRowDto> page = new ApiQueries.Rows<>(rows, more);
    Optional<String> next = next(call, page, r -> new PageCursor("features", 0.0,
        r.date().atStartOfDay().toInstant(ZoneOffset.UTC), new UUID(0, 0)));
    return reply(new FeaturePage(instrument, "close", List.copyOf(columns.keySet()), rows, next),
        next);
  }

  /** One indicator: its name, its arguments as typed (for the column name) and as numbers. */
  record Spec(String name, List<String> texts, double[] values) {

    int period(int i) {
      return (int) values[i];
    }

    String suffix() {
      return "_" + String.join("_", texts);
    }
  }

  /**
   * Parses {@code sma(10),bollinger(20,2)}: names with parenthesised arguments separated by
   * commas; every argument a whole number in [1, {@value #MAX_PERIOD}] except bollinger's k (a
   * number &gt; 0).
   */
  static List<Spec> parse(String text) {
    List<Spec> specs = new ArrayList<>();
    Matcher m = ONE.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!m.find(at) || m.start() != at) {
        throw badIndicators("expected name(arguments) at '" + text.substring(at) + "'");
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      Integer arity = ARITY.get(name);
      if (arity == null) {
        throw badIndicators("unknown indicator '" + name + "': use sma, ema, wma, rsi, atr, roc, "
            + "stddev, zscore, bollinger, macd");
      }
      List<String> texts = List.of(m.group(2).split(",", -1)).stream().map(String::trim).toList();
      if (texts.size() != arity) {
        throw badIndicators(String.format(Locale.ROOT, "%s takes %d argument(s) but got %d",
            name, arity, texts.size()));
      }
      double[] values = new double[arity];
      for (int i = 0; i < arity; i++) {
        values[i] = argument(name, texts.get(i), name.equals("bollinger") && i == 1);
      }
      if (name.equals("macd") && values[0] >= values[1]) {
        throw badIndicators("macd's fast period must be shorter than its slow period");
      }
      specs.add(new Spec(name, texts, values));
      at = m.end();
      if (at < text.length()) {
        if (text.charAt(at) != ',') {
          throw badIndicators("expected ',' between indicators at '" + text.substring(at) + "'");
        }
        at++;
      }
    }
    if (specs.isEmpty() || specs.size() > MAX_INDICATORS) {
      throw badIndicators("name 1 to " + MAX_INDICATORS + " indicators");
    }
    return specs;
  }

  private static double argument(String name, String text, boolean real) {
    try {
      double v = real ? Double.parseDouble(text) : Integer.parseInt(text);
      if (v > 0 && (real ? Double.isFinite(v) && v <= 100 : v <= MAX_PERIOD)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw badIndicators(String.format(Locale.ROOT, "%s: '%s' must be %s", name, text,
        real ? "a number in (0, 100]" : "a whole number in [1, " + MAX_PERIOD + "]"));
  }

  private static ApiException badIndicators(String message) {
    return ApiException.badRequest("indicators", "indicators: " + message);
  }

  /** The output columns of the close, by name, in order. */
  static Map<String, double[]> compute(BarSeries bars, List<Spec> specs) {
    double[] price = bars.closes();
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (Spec s : specs) {
      String suffix = s.suffix();
      switch (s.name()) {
        case "sma" -> columns.put("sma" + suffix, Indicators.sma(price, s.period(0)));
        case "ema" -> columns.put("ema" + suffix, Indicators.ema(price, s.period(0)));
        case "wma" -> columns.put("wma" + suffix, Indicators.wma(price, s.period(0)));
        case "rsi" -> columns.put("rsi" + suffix, Indicators.rsi(price, s.period(0)));
        case "roc" -> columns.put("roc" + suffix, Indicators.roc(price, s.period(0)));
        case "stddev" -> columns.put("stddev" + suffix, Indicators.stdDev(price, s.period(0)));
        case "zscore" -> columns.put("zscore" + suffix, Indicators.zScore(price, s.period(0)));
        case "atr" -> columns.put("atr" + suffix, Indicators.atr(bars.highs(), bars.lows(),
            price, s.period(0)));
        case "bollinger" -> {
          BollingerBands b = Indicators.bollinger(price, s.period(0), s.values()[1]);
          columns.put("bb_upper" + suffix, b.upper());
          columns.put("bb_middle" + suffix, b.middle());
          columns.put("bb_lower" + suffix, b.lower());
        }
        case "macd" -> {
          Macd macd = Indicators.macd(price, s.period(0), s.period(1), s.period(2));
          columns.put("macd" + suffix, macd.line());
          columns.put("macd_signal" + suffix, macd.signal());
          columns.put("macd_hist" + suffix, macd.histogram());
        }
        default -> throw new IllegalStateException("unhandled indicator " + s.name());
      }
    }
    return columns;
  }

  private Reply models(Call call) {
    int limit = LIST_LIMIT.intValue(call);
    ApiQueries.Rows<ModelExperimentDto> rows = queries.modelExperiments(limit,
        cursor(call, "models"));
    Optional<String> next = next(call, rows,
        e -> new PageCursor("models", 0.0, e.experimentDate(), e.id()));
    return reply(new ModelExperimentPage(rows.items(), next), next);
  }

  private Reply signals(Call call) {
    FuturesStore s = store.orElseThrow(() -> ApiException.unavailable("no futures store is "
        + "configured: build the API with QuantApi.builder(...).futuresStore(...)"));
    String instrument = instrument(call);
    FuturesAnalysisReport r = s.latestAnalysis(instrument)
        .filter(a -> a.signals().isPresent() && a.ingest().isPresent())
        .orElseThrow(() -> ApiException.notFound("no analysis of " + instrument + " with "
            + "signals is stored; POST /api/v1/futureexploratorium/core/analyses runs one"));
    OptionalDouble forecast = r.model().map(FuturesAnalysisReport.Model::nextBarForecast)
        .orElse(OptionalDouble.empty());
    Instant finished = r.finishedAt();
    return Reply.of(RestJson.finiteTree(new SignalsDto(instrument, r.runId(), finished,
        r.ingest().orElseThrow().lastDate(), forecast, r.signals().orElseThrow().signals())));
  }
}
