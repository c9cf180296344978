package dev.quantsdk.samples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.rest.QuantApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the sample as it ships (its application.properties), on an in-memory H2 database instead
 * of the file, on a free port, and calls it over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:quant_sample;DB_CLOSE_DELAY=-1")
class SpringBootSampleApplicationTest {

  @LocalServerPort
  int port;

  @Autowired
  QuantApi api;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void starts_migratesTheSchema_andServesTheApi() throws Exception {
    // the starter migrated the Quant schema into the host's database (Flyway quotes the
    // history table's lower-case name on H2)
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"quant_schema_history\" "
        + "WHERE \"success\" AND \"version\" IS NOT NULL", Integer.class))
        .isGreaterThanOrEqualTo(8);
    HttpResponse<String> recent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/api/v1/discoveries/recent?limit=5")).build(),
        BodyHandlers.ofString());
    assertThat(recent.statusCode()).isEqualTo(200);
    JsonNode page = new ObjectMapper().readTree(recent.body());
    // a fresh database: nothing discovered yet, and no next page
    assertThat(page.get("items").isArray()).isTrue();
    assertThat(page.get("items")).isEmpty();
    assertThat(page.get("next").isNull()).isTrue();
    assertThat(api.apiKeyRequired()).isFalse();
  }
}
