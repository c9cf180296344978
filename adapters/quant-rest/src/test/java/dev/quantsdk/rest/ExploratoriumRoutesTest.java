package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.orchestration.futures.BacktestRun;
import dev.quantsdk.orchestration.futures.InMemoryFuturesStore;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The futureexploratorium routes without a server, over the bundled ES1/ES2 files, an in-memory
 * futures store and an H2 database holding {@link KnownRows}' job runs. Expected values are the
 * published facts of the ES1 analysis (docs/orchestration.md: 5,650 bars 1997-09-09 .. 2019-10-18,
 * 4 rows repaired; sma-cross 50/200: 25 fills, final equity USD 195,300), the file's dates, the
 * CME calendar (ESZ2019 expires on Friday 2019-12-20; five business days earlier is 2019-12-13),
 * the hand-ordered job runs, and the grid sizes counted by hand.
 */
class ExploratoriumRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double CENT = 1e-6;
  private static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

  @TempDir
  static Path dir;

  private static QuantDatabase db;
  private InMemoryFuturesStore store;
  private QuantApi api;

  @BeforeAll
  static void open() throws SQLException {
    db = QuantDatabase.open(TestDatabases.h2(dir));
    KnownRows.insert(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void create() {
    store = new InMemoryFuturesStore();
    api = QuantApi.builder(db.dataSource()).clock(new SteppingClock(START, Duration.ofSeconds(1)))
        .futuresStore(store).barSource(EsSources.bars()).build();
  }

  @Test
  void analysis_ofEs1_is201_withThePublishedFacts_andIsTheLatest() throws Exception {
    RestResponse latestBefore = get("/api/v1/futureexploratorium/core/analyses/latest?instrument=ES1");
    assertThat(latestBefore.status()).isEqualTo(404);
    RestResponse r = post("/api/v1/futureexploratorium/core/analyses", "{\"instrument\": \"ES1\"}");
    assertThat(r.status()).as(r.bodyText()).isEqualTo(201);
    assertThat(r.headers()).containsEntry("Location",
        "/api/v1/futureexploratorium/core/analyses/latest?instrument=ES1");
    JsonNode report = JSON.readTree(r.body());
    assertThat(report.get("instrument").asText()).isEqualTo("ES1");
    assertThat(report.get("steps")).hasSize(6);
    report.get("steps").forEach(s -> assertThat(s.get("status").asText()).isEqualTo("SUCCEEDED"));
    JsonNode ingest = report.get("ingest");
    assertThat(ingest.get("bars").asInt()).isEqualTo(5650);
    assertThat(ingest.get("issues").asInt()).isEqualTo(4);
    assertThat(ingest.get("first_date").asText()).isEqualTo("1997-09-09");
    assertThat(ingest.get("last_date").asText()).isEqualTo("2019-10-18");
    JsonNode backtest = report.get("backtest");
    assertThat(backtest.get("fills").asInt()).isEqualTo(25);
    assertThat(backtest.get("final_equity").asDouble()).isCloseTo(195_300, within(CENT));
    assertThat(report.get("analytics").get("equity").size()).isLessThanOrEqualTo(500);
    // the report and its sma-cross run are stored under the report's id
    assertThat(store.analysisCount()).isEqualTo(1);
    assertThat(store.backtestRun(report.get("run_id").asText())).isPresent();

    RestResponse latest = get("/api/v1/futureexploratorium/core/analyses/latest?instrument=ES1");
    assertThat(latest.status()).isEqualTo(200);
    assertThat(JSON.readTree(latest.body())).isEqualTo(report);
    assertThat(get("/api/v1/futureexploratorium/core/analyses/latest").status()).isEqualTo(400);
  }

  @Test
  void analysis_ofAnUnknownInstrument_is400() throws Exception {
    RestResponse r = post("/api/v1/futureexploratorium/core/analyses", "{\"instrument\": \"CL1\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.readTree("""
        {"error": "bad_request", "field": "instrument",
         "message": "no instrument 'CL1' in the bar source; it has [ES1, ES2]"}"""));
  }

  @Test
  void summary_perInstrument_latestAnalytics_andTheRecentJobs() throws Exception {
    JsonNode before = JSON.readTree(get("/api/v1/futureexploratorium/dashboard/summary").body());
    assertThat(before.get("instruments")).hasSize(2);
    assertThat(before.get("instruments").get(0).get("analytics").isNull()).isTrue();
    // KnownRows' runs without the per-politician row, newest first: J4, J3, J2, J1
    List<String> jobs = before.get("recent_jobs").findValuesAsText("run_id");
    assertThat(jobs).containsExactly(KnownRows.J4.toString(), KnownRows.J3.toString(),
        KnownRows.J2.toString(), KnownRows.J1.toString());
    assertThat(before.get("jobs").get("runs").asInt()).isEqualTo(4);

    post("/api/v1/futureexploratorium/core/analyses", "{\"instrument\": \"ES1\"}");
    JsonNode after = JSON.readTree(get("/api/v1/futureexploratorium/dashboard/summary").body());
    JsonNode es1 = after.get("instruments").get(0);
    assertThat(es1.get("instrument").asText()).isEqualTo("ES1");
    assertThat(es1.get("succeeded").asBoolean()).isTrue();
    JsonNode analytics = es1.get("analytics");
    assertThat(analytics.get("bars").asInt()).isEqualTo(5650);
    JsonNode equity = analytics.get("equity");
    assertThat(equity.get(equity.size() - 1).get("value").asDouble())
        .isCloseTo(195_300, within(CENT));
    analytics.get("drawdown").forEach(p -> assertThat(p.get("value").asDouble())
        .isLessThanOrEqualTo(0));
    assertThat(after.get("instruments").get(1).get("analysis_id").isNull()).isTrue();
  }

  @Test
  void analytics_es1Es2_onEs1sLastBar_correlated_withTheNextEsRoll() throws Exception {
    RestResponse r = get("/api/v1/futureexploratorium/analytics?instruments=ES1,ES2");
    assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
    JsonNode a = JSON.readTree(r.body());
    // ES1 ends 2019-10-18, before ES2 (2019-11-05)
    assertThat(a.get("as_of").asText()).isEqualTo("2019-10-18");
    assertThat(a.get("instruments").findValuesAsText("instrument")).containsExactly("ES1", "ES2");
    assertThat(a.get("failures")).isEmpty();
    JsonNode values = a.get("correlation").get("values");
    assertThat(values.get(0).get(0).asDouble()).isCloseTo(1.0, within(1e-12));
    // Pearson correlation of the daily log closes (ES2's "Last" column) on the 253 dates both
    // files have in 2018-10-18..2019-10-18, computed with a short python3 script over the raw
    // CSVs (csv.DictReader, math.log): 0.9823096798155434 from 252 returns
    JsonNode correlation = a.get("correlation");
    assertThat(correlation.get("observations").asInt()).isEqualTo(252);
    assertThat(correlation.get("first_date").asText()).isEqualTo("2018-10-18");
    assertThat(values.get(0).get(1).asDouble()).isCloseTo(0.9823096798155434, within(1e-12))
        .isEqualTo(values.get(1).get(0).asDouble());
    JsonNode rolls = a.get("upcoming_rolls").get("ES");
    assertThat(rolls).hasSize(4);
    assertThat(rolls.get(0).get("roll_date").asText()).isEqualTo("2019-12-13");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      instruments=ES1,XX1                        | instruments | no instrument 'XX1' in the bar source; it has [ES1, ES2]
      instruments=ES1,ES1                        | instruments | instruments must be 1 to 10 distinct comma-separated names of 1 to 40 characters but was 'ES1,ES1'
      instruments=a,b,c,d,e,f,g,h,i,j,k          | instruments | instruments must be 1 to 10 distinct comma-separated names of 1 to 40 characters but was 'a,b,c,d,e,f,g,h,i,j,k'
      as_of=2019-13-01                           | as_of       | as_of must be a date yyyy-MM-dd such as 2019-10-18 but was '2019-13-01'
      """)
  void analytics_badParameters_are400(String query, String field, String message)
      throws Exception {
    RestResponse r = get("/api/v1/futureexploratorium/analytics?" + query);
    assertThat(r.status()).isEqualTo(400);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.createObjectNode().put("error",
        "bad_request").put("message", message).put("field", field));
  }

  @Test
  void optimise_smallGrid_sweepAndWalkForward_storesTheBest() throws Exception {
    // fast 5, 10, 15, 20 x slow 50, 100, 150, 200 = 16 pairs, all with fast < slow;
    // folds of 1,260 training and 1,260 test bars over 5,650 bars: 3 whole test windows and a
    // last one of the remaining 610 bars
    RestResponse r = post("/api/v1/futureexploratorium/strategy/optimise", """
        {"instrument": "ES1", "fast": {"start": 5, "end": 20, "step": 5},
         "slow": {"start": 50, "end": 200, "step": 50}, "objective": "net_pnl",
         "walk_forward": {"train": 1260, "test": 1260}}""");
    assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
    JsonNode o = JSON.readTree(r.body());
    assertThat(o.get("failures")).isEmpty();
    assertThat(o.get("sweep").get("trials").asLong()).isEqualTo(16);
    assertThat(o.get("sweep").get("skipped").asInt()).isZero();
    assertThat(o.get("walk_forward").get("folds")).hasSize(4);
    assertThat(o.get("request").get("objective").asText()).isEqualTo("NET_PNL");
    JsonNode best = o.get("sweep").get("best");
    BacktestRun stored = store.backtestRun(o.get("run_id").asText()).orElseThrow();
    assertThat(stored.parameters()).containsEntry("selected_by", "sweep")
        .containsEntry("fast", best.get("fast").asInt())
        .containsEntry("slow", best.get("slow").asInt());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"instrument": "ES1", "fast": {"start": 1, "end": 100}, "slow": {"start": 1, "end": 100}} | fast | the grid has 10000 (fast, slow) pairs (100 fast x 100 slow windows); at most 400 are allowed: widen the steps or narrow the ranges
      {"instrument": "ES1", "fast": {"start": 5, "end": 100, "step": 5}, "slow": {"start": 50, "end": 240, "step": 10}} | walk_forward | 400 pairs x 18 folds over 5650 bars = 7200 runs; at most 4000 are allowed: lengthen walk_forward.test or shrink the grid
      {"instrument": "ES1", "fast": {"start": 5, "end": 1}, "slow": {"start": 50, "end": 60}} | fast.end | fast.end (1) must be >= fast.start (5)
      {"instrument": "ES1", "slow": {"start": 50, "end": 60}}                                 | fast | fast is required, such as {"start": 5, "end": 50, "step": 5}
      {"instrument": "ES1", "fast": {"start": 5, "end": 9, "by": 1}, "slow": {"start": 50, "end": 60}} | fast.by | unknown field fast.by; it accepts only end, start, step
      {"instrument": "ES1", "fast": {"start": 5, "end": 9}, "slow": {"start": 50, "end": 60}, "objective": "alpha"} | objective | objective must be one of sharpe, sortino, net_pnl, cagr, calmar, profit_factor but was 'alpha'
      """)
  void optimise_oversizedOrBadGrids_are400(String body, String field, String message)
      throws Exception {
    RestResponse r = post("/api/v1/futureexploratorium/strategy/optimise", body);
    assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.createObjectNode().put("error",
        "bad_request").put("message", message).put("field", field));
  }

  @Test
  void withoutPorts_theRoutesAre503() throws Exception {
    QuantApi bare = QuantApi.create(db.dataSource(), new SteppingClock(START, Duration.ZERO),
        QuantApi.Settings.defaults());
    for (RestRequest request : List.of(
        RestRequest.of("GET", "/api/v1/futureexploratorium/dashboard/summary"),
        RestRequest.of("GET", "/api/v1/futureexploratorium/analytics"),
        RestRequest.of("GET", "/api/v1/futureexploratorium/core/analyses/latest?instrument=ES1"),
        RestRequest.of("POST", "/api/v1/futureexploratorium/core/analyses")
            .withBody("{\"instrument\": \"ES1\"}".getBytes(StandardCharsets.UTF_8)))) {
      RestResponse r = bare.handle(request);
      assertThat(r.status()).as(request.toString()).isEqualTo(503);
      assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("unavailable");
    }
  }

  @Test
  void responses_haveExactlyTheKeysOfTheirOpenApiSchemas() throws Exception {
    JsonNode doc = JSON.readTree(get("/openapi.json").body());
    JsonNode analysis = JSON.readTree(post("/api/v1/futureexploratorium/core/analyses",
        "{\"instrument\": \"ES1\"}").body());
    conforms(analysis, schemaOf(doc, "/api/v1/futureexploratorium/core/analyses", "post", "201"),
        doc, "analysis");
    conforms(JSON.readTree(get("/api/v1/futureexploratorium/dashboard/summary").body()),
        schemaOf(doc, "/api/v1/futureexploratorium/dashboard/summary", "get", "200"), doc,
        "summary");
    conforms(JSON.readTree(get("/api/v1/futureexploratorium/analytics").body()),
        schemaOf(doc, "/api/v1/futureexploratorium/analytics", "get", "200"), doc, "analytics");
    conforms(JSON.readTree(post("/api/v1/futureexploratorium/strategy/optimise", """
        {"instrument": "ES2", "fast": {"start": 10, "end": 20, "step": 10},
         "slow": {"start": 50, "end": 100, "step": 50}}""").body()),
        schemaOf(doc, "/api/v1/futureexploratorium/strategy/optimise", "post", "200"), doc,
        "optimisation");
  }

  private static JsonNode schemaOf(JsonNode doc, String path, String method, String status) {
    return doc.get("paths").get(path).get(method).get("responses").get(status).get("content")
        .get("application/json").get("schema");
  }

  /** Every object has exactly its schema's properties, recursively; nulls only where nullable. */
  private static void conforms(JsonNode value, JsonNode schema, JsonNode doc, String at) {
    JsonNode s = schema;
    while (s.has("$ref") || s.has("allOf")) {
      if (s.has("allOf")) {
        if (value.isNull()) {
          assertThat(s.path("nullable").asBoolean()).as(at + " is null").isTrue();
          return;
        }
        s = s.get("allOf").get(0);
      } else {
        String name = s.get("$ref").asText().substring("#/components/schemas/".length());
        s = doc.get("components").get("schemas").get(name);
      }
    }
    if (value.isNull()) {
      assertThat(s.path("nullable").asBoolean()).as(at + " is null").isTrue();
      return;
    }
    JsonNode t = s;
    switch (t.path("type").asText()) {
      case "object" -> {
        assertThat(value.isObject()).as(at).isTrue();
        if (t.has("properties")) {
          List<String> keys = new java.util.ArrayList<>();
          value.fieldNames().forEachRemaining(keys::add);
          List<String> declared = new java.util.ArrayList<>();
          t.get("properties").fieldNames().forEachRemaining(declared::add);
          assertThat(keys).as(at).containsExactlyInAnyOrderElementsOf(declared);
          value.properties().forEach(e -> conforms(e.getValue(),
              t.get("properties").get(e.getKey()), doc, at + "." + e.getKey()));
        } else if (t.path("additionalProperties").isObject()) {
          value.properties().forEach(e -> conforms(e.getValue(),
              t.get("additionalProperties"), doc, at + "." + e.getKey()));
        }
      }
      case "array" -> {
        assertThat(value.isArray()).as(at).isTrue();
        for (int i = 0; i < value.size(); i++) {
          conforms(value.get(i), t.get("items"), doc, at + "[" + i + "]");
        }
      }
      case "number" -> assertThat(value.isNumber()).as(at).isTrue();
      case "integer" -> assertThat(value.isIntegralNumber()).as(at).isTrue();
      case "boolean" -> assertThat(value.isBoolean()).as(at).isTrue();
      case "string" -> {
        assertThat(value.isTextual()).as(at).isTrue();
        if (t.has("enum")) {
          List<String> allowed = new java.util.ArrayList<>();
          t.get("enum").forEach(v -> allowed.add(v.asText()));
          assertThat(allowed).as(at).contains(value.asText());
        }
      }
      default -> throw new AssertionError(at + ": unexpected schema " + s);
    }
  }

  private RestResponse get(String target) {
    return api.handle(RestRequest.of("GET", target));
  }

  private RestResponse post(String target, String body) {
    return api.handle(new RestRequest("POST", target, Map.of(),
        Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8)));
  }
}
