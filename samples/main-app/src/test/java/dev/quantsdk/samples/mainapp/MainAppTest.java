package dev.quantsdk.samples.mainapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample host: option parsing and a real start over H2 and PostgreSQL. */
class MainAppTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void start_overAFreshH2_servesTheDashboardAndTheApi() throws Exception {
    MainApp.Options options = MainApp.Options.parse(new String[] {"--h2",
        dir.resolve("db").toString(), "--port", "0"}, Map.of());

    try (MainApp.Running running = MainApp.start(options)) {
      String base = running.server().baseUrl();
      HttpResponse<String> page = get(base + "/", Map.of());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(page.body()).contains("<title>Quant SDK dashboard</title>");

      HttpResponse<String> jobs = get(base + "/api/v1/jobs", Map.of());
      assertThat(jobs.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(jobs.body());
      // a freshly migrated database has run nothing
      assertThat(body.path("summary").path("runs").asInt()).isZero();
      assertThat(body.path("items").size()).isZero();

      // the futures store is configured: the backtest list answers (empty), not 503
      HttpResponse<String> backtests = get(base + "/api/v1/futurequant/backtests?limit=1",
          Map.of());
      assertThat(backtests.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(backtests.body()).path("items").size()).isZero();
    }
  }

  @Test
  void start_overPostgres_fromTheEnvironment_migratesAndServes() throws Exception {
    DatabaseConfig pg = TestDatabases.postgres();
    MainApp.Options options = MainApp.Options.parse(new String[] {"--port", "0"},
        Map.of(MainApp.ENV_DB_URL, pg.jdbcUrl(), MainApp.ENV_DB_USER, pg.user(),
            MainApp.ENV_DB_PASSWORD, pg.password()));
    assertThat(options.database().jdbcUrl()).isEqualTo(pg.jdbcUrl());

    try (MainApp.Running running = MainApp.start(options)) {
      HttpResponse<String> jobs = get(running.server().baseUrl() + "/api/v1/jobs", Map.of());
      assertThat(jobs.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(jobs.body()).path("summary").path("runs").asInt()).isZero();
    }
  }

  @Test
  void start_withAnApiKeyInTheEnvironment_requiresIt() throws Exception {
    MainApp.Options options = MainApp.Options.parse(new String[] {"--h2",
        dir.resolve("db").toString(), "--port", "0"}, Map.of(MainApp.ENV_API_KEY, "s3cret-key"));

    try (MainApp.Running running = MainApp.start(options)) {
      String jobs = running.server().baseUrl() + "/api/v1/jobs";
      assertThat(get(jobs, Map.of()).statusCode()).isEqualTo(401);
      assertThat(get(jobs, Map.of("X-Api-Key", "s3cret-key")).statusCode()).isEqualTo(200);
      // the page itself stays public: it asks for the key
      assertThat(get(running.server().baseUrl() + "/", Map.of()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void parse_defaults_embeddedH2OnLoopback8080() {
    MainApp.Options options = MainApp.Options.parse(new String[0], Map.of());

    assertThat(options.database()).isEqualTo(DatabaseConfig.embeddedH2());
    assertThat(options.migrate()).isTrue();
    assertThat(options.address().getPort()).isEqualTo(8080);
    assertThat(options.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(options.apiKey()).isEmpty();
  }

  @Test
  void parse_optionsWinOverTheEnvironment() {
    MainApp.Options options = MainApp.Options.parse(new String[] {"--db",
        "jdbc:postgresql://db.example/quant", "--user", "quant_app", "--no-migrate", "--bind",
        "0.0.0.0", "--port", "9090"}, Map.of(MainApp.ENV_DB_URL, "jdbc:postgresql://other/x",
        MainApp.ENV_DB_USER, "someone", MainApp.ENV_DB_PASSWORD, "from-env"));

    assertThat(options.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db.example/quant");
    assertThat(options.database().user()).isEqualTo("quant_app");
    assertThat(options.database().password()).isEqualTo("from-env");
    assertThat(options.migrate()).isFalse();
    assertThat(options.address().getAddress().isAnyLocalAddress()).isTrue();
    assertThat(options.address().getPort()).isEqualTo(9090);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--db jdbc:postgresql://h/db | --db needs --user USER",
      "--port 70000 | --port must be in [0, 65535] but was 70000",
      "--port eighty | --port must be a number but was 'eighty'",
      "--h2 | --h2 needs a value",
      "--h2 a --db jdbc:h2:mem:x --user sa | give either --h2 DIR or --db URL, not both",
      "--verbose | unknown option: --verbose",
      "--db mysql://h/db --user u | jdbcUrl must start with jdbc:h2: or jdbc:postgresql:"})
  void parse_badArguments_sayWhatIsWrong(String line, String message) {
    assertThatThrownBy(() -> MainApp.Options.parse(line.trim().split(" +"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void run_help_printsTheUsage_andBadUsage_exits2() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    assertThat(MainApp.run(new String[] {"--help"}, Map.of(), print(out), print(err))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--db URL", MainApp.ENV_API_KEY);
    assertThat(MainApp.run(new String[] {"--port"}, Map.of(), print(out), print(err)))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: --port needs a value");
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(String url, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
