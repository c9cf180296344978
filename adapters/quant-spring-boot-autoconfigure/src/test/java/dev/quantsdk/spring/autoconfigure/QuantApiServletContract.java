package dev.quantsdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.rest.RestRequest;
import dev.quantsdk.rest.RestResponse;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The starter in a real Spring Boot servlet host (full auto-configuration, embedded Tomcat on a
 * free port, one server for the whole class) over an H2 database holding the real House
 * disclosures and one real discovery run, called over real HTTP with {@link HttpClient}. The
 * servlet must be a faithful pass-through: every answer is compared with what
 * {@link QuantApi#handle} itself returns for the same request on the same database (status,
 * media type, the API's headers, the body byte for byte); rows are checked with SQL written here.
 * Written once, run on Spring Boot 3.5 and 4.1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QuantApiServletContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The host's clock: investigations are stamped with it. */
  private static final Instant HOST_NOW = Instant.parse("2026-11-22T08:00:00Z");
  private static final int BODY_LIMIT = 4096;

  @TempDir
  static Path dir;

  private ConfigurableApplicationContext context;
  private QuantApi api;
  private DataSource dataSource;
  private HttpClient http;
  private int port;
  private String base;

  /** A host application: nothing but Boot's auto-configuration and a clock. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Host {
    @Bean
    Clock hostClock() {
      return Clock.fixed(HOST_NOW, ZoneOffset.UTC);
    }
  }

  @BeforeAll
  void start() {
    DatabaseConfig db = HouseDatabase.seed(dir);
    context = new SpringApplicationBuilder(Host.class).properties(
        "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
        "spring.datasource.password=" + db.password(), "server.port=0",
        "server.address=127.0.0.1", "spring.main.banner-mode=off",
        // Boot 3.5 runs its own Flyway whenever flyway-core is present; its default location
        // db/migration would also find the SDK's db/migration/quant (see docs/integration.md)
        "spring.flyway.enabled=false",
        "quant.api.max-body-size=" + BODY_LIMIT + "B").run();
    api = context.getBean(QuantApi.class);
    dataSource = context.getBean(DataSource.class);
    port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    base = "http://127.0.0.1:" + port;
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  void stop() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void recent_limit3_isTheApisOwnAnswer_inTheTablesOrder() throws Exception {
    HttpResponse<byte[]> got = send("GET", "/api/v1/discoveries/recent?limit=3", null);
    assertPassedThrough(got, api.handle(RestRequest.of("GET",
        "/api/v1/discoveries/recent?limit=3")));
    assertThat(got.statusCode()).isEqualTo(200);
    List<String> expected = new ArrayList<>();
    for (UUID id : ids("SELECT id FROM pattern_discoveries "
        + "ORDER BY discovery_date DESC, strength DESC, id", 3)) {
      expected.add(id.toString());
    }
    List<String> served = new ArrayList<>();
    JSON.readTree(got.body()).get("items").forEach(d -> served.add(d.get("id").asText()));
    assertThat(served).containsExactlyElementsOf(expected);
    assertThat(got.headers().firstValue("Link")).hasValueSatisfying(link ->
        assertThat(link).startsWith("</api/v1/discoveries/recent?limit=3&cursor="));
  }

  @Test
  void recent_limit0_is400_namingTheParameter() throws Exception {
    HttpResponse<byte[]> got = send("GET", "/api/v1/discoveries/recent?limit=0", null);
    assertPassedThrough(got, api.handle(RestRequest.of("GET",
        "/api/v1/discoveries/recent?limit=0")));
    assertThat(got.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(got.body());
    assertThat(error.get("error").asText()).isEqualTo("bad_request");
    assertThat(error.get("field").asText()).isEqualTo("limit");
  }

  @Test
  void unknownPolitician_is404() throws Exception {
    String path = "/api/v1/discoveries/politician/00000000-0000-0000-0000-000000000000";
    HttpResponse<byte[]> got = send("GET", path, null);
    assertPassedThrough(got, api.handle(RestRequest.of("GET", path)));
    assertThat(got.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(got.body()).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void unknownPathUnderTheApi_isTheApisJson404_notTheHostsErrorPage() throws Exception {
    HttpResponse<byte[]> got = send("GET", "/api/v1/no/such/thing", null);
    assertPassedThrough(got, api.handle(RestRequest.of("GET", "/api/v1/no/such/thing")));
    assertThat(got.statusCode()).isEqualTo(404);
  }

  @Test
  void investigate_marksTheRow_withTheHostsClock_once() throws Exception {
    UUID top = ids("SELECT id FROM anomaly_detections WHERE severity >= 0.8 AND "
        + "investigated = FALSE ORDER BY severity DESC, detected_at DESC, id", 1).get(0);
    String path = "/api/v1/anomalies/" + top + "/investigate";
    HttpResponse<byte[]> first = send("POST", path, "{\"investigated_by\": \"spring-host\"}");
    assertThat(first.statusCode()).isEqualTo(200);
    JsonNode state = JSON.readTree(first.body());
    assertThat(state.get("changed").asBoolean()).isTrue();
    Investigation row = new JdbcTemplate(dataSource).queryForObject("SELECT investigated, "
        + "investigated_by, investigated_at FROM anomaly_detections WHERE id = ?",
        (rs, n) -> new Investigation(rs.getBoolean("investigated"),
            rs.getString("investigated_by"),
            rs.getObject("investigated_at", OffsetDateTime.class).toInstant()), top);
    assertThat(row).isEqualTo(new Investigation(true, "spring-host", HOST_NOW));
    HttpResponse<byte[]> again = send("POST", path, "{\"investigated_by\": \"someone-else\"}");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("changed").asBoolean()).isFalse();
    assertThat(JSON.readTree(again.body()).get("investigated_by").asText())
        .isEqualTo("spring-host");
  }

  @Test
  void openApi_isTheApisDocument() throws Exception {
    HttpResponse<byte[]> got = send("GET", "/openapi.json", null);
    assertPassedThrough(got, api.handle(RestRequest.of("GET", "/openapi.json")));
    assertThat(got.statusCode()).isEqualTo(200);
    JsonNode paths = JSON.readTree(got.body()).get("paths");
    List<String> served = new ArrayList<>();
    paths.fieldNames().forEachRemaining(served::add);
    assertThat(served).contains("/api/v1/discoveries/recent", "/api/v1/anomalies/critical",
        "/api/v1/discoveries/politician/{id}", "/api/v1/anomalies/{id}/investigate");
  }

  @Test
  void head_hasTheGetHeaders_andNoBody_options_is204WithAllow() throws Exception {
    String path = "/api/v1/discoveries/recent?limit=2";
    HttpResponse<byte[]> get = send("GET", path, null);
    HttpResponse<byte[]> head = send("HEAD", path, null);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(get.body().length));
    assertThat(mediaType(head)).isEqualTo(mediaType(get));

    HttpResponse<byte[]> options = send("OPTIONS", "/api/v1/discoveries/recent", null);
    RestResponse expected = api.handle(RestRequest.of("OPTIONS", "/api/v1/discoveries/recent"));
    assertThat(options.statusCode()).isEqualTo(204).isEqualTo(expected.status());
    assertThat(options.headers().firstValue("Allow")).hasValue(expected.headers().get("Allow"));
  }

  @Test
  void methodNotAllowed_is405WithAllow() throws Exception {
    HttpResponse<byte[]> got = send("DELETE", "/api/v1/jobs", null);
    assertPassedThrough(got, api.handle(RestRequest.of("DELETE", "/api/v1/jobs")));
    assertThat(got.statusCode()).isEqualTo(405);
  }

  @Test
  void malformedEscapeInTheQuery_isTheApisJson400() throws Exception {
    // java.net.URI refuses such a target, so the request is written on a plain socket
    String answer;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(("GET /api/v1/discoveries/recent?limit=%zz HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(answer).startsWith("HTTP/1.1 400");
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    JsonNode error = JSON.readTree(body);
    assertThat(error.get("error").asText()).isEqualTo("bad_request");
    assertThat(error.get("message").asText()).startsWith("malformed request: ");
  }

  @Test
  void apiKey_401WithoutTheHeader_200WithIt_openApiStaysOpen() throws Exception {
    String key = "spring-test-key-1f3a";
    // a second, keyed host on an empty in-memory database: the only other server of the class
    try (ConfigurableApplicationContext keyed = new SpringApplicationBuilder(Host.class)
        .properties("spring.datasource.url=jdbc:h2:mem:quant_keyed;DB_CLOSE_DELAY=-1",
            "server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
            "spring.flyway.enabled=false", "quant.api.api-key=" + key).run()) {
      String keyedBase = "http://127.0.0.1:"
          + keyed.getEnvironment().getProperty("local.server.port");
      HttpResponse<byte[]> refused = get(keyedBase + "/api/v1/jobs", null);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .hasValue("ApiKey header=\"" + QuantApi.API_KEY_HEADER + "\"");
      assertThat(JSON.readTree(refused.body()).get("error").asText()).isEqualTo("unauthorized");
      assertThat(get(keyedBase + "/api/v1/jobs", "wrong-key").statusCode()).isEqualTo(401);
      assertThat(get(keyedBase + "/api/v1/jobs", key).statusCode()).isEqualTo(200);
      assertThat(get(keyedBase + "/openapi.json", null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void bodyOverTheLimit_is413() throws Exception {
    String big = "{\"investigated_by\": \"" + "x".repeat(BODY_LIMIT) + "\"}";
    HttpResponse<byte[]> got = send("POST", "/api/v1/anomalies/"
        + "00000000-0000-0000-0000-000000000000/investigate", big);
    assertThat(got.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(got.body()).get("error").asText()).isEqualTo("payload_too_large");
  }

  /** Status, media type, every header the API set, and the body bytes are the API's own. */
  private static void assertPassedThrough(HttpResponse<byte[]> got, RestResponse expected) {
    assertThat(got.statusCode()).isEqualTo(expected.status());
    assertThat(got.body()).isEqualTo(expected.body());
    for (Map.Entry<String, String> h : expected.headers().entrySet()) {
      if (h.getKey().equalsIgnoreCase("Content-Type")) {
        assertThat(mediaType(got)).isEqualTo(normalised(h.getValue()));
      } else {
        assertThat(got.headers().firstValue(h.getKey())).as(h.getKey()).hasValue(h.getValue());
      }
    }
  }

  /** The content type without optional whitespace, lower case (RFC 9110: the same media type). */
  private static String mediaType(HttpResponse<?> response) {
    return normalised(response.headers().firstValue("Content-Type").orElse(""));
  }

  private static String normalised(String contentType) {
    return contentType.replace(" ", "").toLowerCase(Locale.ROOT);
  }

  private HttpResponse<byte[]> send(String method, String target, String jsonBody)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target))
        .timeout(Duration.ofSeconds(30));
    if (jsonBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    }
    return http.send(request.build(), BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> get(String url, String apiKey) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30));
    if (apiKey != null) {
      request.header(QuantApi.API_KEY_HEADER, apiKey);
    }
    return http.send(request.build(), BodyHandlers.ofByteArray());
  }

  private List<UUID> ids(String sql, int limit) {
    List<UUID> out = new JdbcTemplate(dataSource).query(sql,
        (rs, n) -> rs.getObject(1, UUID.class));
    assertThat(out).hasSizeGreaterThanOrEqualTo(limit);
    return out.subList(0, limit);
  }

  /** One anomaly's investigation columns. */
  private record Investigation(boolean investigated, String by, Instant at) {
  }
}
