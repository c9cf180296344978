package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * CORS in {@link QuantApi}: off by default; with allowed origins, preflights and responses carry
 * the {@code Access-Control-Allow-*} headers for those origins only. Routes that need no database
 * ({@code /openapi.json}, preflights, 401s) keep the tests off the database.
 */
class QuantApiCorsTest {

  private static final String DASH = "https://dash.example.org";
  private static final QuantApi OFF = QuantApi.create(EsSources.noDatabase(), Clock.systemUTC(),
      QuantApi.Settings.defaults());
  private static final QuantApi ON = QuantApi.create(EsSources.noDatabase(), Clock.systemUTC(),
      QuantApi.Settings.defaults().withAllowedOrigins(List.of(DASH, "http://localhost:5173"))
          .withApiKey("cors-test-key-0123456789"));

  @Test
  void off_byDefault_noCorsHeaderEvenForAPreflight() {
    RestResponse preflight = OFF.handle(preflight(DASH, "POST"));
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.headers()).containsEntry("Allow", "GET, HEAD, OPTIONS")
        .doesNotContainKeys("Access-Control-Allow-Origin", "Access-Control-Allow-Methods");
    RestResponse get = OFF.handle(RestRequest.of("GET", "/openapi.json")
        .withHeaders(Map.of("Origin", DASH)));
    assertThat(get.headers()).doesNotContainKey("Access-Control-Allow-Origin");
  }

  @Test
  void preflight_ofAnAllowedOrigin_echoesIt_withMethodsHeadersAndMaxAge() {
    RestResponse r = ON.handle(preflight(DASH, "POST").withHeaders(Map.of("Origin", DASH,
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
        "content-type, x-api-key")));
    assertThat(r.status()).isEqualTo(204);
    assertThat(r.bodyLength()).isZero();
    assertThat(r.headers()).containsEntry("Access-Control-Allow-Origin", DASH)
        .containsEntry("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        .containsEntry("Access-Control-Allow-Headers", "Content-Type, X-Api-Key")
        .containsEntry("Access-Control-Max-Age", "600")
        .containsEntry("Vary", "Origin");
    // a preflight never needs the key (browsers send none)
    RestResponse post = ON.handle(new RestRequest("OPTIONS",
        "/api/v1/futurequant/backtests", Map.of(), Map.of("Origin", "http://localhost:5173",
            "Access-Control-Request-Method", "POST"), new byte[0]));
    assertThat(post.headers()).containsEntry("Access-Control-Allow-Origin",
        "http://localhost:5173").containsEntry("Access-Control-Allow-Methods",
        "GET, HEAD, POST, OPTIONS");
  }

  @Test
  void preflight_ofAnotherOrigin_getsNoCorsHeader() {
    RestResponse r = ON.handle(preflight("https://evil.example.com", "GET"));
    assertThat(r.status()).isEqualTo(204);
    assertThat(r.headers()).doesNotContainKeys("Access-Control-Allow-Origin",
        "Access-Control-Allow-Methods", "Access-Control-Allow-Headers");
  }

  @Test
  void responses_ofAnAllowedOrigin_carryTheOrigin_errorsToo() {
    RestResponse doc = ON.handle(RestRequest.of("GET", "/openapi.json")
        .withHeaders(Map.of("Origin", DASH)));
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.headers()).containsEntry("Access-Control-Allow-Origin", DASH)
        .containsEntry("Access-Control-Expose-Headers", "Link, Location")
        .containsEntry("Vary", "Origin");
    // the browser must be able to read the 401 body to tell the user why
    RestResponse refused = ON.handle(RestRequest.of("GET", "/api/v1/jobs")
        .withHeaders(Map.of("Origin", DASH)));
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.headers()).containsEntry("Access-Control-Allow-Origin", DASH);
    RestResponse other = ON.handle(RestRequest.of("GET", "/openapi.json")
        .withHeaders(Map.of("Origin", "https://dash.example.org.evil.com")));
    assertThat(other.headers()).doesNotContainKey("Access-Control-Allow-Origin");
  }

  @Test
  void anyOrigin_withTheWildcard_isEchoed() {
    QuantApi any = QuantApi.create(EsSources.noDatabase(), Clock.systemUTC(),
        QuantApi.Settings.defaults().withAllowedOrigins(List.of("*")));
    RestResponse r = any.handle(RestRequest.of("GET", "/openapi.json")
        .withHeaders(Map.of("Origin", "http://127.0.0.1:9000")));
    assertThat(r.headers()).containsEntry("Access-Control-Allow-Origin", "http://127.0.0.1:9000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dash.example.org", "https://dash.example.org/", "https://x.org/app",
      "ftp://x.org", "https://x.org?a=1", "", "null"})
  void settings_refuseAnOriginThatIsNotSchemeHostPort(String origin) {
    assertThatThrownBy(() -> QuantApi.Settings.defaults().withAllowedOrigins(List.of(origin)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allowed origin must be http(s)://host[:port]");
  }

  private static RestRequest preflight(String origin, String method) {
    return new RestRequest("OPTIONS", "/api/v1/anomalies/critical", Map.of(),
        Map.of("Origin", origin, "Access-Control-Request-Method", method), new byte[0]);
  }
}
