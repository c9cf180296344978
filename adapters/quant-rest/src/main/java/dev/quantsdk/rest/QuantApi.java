package dev.quantsdk.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.BarSource;
import dev.quantsdk.orchestration.futures.FuturesAnalysisService;
import dev.quantsdk.orchestration.futures.FuturesNotifier;
import dev.quantsdk.orchestration.futures.FuturesStore;
import dev.quantsdk.orchestration.futures.Ticker;
import dev.quantsdk.rest.Route.Reply;
import dev.quantsdk.rest.dto.ApiError;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quant SDK REST API, framework-neutral: the route table, request validation, handlers over a
 * JDBC {@link DataSource} and the futures facade's ports, JSON bodies, errors, cursor pagination,
 * the optional API key, CORS and the OpenAPI document. An adapter turns its framework's request
 * into a {@link RestRequest}, calls {@link #handle} and copies the {@link RestResponse} back
 * (omitting the body for {@code HEAD}).
 *
 * <p>Endpoints (see {@link #routes()} and {@code GET /openapi.json}), in groups:
 * discoveries ({@code /api/v1/discoveries/...}, {@code /api/v1/anomalies/...},
 * {@code /api/v1/politicians}, {@code /api/v1/networks/latest}), {@code GET /api/v1/jobs}, futures
 * research under {@code /api/v1/futurequant} (data, features, model experiments, signals,
 * backtests, paper accounts), the futures
 * platform under {@code /api/v1/futureexploratorium} (comprehensive analyses, dashboard summary,
 * market analytics, strategy optimisation), and {@code GET /openapi.json}. Routes that read or write through a port (a {@link FuturesStore},
 * a {@link BarSource}) answer 503 {@code unavailable} when it is not configured; configure
 * them with {@link #builder}.
 *
 * <p>Dispatch: an unknown path is 404; a known path with another method is 405 with an
 * {@code Allow} header; {@code HEAD} is answered as {@code GET}; {@code OPTIONS} is 204 with
 * {@code Allow} (and the CORS preflight headers for an allowed origin). When an API key is
 * configured, every {@code /api/v1} route requires the header {@value #API_KEY_HEADER} (401
 * otherwise); {@code /openapi.json} and {@code OPTIONS} stay open. Unexpected failures are logged
 * and answered 500 without internals.
 *
 * <p>CORS is off by default. With {@link Settings#allowedOrigins()} set, a request whose
 * {@code Origin} is allowed gets {@code Access-Control-Allow-Origin} echoing it (with
 * {@code Vary: Origin} and {@code Link} exposed), and a preflight {@code OPTIONS} also
 * {@code Access-Control-Allow-Methods} (the path's methods), {@code Access-Control-Allow-Headers}
 * ({@code Content-Type, X-Api-Key}) and {@code Access-Control-Max-Age}. Another origin gets no
 * CORS header, so browsers refuse it the response.
 *
 * <p>Immutable and thread-safe; every call borrows one connection from the data source.
 */
public final class QuantApi {

  /** The header carrying the API key. */
  public static final String API_KEY_HEADER = "X-Api-Key";
  /** The largest page any list returns. */
  public static final int MAX_LIMIT = 500;
  /** The API version in the OpenAPI document. */
  public static final String VERSION = "1.0.0";
  /** The request headers a CORS preflight may ask for. */
  public static final String CORS_ALLOWED_HEADERS = "Content-Type, " + API_KEY_HEADER;
  /** How long a browser may cache a preflight answer, seconds. */
  public static final int CORS_MAX_AGE_SECONDS = 600;

  private static final Logger LOG = LoggerFactory.getLogger(QuantApi.class);

  private static final String JSON_TYPE = RestResponse.JSON;

  /**
   * The API's settings. Immutable.
   *
   * @param apiKey the key required in {@value QuantApi#API_KEY_HEADER}, absent to allow every
   *     request (the default, for a local demo)
   * @param allowedOrigins the browser origins allowed by CORS, such as
   *     {@code https://dash.example.org} or {@code http://localhost:5173} (scheme, host and
   *     optional port, no path), or {@code *} for any; empty (the default) turns CORS off
   */
  public record Settings(Optional<String> apiKey, List<String> allowedOrigins) {

    /**
     * Validates the settings.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the key is blank or an origin is not
     *     {@code scheme://host[:port]} or {@code *}
     */
    public Settings {
      ArgChecker.notNull(apiKey, "apiKey");
      apiKey.ifPresent(k -> ArgChecker.notBlank(k, "apiKey"));
      allowedOrigins = List.copyOf(ArgChecker.notNull(allowedOrigins, "allowedOrigins"));
      allowedOrigins.forEach(Settings::checkOrigin);
    }

    /**
     * Settings without CORS.
     *
     * @param apiKey the key, absent to allow every request
     * @throws IllegalArgumentException if the key is blank
     */
    public Settings(Optional<String> apiKey) {
      this(apiKey, List.of());
    }

    private static void checkOrigin(String origin) {
      ArgChecker.notNull(origin, "origin");
      if (origin.equals("*")) {
        return;
      }
      URI uri;
      try {
        uri = URI.create(origin);
      } catch (IllegalArgumentException e) {
        uri = null;
      }
      ArgChecker.isTrue(uri != null && uri.getScheme() != null && uri.getHost() != null
          && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
          && uri.getRawFragment() == null && uri.getRawUserInfo() == null,
          "allowed origin must be http(s)://host[:port] without a path, or *, but was '%s'",
          origin);
    }

    /**
     * The defaults: no API key, no CORS.
     *
     * @return the settings
     */
    public static Settings defaults() {
      return new Settings(Optional.empty(), List.of());
    }

    /**
     * A copy requiring a key.
     *
     * @param key the key, not blank (use a long random value in production)
     * @return the settings
     */
    public Settings withApiKey(String key) {
      return new Settings(Optional.of(key), allowedOrigins);
    }

    /**
     * A copy allowing browser pages of these origins to call the API (CORS).
     *
     * @param origins the origins, such as {@code https://dash.example.org}, or {@code *}
     * @return the settings
     * @throws IllegalArgumentException if an origin is malformed
     */
    public Settings withAllowedOrigins(List<String> origins) {
      return new Settings(apiKey, origins);
    }
  }

  private final ApiKeyCheck apiKey;
  private final Set<String> origins;
  private final List<Route> routes;
  private final byte[] openApi;

  private QuantApi(Builder b) {
    ApiQueries queries = new ApiQueries(b.dataSource);
    this.apiKey = new ApiKeyCheck(b.settings.apiKey());
    this.origins = Set.copyOf(b.settings.allowedOrigins());
    DiscoveryRoutes discovery = new DiscoveryRoutes(queries, new DashboardQueries(queries),
        b.clock);
    FuturesRoutes futures = new FuturesRoutes(queries);
    BacktestRoutes backtests = new BacktestRoutes(b.futuresStore, b.barSource, b.clock);
    Optional<FuturesAnalysisService> analysis = b.barSource.isEmpty() || b.futuresStore.isEmpty()
        ? Optional.empty()
        : Optional.of(new FuturesAnalysisService(b.barSource.get(), b.futuresStore.get(),
            FuturesNotifier.NONE, b.clock, Ticker.SYSTEM, b.analysisSettings));
    ExploratoriumRoutes exploratorium = new ExploratoriumRoutes(analysis, b.futuresStore,
        b.barSource, queries);
    List<Route> all = new ArrayList<>(discovery.discoveryRoutes());
    all.add(discovery.jobsRoute());
    all.addAll(futures.dataRoutes());
    all.addAll(new ResearchRoutes(b.barSource, b.futuresStore, queries).routes());
    all.addAll(backtests.routes());
    all.addAll(futures.paperRoutes());
    all.addAll(exploratorium.routes());
    all.add(Route.builder("GET", "/openapi.json")
        .doc("openApi", "meta", "This API's OpenAPI 3.0 document",
            "Generated from the same route table that serves the requests. Never requires "
                + "the API key.")
        .response(JsonNode.class).open()
        .handler(call -> Reply.of(openApiDocument())));
    this.routes = List.copyOf(all);
    this.openApi = RestJson.write(OpenApiDocument.of(routes, "Quant SDK API", VERSION));
  }

  private byte[] openApiDocument() {
    return openApi.clone();
  }

  /**
   * Creates the API over a database migrated by the Quant SDK, without the futures ports (their
   * routes answer 503).
   *
   * @param dataSource the database; reads need {@code SELECT}, marking an anomaly investigated
   *     the {@code quant_app} role's {@code UPDATE}
   * @param clock the clock stamping investigations and runs
   * @param settings the settings
   * @return the API
   */
  public static QuantApi create(DataSource dataSource, Clock clock, Settings settings) {
    return builder(dataSource).clock(clock).settings(settings).build();
  }

  /**
   * A builder for an API over a database migrated by the Quant SDK, with optional ports.
   *
   * @param dataSource the database
   * @return the builder: system UTC clock, default settings, no ports
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** Builds a {@link QuantApi}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private Clock clock = Clock.systemUTC();
    private Settings settings = Settings.defaults();
    private Optional<FuturesStore> futuresStore = Optional.empty();
    private Optional<BarSource> barSource = Optional.empty();
    private FuturesAnalysisService.Settings analysisSettings =
        FuturesAnalysisService.Settings.defaults();

    private Builder(DataSource dataSource) {
      this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
    }

    /**
     * Sets the clock stamping investigations and stored runs.
     *
     * @param newClock the clock
     * @return this builder
     */
    public Builder clock(Clock newClock) {
      this.clock = ArgChecker.notNull(newClock, "clock");
      return this;
    }

    /**
     * Sets the settings (API key, CORS origins).
     *
     * @param newSettings the settings
     * @return this builder
     */
    public Builder settings(Settings newSettings) {
      this.settings = ArgChecker.notNull(newSettings, "settings");
      return this;
    }

    /**
     * Sets where backtest runs and analysis reports are stored and read (the futures facade's
     * port; a JDBC adapter over {@code backtest_runs} in production).
     *
     * @param store the store
     * @return this builder
     */
    public Builder futuresStore(FuturesStore store) {
      this.futuresStore = Optional.of(ArgChecker.notNull(store, "store"));
      return this;
    }

    /**
     * Sets where instruments' daily bars are read for backtests, features and analyses.
     *
     * @param source the source
     * @return this builder
     */
    public Builder barSource(BarSource source) {
      this.barSource = Optional.of(ArgChecker.notNull(source, "source"));
      return this;
    }

    /**
     * Sets the comprehensive analysis's settings (model, walk-forward sizes, the sma-cross
     * parameters, chart points, correlation window, roll rule).
     *
     * @param settings the settings (default {@code FuturesAnalysisService.Settings.defaults()})
     * @return this builder
     */
    public Builder analysisSettings(FuturesAnalysisService.Settings settings) {
      this.analysisSettings = ArgChecker.notNull(settings, "settings");
      return this;
    }

    /**
     * Builds the API.
     *
     * @return the API
     */
    public QuantApi build() {
      return new QuantApi(this);
    }
  }

  /**
   * The route table, in documentation order.
   *
   * @return the routes
   */
  public List<Route> routes() {
    return routes;
  }

  /**
   * Whether an API key is required on the {@code /api/v1} routes.
   *
   * @return true if a key is configured
   */
  public boolean apiKeyRequired() {
    return apiKey.enabled();
  }

  /**
   * Handles one request. Never throws for a bad request: every refusal is an error response.
   *
   * @param request the request
   * @return the response
   */
  public RestResponse handle(RestRequest request) {
    ArgChecker.notNull(request, "request");
    Optional<String> origin = request.header("Origin").filter(this::originAllowed);
    RestResponse response = dispatch(request, origin);
    return origin.isEmpty() ? response : withCors(response, origin.get());
  }

  private boolean originAllowed(String origin) {
    return !origins.isEmpty() && (origins.contains("*") || origins.contains(origin));
  }

  private static RestResponse withCors(RestResponse r, String origin) {
    Map<String, String> h = new LinkedHashMap<>(r.headers());
    h.put("Access-Control-Allow-Origin", origin);
    h.put("Vary", "Origin");
    h.put("Access-Control-Expose-Headers", "Link, Location");
    return new RestResponse(r.status(), h, r.body());
  }

  private RestResponse dispatch(RestRequest request, Optional<String> origin) {
    List<Route> onPath = new ArrayList<>();
    Map<Route, Map<String, String>> variables = new LinkedHashMap<>();
    for (Route r : routes) {
      Optional<Map<String, String>> m = r.match(request.path());
      if (m.isPresent()) {
        onPath.add(r);
        variables.put(r, m.get());
      }
    }
    if (onPath.isEmpty()) {
      return error(404, "not_found", "no endpoint " + request.path() + "; see /openapi.json");
    }
    String allow = allow(onPath);
    String method = request.method();
    if (method.equals("OPTIONS")) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Allow", allow);
      if (origin.isPresent() && request.header("Access-Control-Request-Method").isPresent()) {
        headers.put("Access-Control-Allow-Methods", allow);
        headers.put("Access-Control-Allow-Headers", CORS_ALLOWED_HEADERS);
        headers.put("Access-Control-Max-Age", Integer.toString(CORS_MAX_AGE_SECONDS));
      }
      return new RestResponse(204, headers, new byte[0]);
    }
    String effective = method.equals("HEAD") ? "GET" : method;
    Optional<Route> route = onPath.stream().filter(r -> r.method().equals(effective)).findFirst();
    if (route.isEmpty()) {
      RestResponse e = error(405, "method_not_allowed", method + " is not allowed on "
          + request.path() + "; allowed: " + allow);
      return withHeader(e, "Allow", allow);
    }
    Route r = route.get();
    if (r.secured() && !apiKey.permits(request.header(API_KEY_HEADER))) {
      return withHeader(error(401, "unauthorized", "missing or wrong " + API_KEY_HEADER
          + " header"), "WWW-Authenticate", "ApiKey header=\"" + API_KEY_HEADER + "\"");
    }
    try {
      Reply reply = r.handler().handle(new Call(request, variables.get(r)));
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", JSON_TYPE);
      headers.put("Cache-Control", "no-store");
      headers.putAll(reply.headers());
      byte[] body = reply.body() instanceof byte[] bytes ? bytes : RestJson.write(reply.body());
      return new RestResponse(r.successStatus(), headers, body);
    } catch (ApiException e) {
      return errorResponse(e.status(), e.toError());
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", method, request.path(), e);
      return error(500, "internal_error", "internal error; the server log has the details");
    }
  }

  /**
   * An error response in the API's format, for adapters that refuse a request before the API
   * sees it (413 body too large, 503 busy).
   *
   * @param status the status, 4xx or 5xx
   * @param code the error code, such as {@code payload_too_large}
   * @param message the message
   * @return the response
   */
  public RestResponse error(int status, String code, String message) {
    ArgChecker.inRangeInclusive(status, 400, 599, "status");
    return errorResponse(status, new ApiError(code, message, Optional.empty()));
  }

  private static RestResponse errorResponse(int status, ApiError error) {
    return new RestResponse(status, Map.of("Content-Type", JSON_TYPE, "Cache-Control", "no-store"),
        RestJson.write(error));
  }

  private static RestResponse withHeader(RestResponse r, String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(r.headers());
    h.put(name, value);
    return new RestResponse(r.status(), h, r.body());
  }

  private static String allow(List<Route> onPath) {
    Set<String> methods = new LinkedHashSet<>();
    for (Route r : onPath) {
      methods.add(r.method());
      if (r.method().equals("GET")) {
        methods.add("HEAD");
      }
    }
    methods.add("OPTIONS");
    return String.join(", ", methods);
  }
}
