package dev.quantsdk.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.rest.Route.Reply;
import dev.quantsdk.rest.dto.AnomalyDto;
import dev.quantsdk.rest.dto.AnomalyPage;
import dev.quantsdk.rest.dto.BarDto;
import dev.quantsdk.rest.dto.ContractBarsPage;
import dev.quantsdk.rest.dto.ContractDto;
import dev.quantsdk.rest.dto.ContractPage;
import dev.quantsdk.rest.dto.ApiError;
import dev.quantsdk.rest.dto.DiscoveryDto;
import dev.quantsdk.rest.dto.DiscoveryPage;
import dev.quantsdk.rest.dto.InstrumentDto;
import dev.quantsdk.rest.dto.InstrumentList;
import dev.quantsdk.rest.dto.InvestigateRequest;
import dev.quantsdk.rest.dto.InvestigationDto;
import dev.quantsdk.rest.dto.JobRunDto;
import dev.quantsdk.rest.dto.JobsPage;
import dev.quantsdk.rest.dto.PaperAccountDto;
import dev.quantsdk.rest.dto.PaperAccountView;
import dev.quantsdk.rest.dto.PaperOrderDto;
import dev.quantsdk.rest.dto.PaperOrderPage;
import dev.quantsdk.rest.dto.PoliticianDiscoveriesPage;
import dev.quantsdk.rest.dto.PoliticianDto;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quant SDK REST API, framework-neutral: the route table, request validation, handlers over a
 * JDBC {@link DataSource}, JSON bodies, errors, cursor pagination, the optional API key and the
 * OpenAPI document. An adapter turns its framework's request into a {@link RestRequest}, calls
 * {@link #handle} and copies the {@link RestResponse} back (omitting the body for {@code HEAD}).
 *
 * <p>Endpoints (see {@link #routes()} and {@code GET /openapi.json}):
 * {@code GET /api/v1/discoveries/recent}, {@code GET /api/v1/anomalies/critical},
 * {@code GET /api/v1/discoveries/politician/{id}}, {@code POST /api/v1/anomalies/{id}/investigate},
 * {@code GET /api/v1/jobs}, the read-only futures data under {@code /api/v1/futurequant/data}
 * (instruments, contracts, a contract's bars), paper accounts with their positions and orders
 * under {@code /api/v1/futurequant/paper}, and {@code GET /openapi.json}.
 *
 * <p>Dispatch: an unknown path is 404; a known path with another method is 405 with an
 * {@code Allow} header; {@code HEAD} is answered as {@code GET}; {@code OPTIONS} is 204 with
 * {@code Allow}. When an API key is configured, every {@code /api/v1} route requires the header
 * {@value #API_KEY_HEADER} (401 otherwise); {@code /openapi.json} and {@code OPTIONS} stay open.
 * Unexpected failures are logged and answered 500 without internals.
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

  private static final Logger LOG = LoggerFactory.getLogger(QuantApi.class);

  private static final String JSON_TYPE = RestResponse.JSON;
  private static final Parameter CURSOR = Parameter.text("cursor",
      "Opaque cursor from the previous page's \"next\" URL; omit for the first page.");
  private static final Parameter RECENT_LIMIT = Parameter.integer("limit", 1, MAX_LIMIT, 10,
      "Maximum number of discoveries on the page.");
  private static final Parameter SEVERITY = Parameter.number("severity_threshold", 0.0, 1.0, 0.8,
      "Minimum severity, a fraction in [0, 1].");
  private static final Parameter LIST_LIMIT = Parameter.integer("limit", 1, MAX_LIMIT, 100,
      "Maximum number of items on the page.");
  private static final Parameter JOBS_LIMIT = Parameter.integer("limit", 1, MAX_LIMIT, 20,
      "Maximum number of runs on the page.");
  private static final Parameter KIND = Parameter.text("kind",
      "Only runs of this kind (such as discovery.scan-all); the summary counts only those too. "
          + "Without it, every kind except the per-politician outcome rows of distributed runs "
          + "(kinds ending in .politician).");
  private static final Parameter ROOT = Parameter.text("root",
      "Only contracts of this root symbol, such as ES.");
  private static final Parameter CONTRACT_ID = Parameter.uuidPath("id", "The contract's id.");
  private static final Parameter FROM = Parameter.date("from",
      "First trading date (UTC) of the bars, inclusive.");
  private static final Parameter TO = Parameter.date("to",
      "Last trading date (UTC) of the bars, inclusive.");
  private static final Parameter ACCOUNT = Parameter.textPath("name",
      "The paper account's name.");
  private static final Parameter POLITICIAN_ID = Parameter.uuidPath("id", "The politician's id.");
  private static final Parameter ANOMALY_ID = Parameter.uuidPath("id", "The anomaly's id.");

  /**
   * The API's settings. Immutable.
   *
   * @param apiKey the key required in {@value QuantApi#API_KEY_HEADER}, absent to allow every
   *     request (the default, for a local demo)
   */
  public record Settings(Optional<String> apiKey) {

    /**
     * Validates the settings.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the key is blank
     */
    public Settings {
      ArgChecker.notNull(apiKey, "apiKey");
      apiKey.ifPresent(k -> ArgChecker.notBlank(k, "apiKey"));
    }

    /**
     * The defaults: no API key.
     *
     * @return the settings
     */
    public static Settings defaults() {
      return new Settings(Optional.empty());
    }

    /**
     * A copy requiring a key.
     *
     * @param key the key, not blank (use a long random value in production)
     * @return the settings
     */
    public Settings withApiKey(String key) {
      return new Settings(Optional.of(key));
    }
  }

  private final ApiQueries queries;
  private final Clock clock;
  private final ApiKeyCheck apiKey;
  private final List<Route> routes;
  private final byte[] openApi;

  private QuantApi(DataSource dataSource, Clock clock, Settings settings) {
    this.queries = new ApiQueries(dataSource);
    this.clock = ArgChecker.notNull(clock, "clock");
    this.apiKey = new ApiKeyCheck(ArgChecker.notNull(settings, "settings").apiKey());
    this.routes = List.copyOf(buildRoutes());
    this.openApi = RestJson.write(OpenApiDocument.of(routes, "Quant SDK API", VERSION));
  }

  /**
   * Creates the API over a database migrated by the Quant SDK.
   *
   * @param dataSource the database; reads need {@code SELECT}, marking an anomaly investigated
   *     the {@code quant_app} role's {@code UPDATE}
   * @param clock the clock stamping investigations
   * @param settings the settings
   * @return the API
   */
  public static QuantApi create(DataSource dataSource, Clock clock, Settings settings) {
    return new QuantApi(dataSource, clock, settings);
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
      return new RestResponse(204, Map.of("Allow", allow), new byte[0]);
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
      return new RestResponse(200, headers, body);
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

  private List<Route> buildRoutes() {
    return List.of(
        Route.builder("GET", "/api/v1/discoveries/recent")
            .doc("recentDiscoveries", "discoveries", "Recent pattern discoveries, newest first",
                "Stored pattern discoveries (cycles and other patterns) ordered by discovery time, "
                    + "newest first (ties: strongest first, then by id).")
            .parameters(RECENT_LIMIT, CURSOR).response(DiscoveryPage.class).errors(400)
            .handler(this::recent),
        Route.builder("GET", "/api/v1/anomalies/critical")
            .doc("criticalAnomalies", "anomalies", "Open critical anomalies, most severe first",
                "Anomalies not yet investigated whose severity is at least severity_threshold, "
                    + "most severe first (ties: newest first, then by id), with their "
                    + "explanations.")
            .parameters(SEVERITY, LIST_LIMIT, CURSOR).response(AnomalyPage.class).errors(400)
            .handler(this::critical),
        Route.builder("GET", "/api/v1/discoveries/politician/{id}")
            .doc("politicianDiscoveries", "discoveries", "One politician's discoveries",
                "The politician and their pattern discoveries, strongest first (ties: newest "
                    + "first, then by id). 404 if no politician has this id.")
            .parameters(POLITICIAN_ID, LIST_LIMIT, CURSOR)
            .response(PoliticianDiscoveriesPage.class).errors(400, 404)
            .handler(this::ofPolitician),
        Route.builder("POST", "/api/v1/anomalies/{id}/investigate")
            .doc("investigateAnomaly", "anomalies", "Mark an anomaly investigated",
                "Marks the anomaly investigated by the body's investigated_by (default \""
                    + InvestigateRequest.DEFAULT_INVESTIGATOR + "\") at the server's time. "
                    + "Idempotent: repeating it changes nothing and answers changed=false with "
                    + "the first investigation's time and name. The anomaly then leaves the "
                    + "critical list. 404 if no anomaly has this id.")
            .parameters(ANOMALY_ID).requestBody(InvestigateRequest.class)
            .response(InvestigationDto.class).errors(400, 404, 413, 415)
            .handler(this::investigate),
        Route.builder("GET", "/api/v1/jobs")
            .doc("jobRuns", "jobs", "Job runs with duration and success rate",
                "Recorded runs (discovery scans and other jobs), newest first, each with its "
                    + "duration and item success rate, and a summary over all runs: counts by "
                    + "status, the share of finished runs that succeeded, mean and longest "
                    + "duration.")
            .parameters(JOBS_LIMIT, KIND, CURSOR).response(JobsPage.class).errors(400)
            .handler(this::jobs),
        Route.builder("GET", "/api/v1/futurequant/data/instruments")
            .doc("futuresInstruments", "futurequant", "The futures catalogue",
                "The SDK's catalogued futures products (contract size, tick, currency, example "
                    + "margins, listed months) with how many contracts of each the database "
                    + "stores.")
            .response(InstrumentList.class).handler(this::instruments),
        Route.builder("GET", "/api/v1/futurequant/data/contracts")
            .doc("futuresContracts", "futurequant", "Stored futures contracts",
                "Contracts in futures_contracts, earliest expiry first (ties by id), each with "
                    + "the number and time range of its stored bars.")
            .parameters(ROOT, LIST_LIMIT, CURSOR).response(ContractPage.class).errors(400)
            .handler(this::contracts),
        Route.builder("GET", "/api/v1/futurequant/data/contracts/{id}/bars")
            .doc("futuresBars", "futurequant", "A contract's stored bars",
                "The contract and its bars from futures_bars, oldest first, optionally within "
                    + "[from, to] trading dates. 404 if no contract has this id.")
            .parameters(CONTRACT_ID, FROM, TO, LIST_LIMIT, CURSOR)
            .response(ContractBarsPage.class).errors(400, 404).handler(this::bars),
        Route.builder("GET", "/api/v1/futurequant/paper/accounts/{name}")
            .doc("paperAccount", "futurequant", "A paper account and its positions",
                "The paper-trading account (cash, starting cash) and its positions, earliest "
                    + "contract expiry first. 404 if no account has this name.")
            .parameters(ACCOUNT).response(PaperAccountView.class).errors(400, 404)
            .handler(this::paperAccount),
        Route.builder("GET", "/api/v1/futurequant/paper/accounts/{name}/orders")
            .doc("paperOrders", "futurequant", "A paper account's orders",
                "The account's orders, newest first (ties by id), each with its filled "
                    + "quantity, average fill price and commission. 404 if no account has this "
                    + "name.")
            .parameters(ACCOUNT, LIST_LIMIT, CURSOR).response(PaperOrderPage.class)
            .errors(400, 404).handler(this::paperOrders),
        Route.builder("GET", "/openapi.json")
            .doc("openApi", "meta", "This API's OpenAPI 3.0 document",
                "Generated from the same route table that serves the requests. Never requires "
                    + "the API key.")
            .response(JsonNode.class).open()
            .handler(call -> Reply.of(openApi.clone())));
  }

  private Reply recent(Call call) {
    int limit = RECENT_LIMIT.intValue(call);
    ApiQueries.Rows<DiscoveryDto> rows = queries.recentDiscoveries(limit,
        cursor(call, "recent"));
    Optional<String> next = next(call, rows,
        d -> new PageCursor("recent", d.strength(), d.discoveryDate(), d.id()));
    return reply(new DiscoveryPage(rows.items(), next), next);
  }

  private Reply critical(Call call) {
    double threshold = SEVERITY.doubleValue(call);
    int limit = LIST_LIMIT.intValue(call);
    ApiQueries.Rows<AnomalyDto> rows = queries.criticalAnomalies(threshold, limit,
        cursor(call, "critical"));
    Optional<String> next = next(call, rows,
        a -> new PageCursor("critical", a.severity(), a.detectedAt(), a.id()));
    return reply(new AnomalyPage(rows.items(), next), next);
  }

  private Reply ofPolitician(Call call) {
    UUID id = POLITICIAN_ID.uuidValue(call);
    int limit = LIST_LIMIT.intValue(call);
    Optional<PageCursor> after = cursor(call, "politician");
    PoliticianDto politician = queries.politician(id).orElseThrow(() ->
        ApiException.notFound("no politician with id " + id));
    ApiQueries.Rows<DiscoveryDto> rows = queries.discoveriesOfPolitician(id, limit, after);
    Optional<String> next = next(call, rows,
        d -> new PageCursor("politician", d.strength(), d.discoveryDate(), d.id()));
    return reply(new PoliticianDiscoveriesPage(politician, rows.items(), next), next);
  }

  private Reply jobs(Call call) {
    int limit = JOBS_LIMIT.intValue(call);
    Optional<String> kind = shortText(KIND, call, 60);
    ApiQueries.Rows<JobRunDto> rows = queries.jobRuns(kind, limit, cursor(call, "jobs"));
    Optional<String> next = next(call, rows,
        j -> new PageCursor("jobs", 0.0, j.startedAt(), j.runId()));
    return reply(new JobsPage(queries.jobsSummary(kind), rows.items(), next), next);
  }

  private Reply instruments(Call call) {
    Map<String, Long> stored = queries.contractCounts();
    List<InstrumentDto> items = new ArrayList<>();
    for (FuturesProduct p : FuturesCatalogue.all()) {
      items.add(new InstrumentDto(p.root(), p.exchange(), p.description(), p.multiplier(),
          p.tickSize(), p.tickValue(), p.currency().getCurrencyCode(), p.initialMargin(),
          p.maintenanceMargin(), p.listedMonths().stream().map(Enum::name).sorted(
              Comparator.comparingInt("FGHJKMNQUVXZ"::indexOf)).toList(),
          stored.getOrDefault(p.root(), 0L)));
    }
    return Reply.of(new InstrumentList(items));
  }

  private Reply contracts(Call call) {
    Optional<String> root = shortText(ROOT, call, 10);
    int limit = LIST_LIMIT.intValue(call);
    ApiQueries.Rows<ContractDto> rows = queries.contracts(root, limit, cursor(call, "contracts"));
    Optional<String> next = next(call, rows, c -> new PageCursor("contracts", 0.0,
        c.expiry().atStartOfDay().toInstant(ZoneOffset.UTC), c.id()));
    return reply(new ContractPage(rows.items(), next), next);
  }

  private Reply bars(Call call) {
    UUID id = CONTRACT_ID.uuidValue(call);
    Optional<LocalDate> from = FROM.dateValue(call);
    Optional<LocalDate> to = TO.dateValue(call);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw ApiException.badRequest("to", "to " + to.get() + " is before from " + from.get());
    }
    int limit = LIST_LIMIT.intValue(call);
    Optional<PageCursor> after = cursor(call, "bars");
    if (after.isPresent() && !after.get().id().equals(id)) {
      throw ApiException.badRequest("cursor", "cursor belongs to another contract's bars");
    }
    ContractDto contract = queries.contract(id).orElseThrow(() ->
        ApiException.notFound("no futures contract with id " + id));
    ApiQueries.Rows<BarDto> rows = queries.bars(id, from, to, limit, after.map(PageCursor::time));
    Optional<String> next = next(call, rows, b -> new PageCursor("bars", 0.0, b.barTime(), id));
    return reply(new ContractBarsPage(contract, rows.items(), next), next);
  }

  private PaperAccountDto account(Call call) {
    String name = shortText(ACCOUNT, call, 100).orElseThrow();
    return queries.paperAccount(name).orElseThrow(() ->
        ApiException.notFound("no paper account named '" + name + "'"));
  }

  private Reply paperAccount(Call call) {
    PaperAccountDto account = account(call);
    return Reply.of(new PaperAccountView(account, queries.paperPositions(account.id())));
  }

  private Reply paperOrders(Call call) {
    int limit = LIST_LIMIT.intValue(call);
    Optional<PageCursor> after = cursor(call, "orders");
    PaperAccountDto account = account(call);
    ApiQueries.Rows<PaperOrderDto> rows = queries.paperOrders(account.id(), limit, after);
    Optional<String> next = next(call, rows,
        o -> new PageCursor("orders", 0.0, o.createdAt(), o.id()));
    return reply(new PaperOrderPage(account, rows.items(), next), next);
  }

  private Reply investigate(Call call) {
    UUID id = ANOMALY_ID.uuidValue(call);
    InvestigateRequest body = investigateBody(call.request());
    InvestigationDto state = queries.markInvestigated(id, body.investigator(), clock.instant())
        .orElseThrow(() -> ApiException.notFound("no anomaly with id " + id));
    return Reply.of(state);
  }

  private static InvestigateRequest investigateBody(RestRequest request) {
    if (!request.hasBody()) {
      return new InvestigateRequest(Optional.empty());
    }
    Optional<String> type = request.header("Content-Type");
    if (type.isPresent() && !type.get().toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "unsupported_media_type", "the body must be application/json "
          + "but was " + type.get(), Optional.of("body"));
    }
    JsonNode json;
    try {
      json = RestJson.mapper().readTree(request.body());
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("body", "the body is not valid JSON: "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("body", "the body cannot be read: " + e.getMessage());
    }
    if (json == null || json.isMissingNode()) {
      return new InvestigateRequest(Optional.empty());
    }
    if (!json.isObject()) {
      throw ApiException.badRequest("body", "the body must be a JSON object such as "
          + "{\"investigated_by\": \"ana\"}");
    }
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals("investigated_by")) {
        throw ApiException.badRequest(name, "unknown field " + name
            + "; the body accepts only investigated_by");
      }
    }
    JsonNode by = json.get("investigated_by");
    if (by == null || by.isNull()) {
      return new InvestigateRequest(Optional.empty());
    }
    if (!by.isTextual()) {
      throw ApiException.badRequest("investigated_by", "investigated_by must be a string");
    }
    try {
      return new InvestigateRequest(Optional.of(by.textValue()));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("investigated_by", e.getMessage());
    }
  }

  /** A text parameter of 1 to {@code max} non-blank characters (the column's width). */
  private static Optional<String> shortText(Parameter parameter, Call call, int max) {
    Optional<String> text = parameter.textValue(call);
    if (text.isPresent() && (text.get().isBlank() || text.get().length() > max)) {
      throw ApiException.badRequest(parameter.name(), String.format(Locale.ROOT,
          "%s must be 1 to %d characters but was '%s'", parameter.name(), max, text.get()));
    }
    return text;
  }

  private static Optional<PageCursor> cursor(Call call, String scope) {
    Optional<String> text = CURSOR.textValue(call);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PageCursor.parse(text.get(), scope));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("cursor", "cursor is not a cursor of this list; pass the "
          + "previous page's \"next\" URL unchanged");
    }
  }

  private static <T> Optional<String> next(Call call, ApiQueries.Rows<T> rows,
      Function<T, PageCursor> keyOf) {
    if (!rows.more()) {
      return Optional.empty();
    }
    PageCursor last = keyOf.apply(rows.items().get(rows.items().size() - 1));
    StringBuilder url = new StringBuilder(call.request().path()).append('?');
    call.request().query().forEach((name, values) -> {
      if (!name.equals(CURSOR.name())) {
        for (String v : values) {
          url.append(encode(name)).append('=').append(encode(v)).append('&');
        }
      }
    });
    url.append("cursor=").append(last);
    return Optional.of(url.toString());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Reply reply(Object body, Optional<String> next) {
    return next.isEmpty() ? Reply.of(body)
        : new Reply(body, Map.of("Link", "<" + next.get() + ">; rel=\"next\""));
  }
}
