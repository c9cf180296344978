package dev.quantsdk.rest;

import static dev.quantsdk.rest.KnownRows.A1;
import static dev.quantsdk.rest.KnownRows.A2;
import static dev.quantsdk.rest.KnownRows.A3;
import static dev.quantsdk.rest.KnownRows.A4;
import static dev.quantsdk.rest.KnownRows.A5;
import static dev.quantsdk.rest.KnownRows.A6;
import static dev.quantsdk.rest.KnownRows.A7;
import static dev.quantsdk.rest.KnownRows.A8;
import static dev.quantsdk.rest.KnownRows.ADA;
import static dev.quantsdk.rest.KnownRows.BOB;
import static dev.quantsdk.rest.KnownRows.D1;
import static dev.quantsdk.rest.KnownRows.D2;
import static dev.quantsdk.rest.KnownRows.D3;
import static dev.quantsdk.rest.KnownRows.D4;
import static dev.quantsdk.rest.KnownRows.D5;
import static dev.quantsdk.rest.KnownRows.D6;
import static dev.quantsdk.rest.KnownRows.J1;
import static dev.quantsdk.rest.KnownRows.J2;
import static dev.quantsdk.rest.KnownRows.J3;
import static dev.quantsdk.rest.KnownRows.J4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The framework-neutral layer without a server: requests go straight to {@link QuantApi#handle}
 * over an H2 database holding {@link KnownRows}, whose expected orders are read off by hand.
 */
class QuantApiTest {

  private static final double EXACT = 1e-12;
  private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static QuantDatabase db;
  private static QuantApi api;

  @BeforeAll
  static void open() throws SQLException {
    db = QuantDatabase.open(TestDatabases.h2(dir));
    KnownRows.insert(db.dataSource());
    api = QuantApi.create(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC),
        QuantApi.Settings.defaults());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void recent_isNewestFirst_tiesStrongestThenById_andPagesFollowNext() throws Exception {
    assertThat(ids(get("/api/v1/discoveries/recent"))).containsExactly(D5, D3, D2, D4, D1, D6);
    List<UUID> walked = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String target = "/api/v1/discoveries/recent?limit=2";
    while (target != null) {
      RestResponse r = api.handle(RestRequest.of("GET", target));
      JsonNode page = JSON.readTree(r.body());
      walked.addAll(ids(page));
      sizes.add(page.get("items").size());
      target = page.get("next").isNull() ? null : page.get("next").asText();
      if (target != null) {
        assertThat(r.headers()).containsEntry("Link", "<" + target + ">; rel=\"next\"");
        assertThat(target).startsWith("/api/v1/discoveries/recent?limit=2&cursor=");
      } else {
        assertThat(r.headers()).doesNotContainKey("Link");
      }
    }
    assertThat(walked).containsExactly(D5, D3, D2, D4, D1, D6);
    assertThat(sizes).containsExactly(2, 2, 2);
  }

  @Test
  void recent_writesEveryColumn_inSnakeCase() throws Exception {
    JsonNode d5 = get("/api/v1/discoveries/recent?limit=1").get("items").get(0);
    assertThat(d5).isEqualTo(JSON.readTree("""
        {"id": "%s", "politician_id": "%s", "politician_name": "Bob Marley",
         "pattern_type": "fourier_cycle", "strength": 0.5, "confidence": 0.99,
         "parameters": {"period_days": 91.0, "q_value": 0.003}, "description": "cycle %s",
         "window_start": "2020-01-18", "window_end": "2022-12-31",
         "discovery_date": "2026-11-22T09:00:00.123456Z"}""".formatted(D5, BOB, D5)));
  }

  @Test
  void critical_isOpenAtOrAboveThreshold_mostSevereFirst_tiesNewestThenById() throws Exception {
    assertThat(ids(get("/api/v1/anomalies/critical"))).containsExactly(A1, A2, A3, A4, A5);
    assertThat(ids(get("/api/v1/anomalies/critical?severity_threshold=0.9")))
        .containsExactly(A1, A2, A3, A4);
    assertThat(ids(get("/api/v1/anomalies/critical?severity_threshold=1"))).isEmpty();
    JsonNode a1 = get("/api/v1/anomalies/critical?limit=1").get("items").get(0);
    assertThat(a1).isEqualTo(JSON.readTree("""
        {"id": "%s", "politician_id": "%s", "politician_name": "Ada Lovelace", "trade_id": null,
         "anomaly_type": "late_disclosure", "severity": 0.95, "explanation": {"lag_days": 120},
         "window_start": "2020-01-01", "window_end": "2022-12-31",
         "detected_at": "2026-11-20T08:00:00Z", "investigated": false}""".formatted(A1, ADA)));
  }

  @Test
  void critical_pagesAcrossSeverityTies_keepingTheThreshold() throws Exception {
    JsonNode first = get("/api/v1/anomalies/critical?severity_threshold=0.8&limit=2");
    assertThat(ids(first)).containsExactly(A1, A2);
    String next = first.get("next").asText();
    assertThat(next).startsWith("/api/v1/anomalies/critical?severity_threshold=0.8&limit=2&cursor=");
    JsonNode second = get(next);
    assertThat(ids(second)).containsExactly(A3, A4);
    JsonNode third = get(second.get("next").asText());
    assertThat(ids(third)).containsExactly(A5);
    assertThat(third.get("next").isNull()).isTrue();
  }

  @Test
  void politician_returnsThePoliticianAndTheirDiscoveries_strongestFirst() throws Exception {
    JsonNode ada = get("/api/v1/discoveries/politician/" + ADA);
    assertThat(ada.get("politician")).isEqualTo(JSON.readTree("""
        {"id": "%s", "full_name": "Ada Lovelace", "chamber": "HOUSE", "state": "CA",
         "district": "CA12"}""".formatted(ADA)));
    assertThat(ids(ada)).containsExactly(D1, D6, D2, D4);
    JsonNode bob = get("/api/v1/discoveries/politician/" + BOB + "?limit=1");
    assertThat(bob.get("politician").get("state").isNull()).isTrue();
    assertThat(ids(bob)).containsExactly(D3);
    assertThat(ids(get(bob.get("next").asText()))).containsExactly(D5);
  }

  @Test
  void politician_unknownId_is404WithExactBody() throws Exception {
    RestResponse r = api.handle(RestRequest.of("GET", "/api/v1/discoveries/politician/"
        + KnownRows.NOBODY));
    assertThat(r.status()).isEqualTo(404);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.readTree("""
        {"error": "not_found", "message": "no politician with id %s", "field": null}"""
        .formatted(KnownRows.NOBODY)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      /api/v1/discoveries/recent?limit=0      | limit | limit must be a whole number in [1, 500] but was 0
      /api/v1/discoveries/recent?limit=501    | limit | limit must be a whole number in [1, 500] but was 501
      /api/v1/discoveries/recent?limit=ten    | limit | limit must be a whole number in [1, 500] but was 'ten'
      /api/v1/discoveries/recent?limit=2.5    | limit | limit must be a whole number in [1, 500] but was '2.5'
      /api/v1/discoveries/recent?limit=1&limit=2 | limit | limit must be given once but was given 2 times
      /api/v1/anomalies/critical?severity_threshold=1.5 | severity_threshold | severity_threshold must be a number in [0.0, 1.0] but was 1.5
      /api/v1/anomalies/critical?severity_threshold=-0.1 | severity_threshold | severity_threshold must be a number in [0.0, 1.0] but was -0.1
      /api/v1/anomalies/critical?severity_threshold=NaN | severity_threshold | severity_threshold must be a number in [0.0, 1.0] but was 'NaN'
      /api/v1/anomalies/critical?severity_threshold= | severity_threshold | severity_threshold must be a number in [0.0, 1.0] but was ''
      /api/v1/discoveries/politician/42       | id    | id must be a UUID such as 123e4567-e89b-12d3-a456-426614174000 but was '42'
      /api/v1/discoveries/politician/00000000-0000-0000-0000-00000000000g | id | id must be a UUID such as 123e4567-e89b-12d3-a456-426614174000 but was '00000000-0000-0000-0000-00000000000g'
      /api/v1/discoveries/recent?cursor=bm9wZQ | cursor | cursor is not a cursor of this list; pass the previous page's "next" URL unchanged
      /api/v1/jobs?limit=0                    | limit | limit must be a whole number in [1, 500] but was 0
      """)
  void invalidParameters_are400_namingTheField(String target, String field, String message)
      throws Exception {
    RestResponse r = api.handle(RestRequest.of("GET", target));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.headers()).containsEntry("Content-Type", "application/json; charset=utf-8");
    JsonNode expected = JSON.createObjectNode().put("error", "bad_request").put("message", message)
        .put("field", field);
    assertThat(JSON.readTree(r.body())).isEqualTo(expected);
  }

  @Test
  void cursor_ofAnotherList_isRefused() throws Exception {
    String next = get("/api/v1/discoveries/recent?limit=1").get("next").asText();
    String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
    RestResponse r = api.handle(RestRequest.of("GET", "/api/v1/anomalies/critical?cursor="
        + cursor));
    assertThat(r.status()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("field").asText()).isEqualTo("cursor");
  }

  @Test
  void jobs_newestFirst_withDurations_andSummaryOverAllRuns_withoutPerItemRows()
      throws Exception {
    JsonNode page = get("/api/v1/jobs");
    List<UUID> runs = new ArrayList<>();
    page.get("items").forEach(n -> runs.add(UUID.fromString(n.get("run_id").asText())));
    assertThat(runs).containsExactly(J4, J3, J2, J1);
    JsonNode j2 = page.get("items").get(2);
    assertThat(j2).isEqualTo(JSON.readTree("""
        {"run_id": "%s", "kind": "discover", "status": "PARTIAL",
         "started_at": "2026-11-22T02:00:00Z", "finished_at": "2026-11-22T02:00:04.500Z",
         "duration_ms": 4500, "items_ok": 8, "items_failed": 2, "success_rate": 0.8,
         "failures": "x: boom"}""".formatted(J2)));
    JsonNode running = page.get("items").get(0);
    assertThat(running.get("finished_at").isNull()).isTrue();
    assertThat(running.get("duration_ms").isNull()).isTrue();
    assertThat(running.get("success_rate").isNull()).isTrue();
    // 4 runs: 1 succeeded, 1 partial, 1 failed, 1 running; finished durations 2000, 4500, 1000 ms
    JsonNode summary = page.get("summary");
    assertThat(summary.get("runs").asLong()).isEqualTo(4);
    assertThat(summary.get("succeeded").asLong()).isEqualTo(1);
    assertThat(summary.get("partial").asLong()).isEqualTo(1);
    assertThat(summary.get("failed").asLong()).isEqualTo(1);
    assertThat(summary.get("running").asLong()).isEqualTo(1);
    assertThat(summary.get("success_rate").asDouble()).isCloseTo(1.0 / 3, within(EXACT));
    assertThat(summary.get("mean_duration_ms").asDouble()).isCloseTo(2500.0, within(1e-6));
    assertThat(summary.get("max_duration_ms").asLong()).isEqualTo(4500);
  }

  @Test
  void jobs_filteredByKind_countOnlyThatKind() throws Exception {
    JsonNode page = get("/api/v1/jobs?kind=discover&limit=2");
    List<UUID> runs = new ArrayList<>();
    page.get("items").forEach(n -> runs.add(UUID.fromString(n.get("run_id").asText())));
    assertThat(runs).containsExactly(J4, J2);
    JsonNode rest = get(page.get("next").asText());
    assertThat(rest.get("items")).hasSize(1);
    assertThat(rest.get("items").get(0).get("run_id").asText()).isEqualTo(J1.toString());
    // discover: J1 succeeded (2000 ms), J2 partial (4500 ms), J4 running
    JsonNode summary = page.get("summary");
    assertThat(summary.get("runs").asLong()).isEqualTo(3);
    assertThat(summary.get("success_rate").asDouble()).isCloseTo(0.5, within(EXACT));
    assertThat(summary.get("mean_duration_ms").asDouble()).isCloseTo(3250.0, within(1e-6));
    JsonNode items = get("/api/v1/jobs?kind=discovery.nightly.politician");
    assertThat(items.get("items")).hasSize(1);
    assertThat(items.get("items").get(0).get("run_id").asText()).isEqualTo(KnownRows.J5.toString());
    assertThat(items.get("summary").get("runs").asLong()).isEqualTo(1);
    JsonNode none = get("/api/v1/jobs?kind=nothing").get("summary");
    assertThat(none).isEqualTo(JSON.readTree("""
        {"runs": 0, "succeeded": 0, "partial": 0, "failed": 0, "running": 0,
         "success_rate": null, "mean_duration_ms": null, "max_duration_ms": null}"""));
  }

  @Test
  void investigate_marksOnce_isIdempotent_andTheAnomalyLeavesTheCriticalList() throws Exception {
    String list = "/api/v1/anomalies/critical?severity_threshold=0.5";
    assertThat(ids(get(list))).contains(A8);
    RestResponse first = post("/api/v1/anomalies/" + A8 + "/investigate",
        "{\"investigated_by\": \"ana\"}");
    assertThat(first.status()).isEqualTo(200);
    assertThat(JSON.readTree(first.body())).isEqualTo(JSON.readTree("""
        {"anomaly_id": "%s", "investigated": true, "investigated_at": "2026-11-22T05:00:00Z",
         "investigated_by": "ana", "changed": true}""".formatted(A8)));
    assertThat(row(A8)).containsExactly(true, "ana", NOW);
    assertThat(ids(get(list))).doesNotContain(A8);

    RestResponse again = post("/api/v1/anomalies/" + A8 + "/investigate",
        "{\"investigated_by\": \"ben\"}");
    assertThat(again.status()).isEqualTo(200);
    JsonNode second = JSON.readTree(again.body());
    assertThat(second.get("changed").asBoolean()).isFalse();
    assertThat(second.get("investigated_by").asText()).isEqualTo("ana");
    assertThat(row(A8)).containsExactly(true, "ana", NOW);
  }

  @Test
  void investigate_withoutBody_recordsTheDefaultInvestigator() throws Exception {
    RestResponse r = api.handle(RestRequest.of("POST", "/api/v1/anomalies/" + A6 + "/investigate"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(row(A6)).containsExactly(true, "api", NOW);
    // an anomaly investigated before keeps its investigator
    RestResponse old = post("/api/v1/anomalies/" + A7 + "/investigate", "{}");
    assertThat(JSON.readTree(old.body()).get("investigated_by").asText()).isEqualTo("carol");
    assertThat(JSON.readTree(old.body()).get("changed").asBoolean()).isFalse();
  }

  @Test
  void investigate_unknownAnomaly_is404WithExactBody() throws Exception {
    UUID unknown = KnownRows.id(0xDEAD);
    RestResponse r = post("/api/v1/anomalies/" + unknown + "/investigate", "");
    assertThat(r.status()).isEqualTo(404);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.readTree("""
        {"error": "not_found", "message": "no anomaly with id %s", "field": null}"""
        .formatted(unknown)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {"investigated_by": ""}          | investigated_by | investigated_by must not be blank
      {"investigated_by": 7}           | investigated_by | investigated_by must be a string
      {"investigated_by": "a", "x": 1} | x               | unknown field x; the body accepts only investigated_by
      ["ana"]                          | body            | the body must be a JSON object such as {"investigated_by": "ana"}
      {"investigated_by": "ana"} junk  | body            | the body is not valid JSON
      """)
  void investigate_badBody_is400_andChangesNothing(String body, String field, String message)
      throws Exception {
    RestResponse r = post("/api/v1/anomalies/" + A5 + "/investigate", body);
    assertThat(r.status()).isEqualTo(400);
    JsonNode error = JSON.readTree(r.body());
    assertThat(error.get("error").asText()).isEqualTo("bad_request");
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("message").asText()).startsWith(message);
    assertThat(row(A5).get(0)).isEqualTo(false);
  }

  @Test
  void investigate_nameLongerThanTheColumn_is400() throws Exception {
    RestResponse r = post("/api/v1/anomalies/" + A5 + "/investigate",
        "{\"investigated_by\": \"" + "x".repeat(201) + "\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.readTree("""
        {"error": "bad_request", "field": "investigated_by",
         "message": "investigated_by must be at most 200 characters but has 201"}"""));
  }

  @Test
  void investigate_nonJsonContentType_is415() throws Exception {
    RestResponse r = api.handle(RestRequest.of("POST", "/api/v1/anomalies/" + A5 + "/investigate")
        .withHeaders(Map.of("Content-Type", "text/plain"))
        .withBody("investigated_by=ana".getBytes(StandardCharsets.UTF_8)));
    assertThat(r.status()).isEqualTo(415);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("unsupported_media_type");
  }

  @Test
  void dispatch_unknownPath404_wrongMethod405WithAllow_options204_headLikeGet() throws Exception {
    RestResponse missing = api.handle(RestRequest.of("GET", "/api/v1/nothing"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body())).isEqualTo(JSON.readTree("""
        {"error": "not_found", "message": "no endpoint /api/v1/nothing; see /openapi.json",
         "field": null}"""));

    RestResponse delete = api.handle(RestRequest.of("DELETE", "/api/v1/jobs"));
    assertThat(delete.status()).isEqualTo(405);
    assertThat(delete.headers()).containsEntry("Allow", "GET, HEAD, OPTIONS");
    assertThat(JSON.readTree(delete.body()).get("error").asText()).isEqualTo("method_not_allowed");

    RestResponse getOnPost = api.handle(RestRequest.of("GET", "/api/v1/anomalies/" + A1
        + "/investigate"));
    assertThat(getOnPost.status()).isEqualTo(405);
    assertThat(getOnPost.headers()).containsEntry("Allow", "POST, OPTIONS");

    RestResponse options = api.handle(RestRequest.of("OPTIONS", "/api/v1/discoveries/recent"));
    assertThat(options.status()).isEqualTo(204);
    assertThat(options.headers()).containsEntry("Allow", "GET, HEAD, OPTIONS");
    assertThat(options.bodyLength()).isZero();

    RestResponse get = api.handle(RestRequest.of("GET", "/api/v1/jobs"));
    RestResponse head = api.handle(RestRequest.of("HEAD", "/api/v1/jobs"));
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.headers()).isEqualTo(get.headers());
    assertThat(head.bodyLength()).isEqualTo(get.bodyLength());
  }

  @Test
  void apiKey_offByDefault_whenSet_requiredOnApiRoutesOnly() throws Exception {
    assertThat(api.apiKeyRequired()).isFalse();
    QuantApi secured = QuantApi.create(db.dataSource(), Clock.systemUTC(),
        QuantApi.Settings.defaults().withApiKey("k3y-for-tests-only"));
    assertThat(secured.apiKeyRequired()).isTrue();
    RestRequest jobs = RestRequest.of("GET", "/api/v1/jobs");

    RestResponse none = secured.handle(jobs);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.headers()).containsEntry("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"");
    assertThat(JSON.readTree(none.body())).isEqualTo(JSON.readTree("""
        {"error": "unauthorized", "message": "missing or wrong X-Api-Key header", "field": null}"""));
    assertThat(secured.handle(jobs.withHeaders(Map.of("X-Api-Key", "k3y-for-tests-onl")))
        .status()).isEqualTo(401);
    assertThat(secured.handle(jobs.withHeaders(Map.of("X-Api-Key", ""))).status()).isEqualTo(401);
    assertThat(secured.handle(jobs.withHeaders(Map.of("x-api-key", "k3y-for-tests-only")))
        .status()).isEqualTo(200);
    // a POST is refused before its body or id is looked at
    assertThat(secured.handle(RestRequest.of("POST", "/api/v1/anomalies/" + A5 + "/investigate"))
        .status()).isEqualTo(401);
    assertThat(row(A5).get(0)).isEqualTo(false);
    assertThat(secured.handle(RestRequest.of("GET", "/openapi.json")).status()).isEqualTo(200);
    assertThat(secured.handle(RestRequest.of("OPTIONS", "/api/v1/jobs")).status()).isEqualTo(204);
  }

  @Test
  void databaseFailure_is500_withoutInternals() throws Exception {
    DataSource broken = (DataSource) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          throw new SQLException("connection refused (test)", "08001");
        });
    QuantApi failing = QuantApi.create(broken, Clock.systemUTC(), QuantApi.Settings.defaults());
    RestResponse r = failing.handle(RestRequest.of("GET", "/api/v1/jobs"));
    assertThat(r.status()).isEqualTo(500);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.readTree("""
        {"error": "internal_error", "message": "internal error; the server log has the details",
         "field": null}"""));
  }

  private static JsonNode get(String target) throws Exception {
    RestResponse r = api.handle(RestRequest.of("GET", target));
    assertThat(r.status()).as("GET %s: %s", target, r.bodyText()).isEqualTo(200);
    assertThat(r.headers()).containsEntry("Content-Type", "application/json; charset=utf-8");
    return JSON.readTree(r.body());
  }

  private static RestResponse post(String target, String body) {
    return api.handle(RestRequest.of("POST", target)
        .withHeaders(Map.of("Content-Type", "application/json"))
        .withBody(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<UUID> ids(JsonNode page) {
    List<UUID> out = new ArrayList<>();
    page.get("items").forEach(n -> out.add(UUID.fromString(n.get("id").asText())));
    return out;
  }

  /** investigated, investigated_by, investigated_at of one anomaly, read with SQL. */
  private static List<Object> row(UUID anomaly) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT investigated, investigated_by, "
            + "investigated_at FROM anomaly_detections WHERE id = ?")) {
      ps.setObject(1, anomaly);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
        List<Object> out = new ArrayList<>();
        out.add(rs.getBoolean(1));
        out.add(rs.getString(2));
        out.add(at == null ? null : at.toInstant());
        return out;
      }
    }
  }
}
