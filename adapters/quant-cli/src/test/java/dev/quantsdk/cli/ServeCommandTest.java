package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quant serve} on the default embedded H2 database: serves the imported House data over
 * HTTP, requires the API key when given one, and stops on its shutdown hook.
 */
class ServeCommandTest {

  private static final long START_TIMEOUT_SECONDS = 60;

  @TempDir
  Path workingDirectory;

  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void serve_answersOverHttp_withTheApiKey_andStopsOnItsHook() throws Exception {
    String csv = Path.of(System.getProperty("quant.data.dir"))
        .resolve("congress/house_transactions_2020_2022.csv").toString();
    TestCommands.Captured imported = new TestCommands.Captured(workingDirectory, Map.of(), false);
    imported.exitCode = QuantCli.run(CommandRegistry.root(), List.of("import", "house", csv),
        imported.context).code();
    assertThat(imported.exitCode).as(imported.err()).isZero();

    List<Runnable> hooks = new CopyOnWriteArrayList<>();
    CommandGroup root = new CommandGroup(QuantCli.PROGRAM, "test", "Test root.",
        GlobalOptions.ALL, List.of(new ServeCommand(hooks::add)), List.of());
    TestCommands.Captured serve = new TestCommands.Captured(workingDirectory,
        Map.of("QUANT_API_KEY", "cli-test-key-42"), false);
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> QuantCli.run(root,
        List.of("serve", "--port", "0"), serve.context).code());

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (serve.out().isBlank() && !exit.isDone() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(100);
    }
    String base = serve.out().strip();
    assertThat(base).as(serve.err()).matches("http://127\\.0\\.0\\.1:\\d+");
    assertThat(serve.err()).contains("X-Api-Key required");

    HttpResponse<String> refused = get(base + "/api/v1/jobs", null);
    assertThat(refused.statusCode()).isEqualTo(401);
    HttpResponse<String> jobs = get(base + "/api/v1/jobs", "cli-test-key-42");
    assertThat(jobs.statusCode()).isEqualTo(200);
    JsonNode page = mapper.readTree(jobs.body());
    assertThat(page.get("items").isArray()).isTrue();
    // imported, but nothing discovered yet
    assertThat(mapper.readTree(get(base + "/api/v1/discoveries/recent", "cli-test-key-42").body())
        .get("items")).isEmpty();
    assertThat(get(base + "/openapi.json", null).statusCode()).isEqualTo(200);

    assertThat(hooks).hasSize(1);
    hooks.get(0).run();
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(serve.err()).contains("server stopped");
  }

  @Test
  void serve_badPort_isUsageError() {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory, Map.of(), false);
    int code = QuantCli.run(CommandRegistry.root(), List.of("serve", "--port", "70000"),
        captured.context).code();
    assertThat(code).isEqualTo(2);
    assertThat(captured.err()).contains("--port must be in 0..65535 but was 70000");
  }

  private HttpResponse<String> get(String url, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (key != null) {
      b.header("X-Api-Key", key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
