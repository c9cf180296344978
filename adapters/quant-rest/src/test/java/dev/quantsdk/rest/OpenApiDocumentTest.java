package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.orchestration.futures.ChartPoint;
import dev.quantsdk.rest.dto.ActivityPointDto;
import dev.quantsdk.rest.dto.AnomalyDto;
import dev.quantsdk.rest.dto.BacktestRequest;
import dev.quantsdk.rest.dto.BacktestRunDto;
import dev.quantsdk.rest.dto.BacktestRunPage;
import dev.quantsdk.rest.dto.CycleDto;
import dev.quantsdk.rest.dto.EquityCurveDto;
import dev.quantsdk.rest.dto.FeaturePage;
import dev.quantsdk.rest.dto.FeatureRowDto;
import dev.quantsdk.rest.dto.ModelExperimentDto;
import dev.quantsdk.rest.dto.ModelExperimentPage;
import dev.quantsdk.rest.dto.NetworkDto;
import dev.quantsdk.rest.dto.NetworkEdgeDto;
import dev.quantsdk.rest.dto.NetworkNodeDto;
import dev.quantsdk.rest.dto.PeriodogramPointDto;
import dev.quantsdk.rest.dto.PoliticianActivityDto;
import dev.quantsdk.rest.dto.PoliticianPage;
import dev.quantsdk.rest.dto.PoliticianSummaryDto;
import dev.quantsdk.rest.dto.AnomalyPage;
import dev.quantsdk.rest.dto.ApiError;
import dev.quantsdk.rest.dto.BarDto;
import dev.quantsdk.rest.dto.ContractBarsPage;
import dev.quantsdk.rest.dto.ContractDto;
import dev.quantsdk.rest.dto.ContractPage;
import dev.quantsdk.rest.dto.DiscoveryDto;
import dev.quantsdk.rest.dto.InstrumentDto;
import dev.quantsdk.rest.dto.InstrumentList;
import dev.quantsdk.rest.dto.InvestigationDto;
import dev.quantsdk.rest.dto.JobRunDto;
import dev.quantsdk.rest.dto.JobsPage;
import dev.quantsdk.rest.dto.PaperAccountDto;
import dev.quantsdk.rest.dto.PaperAccountView;
import dev.quantsdk.rest.dto.PaperOrderDto;
import dev.quantsdk.rest.dto.PaperOrderPage;
import dev.quantsdk.rest.dto.PaperPositionDto;
import dev.quantsdk.rest.dto.JobsSummaryDto;
import dev.quantsdk.rest.dto.PoliticianDiscoveriesPage;
import dev.quantsdk.rest.dto.PoliticianDto;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes exactly the route table, with schemas matching the JSON. */
class OpenApiDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  // the document is built without touching the database
  private static final DataSource NO_DATABASE = (DataSource) java.lang.reflect.Proxy
      .newProxyInstance(OpenApiDocumentTest.class.getClassLoader(),
          new Class<?>[] {DataSource.class}, (p, m, a) -> {
            throw new AssertionError("the document must not query the database");
          });
  private static final QuantApi API = QuantApi.create(NO_DATABASE, Clock.systemUTC(),
      QuantApi.Settings.defaults());

  private static JsonNode served() throws Exception {
    RestResponse r = API.handle(RestRequest.of("GET", "/openapi.json"));
    assertThat(r.status()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void everyRoute_isDescribed_andNothingElse() throws Exception {
    JsonNode doc = served();
    assertThat(doc.get("openapi").asText()).isEqualTo("3.0.3");
    Set<String> described = new HashSet<>();
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " "
            + path.getKey())));
    Set<String> routes = new HashSet<>();
    for (Route r : API.routes()) {
      routes.add(r.method() + " " + r.pathTemplate());
      JsonNode op = doc.get("paths").get(r.pathTemplate()).get(r.method().toLowerCase(Locale.ROOT));
      assertThat(op.get("operationId").asText()).isEqualTo(r.operationId());
      assertThat(op.get("summary").asText()).isEqualTo(r.summary());
      List<String> params = new ArrayList<>();
      if (op.has("parameters")) {
        op.get("parameters").forEach(p -> params.add(p.get("in").asText() + ":"
            + p.get("name").asText()));
      }
      assertThat(params).containsExactlyElementsOf(r.parameters().stream()
          .map(p -> p.in().name().toLowerCase(Locale.ROOT) + ":" + p.name()).toList());
      assertThat(op.get("responses").has(Integer.toString(r.successStatus()))).isTrue();
      assertThat(op.has("security")).isEqualTo(r.secured());
      assertThat(op.get("responses").has("401")).isEqualTo(r.secured());
      for (int status : r.errorStatuses()) {
        assertThat(op.get("responses").get(Integer.toString(status)).get("content")
            .get("application/json").get("schema").get("$ref").asText())
            .isEqualTo("#/components/schemas/ApiError");
      }
    }
    assertThat(described).isEqualTo(routes);
    assertThat(routes).contains("GET /api/v1/futurequant/data/contracts/{id}/bars",
        "GET /api/v1/discoveries/recent", "GET /api/v1/anomalies/critical",
        "GET /api/v1/discoveries/politician/{id}", "POST /api/v1/anomalies/{id}/investigate",
        "GET /api/v1/jobs", "GET /openapi.json", "GET /api/v1/politicians",
        "GET /api/v1/discoveries/politician/{id}/activity", "GET /api/v1/networks/latest",
        "GET /api/v1/futurequant/backtests", "POST /api/v1/futurequant/backtests",
        "GET /api/v1/futurequant/backtests/{id}", "GET /api/v1/futurequant/backtests/{id}/equity",
        "GET /api/v1/futurequant/features", "GET /api/v1/futurequant/models",
        "GET /api/v1/futurequant/signals/latest",
        "POST /api/v1/futureexploratorium/core/analyses",
        "GET /api/v1/futureexploratorium/core/analyses/latest",
        "GET /api/v1/futureexploratorium/dashboard/summary",
        "GET /api/v1/futureexploratorium/analytics",
        "POST /api/v1/futureexploratorium/strategy/optimise");
    JsonNode post = doc.get("paths").get("/api/v1/futurequant/backtests").get("post");
    assertThat(post.get("requestBody").get("required").asBoolean()).isTrue();
    assertThat(doc.get("paths").get("/api/v1/anomalies/{id}/investigate").get("post")
        .get("requestBody").get("required").asBoolean()).isFalse();
    assertThat(post.get("responses").has("201")).isTrue();
    assertThat(post.get("responses").has("200")).isFalse();
    assertThat(post.get("responses").get("503").get("description").asText())
        .startsWith("Unavailable");
  }

  @Test
  void parameters_carryTheirBoundsAndDefaults() throws Exception {
    JsonNode doc = served();
    JsonNode limit = parameter(doc, "/api/v1/discoveries/recent", "get", "limit");
    assertThat(limit.get("schema")).isEqualTo(JSON.readTree("""
        {"type": "integer", "format": "int32", "minimum": 1, "maximum": 500, "default": 10}"""));
    assertThat(limit.get("required").asBoolean()).isFalse();
    JsonNode severity = parameter(doc, "/api/v1/anomalies/critical", "get", "severity_threshold");
    assertThat(severity.get("schema")).isEqualTo(JSON.readTree("""
        {"type": "number", "format": "double", "minimum": 0.0, "maximum": 1.0, "default": 0.8}"""));
    JsonNode id = parameter(doc, "/api/v1/anomalies/{id}/investigate", "post", "id");
    assertThat(id.get("in").asText()).isEqualTo("path");
    assertThat(id.get("required").asBoolean()).isTrue();
    assertThat(id.get("schema")).isEqualTo(JSON.readTree("{\"type\": \"string\", \"format\": \"uuid\"}"));
    assertThat(doc.get("components").get("securitySchemes").get("ApiKeyAuth")).isEqualTo(
        JSON.readTree("""
            {"type": "apiKey", "in": "header", "name": "X-Api-Key", "description":
             "Required on /api/v1 routes only when the server is configured with a key; off by default."}"""));
  }

  @Test
  void schemas_nameExactlyTheKeysTheSerializerWrites_andEveryRefResolves() throws Exception {
    JsonNode doc = served();
    JsonNode schemas = doc.get("components").get("schemas");
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    Instant t = Instant.parse("2026-11-22T00:00:00Z");
    LocalDate d = LocalDate.of(2020, 1, 1);
    ObjectNode obj = JSON.createObjectNode();
    DiscoveryDto discovery = new DiscoveryDto(id, id, "A", "fourier_cycle", 0.5, 0.5, obj,
        Optional.empty(), d, d, t);
    AnomalyDto anomaly = new AnomalyDto(id, id, "A", Optional.of(id), "x", 0.9, obj, d, d, t,
        false);
    JobRunDto run = new JobRunDto(id, "discover", "RUNNING", t, Optional.empty(),
        Optional.empty(), 0, 0, Optional.empty(), Optional.empty());
    JobsSummaryDto summary = new JobsSummaryDto(1, 0, 0, 0, 1, Optional.empty(), Optional.empty(),
        Optional.empty());
    PoliticianDto politician = new PoliticianDto(id, "A", "HOUSE", Optional.of("CA"),
        Optional.empty());
    ContractDto contract = new ContractDto(id, "ES", "CME", d, Optional.of("ESZ19"), 50.0, 0.25,
        "USD", Optional.empty(), Optional.of(11_000.0), 20, Optional.of(t), Optional.empty());
    BarDto bar = new BarDto(t, 1, 2, 0.5, 1.5, Optional.empty(), 10, Optional.of(5L));
    InstrumentDto instrument = new InstrumentDto("ES", "CME", "E-mini", 50, 0.25, 12.5, "USD", 1,
        1, List.of("H"), 0);
    PaperAccountDto account = new PaperAccountDto(id, "demo", "USD", 1, 1, t);
    PaperOrderDto order = new PaperOrderDto(id, Optional.empty(), id, Optional.of("ESZ19"), "BUY",
        "MARKET", 1, Optional.empty(), Optional.empty(), "NEW", 0, Optional.empty(), 0, t, t);
    PoliticianSummaryDto summaryDto = new PoliticianSummaryDto(id, "A", "HOUSE",
        Optional.empty(), Optional.of("CA"), Optional.empty(), 3, Optional.of(d), Optional.of(d));
    PoliticianPage summaryPage = new PoliticianPage(List.of(summaryDto), Optional.of("/next"));
    PoliticianActivityDto activity = new PoliticianActivityDto(summaryDto, "BUSINESS", 1.4,
        List.of(new ActivityPointDto(d, 2)), List.of(new PeriodogramPointDto(14, 1 / 14.0, 0.5)),
        Optional.of(new CycleDto(id, 30, 0.5, 0.9, Optional.of(0.01), d, d, Optional.empty())));
    NetworkDto network = new NetworkDto(id, "sdsm+leiden", d, d, Optional.of(0.3),
        Optional.empty(), t, List.of(new NetworkNodeDto("p", "P", 0, Optional.of(0.5),
            Optional.empty())), List.of(new NetworkEdgeDto("p", "q", 2, Optional.of(0.01),
            Optional.of(0.02))));
    BacktestRunDto backtest = new BacktestRunDto("r1", "sma-cross", "ES", d, d, obj, obj, t, 0);
    List<Object> samples = List.of(discovery, anomaly, run, summary, politician, contract, bar,
        new PaperAccountView(account, List.of(new PaperPositionDto(id, "ES", d,
            Optional.empty(), 1, 1, 0, t))),
        new PaperOrderPage(account, List.of(order), Optional.empty()),
        instrument, new InstrumentList(List.of(instrument)),
        new ContractPage(List.of(contract), Optional.empty()),
        new ContractBarsPage(contract, List.of(bar), Optional.of("/next")),
        new InvestigationDto(id, true, Optional.of(t), Optional.of("ana"), true),
        new ApiError("bad_request", "m", Optional.of("limit")),
        new AnomalyPage(List.of(anomaly), Optional.of("/next")),
        new JobsPage(summary, List.of(run), Optional.empty()),
        new PoliticianDiscoveriesPage(politician, List.of(discovery), Optional.empty()),
        new FeaturePage("ES1", "close", List.of("sma_3"), List.of(new FeatureRowDto(d,
            java.util.Map.of("sma_3", Optional.of(1.0)))), Optional.empty()),
        new ModelExperimentPage(List.of(new ModelExperimentDto(id, "ridge", obj, obj, true, t)),
            Optional.empty()),
        summaryPage, activity, activity.cycle().orElseThrow(), network, backtest,
        new BacktestRunPage("sma-cross", List.of(backtest), Optional.empty()),
        new EquityCurveDto("r1", List.of(new ChartPoint(d, 1.0)), List.of()),
        new BacktestRequest("ES1", "sma-cross", 10, 50, Optional.of("long-only"),
            Optional.of(1), Optional.empty(), Optional.of(1), Optional.empty()));
    for (Object sample : samples) {
      JsonNode written = JSON.readTree(RestJson.write(sample));
      JsonNode schema = schemas.get(sample.getClass().getSimpleName());
      assertThat(schema).as(sample.getClass().getSimpleName()).isNotNull();
      assertThat(names(schema.get("properties").fieldNames()))
          .as(sample.getClass().getSimpleName())
          .containsExactlyElementsOf(names(written.fieldNames()));
      assertThat(names(schema.get("required").elements()).stream().map(JsonNode::asText).toList())
          .containsExactlyElementsOf(names(written.fieldNames()));
    }
    // Optional components are nullable; a nullable reference wraps the $ref in allOf
    assertThat(schemas.get("DiscoveryDto").get("properties").get("description")).isEqualTo(
        JSON.readTree("{\"type\": \"string\", \"nullable\": true}"));
    assertThat(schemas.get("AnomalyDto").get("properties").get("trade_id")).isEqualTo(
        JSON.readTree("{\"type\": \"string\", \"format\": \"uuid\", \"nullable\": true}"));
    assertThat(schemas.get("DiscoveryPage").get("properties").get("items")).isEqualTo(
        JSON.readTree("{\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/DiscoveryDto\"}}"));
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
    }
  }

  private static JsonNode parameter(JsonNode doc, String path, String method, String name) {
    for (JsonNode p : doc.get("paths").get(path).get(method).get("parameters")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name + " on " + method + " " + path);
  }

  private static <T> List<T> names(Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static void collectRefs(JsonNode node, List<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) {
          out.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, out));
    }
  }
}
