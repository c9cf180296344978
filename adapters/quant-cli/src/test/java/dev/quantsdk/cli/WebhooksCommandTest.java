package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code quant webhooks} end to end in an embedded H2 database: a receiver registered with
 * {@code add}, the bundled House file imported and discovered, and {@code dispatch} delivering
 * every critical anomaly to a JDK HttpServer on loopback that fails first, then accepts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksCommandTest {

  private static final String SECRET = "cli-test-secret-0123456789abcdef";

  private final ObjectMapper mapper = new ObjectMapper();
  /** Idempotency key and signature check of every request received. */
  private final List<String> keys = new CopyOnWriteArrayList<>();
  private final Set<String> badSignatures = ConcurrentHashMap.newKeySet();
  private final AtomicInteger status = new AtomicInteger(500);

  @TempDir
  static Path workingDirectory;

  private HttpServer receiver;
  private String url;

  @BeforeAll
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    receiver.createContext("/hook", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String key = exchange.getRequestHeaders().getFirst("X-Quant-Idempotency-Key");
      if (!expectedSignature(body).equals(exchange.getRequestHeaders().getFirst(
          "X-Quant-Signature"))) {
        badSignatures.add(key);
      }
      keys.add(key);
      exchange.sendResponseHeaders(status.get(), -1);
      exchange.close();
    });
    receiver.start();
    url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @AfterAll
  void stopReceiver() {
    receiver.stop(0);
  }

  /** HMAC-SHA256 with javax.crypto directly, not with the code under test. */
  private static String expectedSignature(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private TestCommands.Captured run(String... args) {
    return runIn(workingDirectory, args);
  }

  private static TestCommands.Captured runIn(Path directory, String... args) {
    TestCommands.Captured captured = new TestCommands.Captured(directory, Map.of(), false);
    captured.exitCode = QuantCli.run(List.of(args), captured.context);
    return captured;
  }

  /** Runs at a later wall-clock time, so retries that were backed off are due. */
  private String runLater(Duration later, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), workingDirectory, false,
        System::nanoTime, Clock.offset(TestCommands.Captured.TODAY, later));
    assertThat(QuantCli.run(List.of(args), context)).as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String data(String relative) {
    return Path.of(System.getProperty("quant.data.dir")).resolve(relative).toString();
  }

  @Test
  void add_discover_dispatch_deliversEveryCriticalAnomalyOnce_afterTheReceiverFailed()
      throws IOException {
    TestCommands.Captured added = run("webhooks", "add", url, "--secret", SECRET,
        "--min-severity", "0.8", "--json");
    assertThat(added.exitCode).as(added.err()).isZero();
    JsonNode endpoint = mapper.readTree(added.out());
    List<String> fields = new ArrayList<>();
    endpoint.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "url", "min_severity", "active", "created_at",
        "secret_fingerprint");
    assertThat(added.out() + added.err()).doesNotContain(SECRET);

    assertThat(run("import", "house", data("congress/house_transactions_2020_2022.csv")).exitCode)
        .isZero();
    TestCommands.Captured discovered = run("discover", "--json");
    assertThat(discovered.exitCode).as(discovered.err()).isZero();
    // the facade's own count of anomalies at or above 0.8, independent of the webhook code
    int critical = mapper.readTree(discovered.out()).get("critical_anomalies").asInt();
    assertThat(critical).isPositive();

    // the receiver answers 500: every delivery attempted once, none marked delivered
    JsonNode failing = mapper.readTree(run("webhooks", "dispatch", "--json").out());
    assertThat(failing.get("attempted").asInt()).isEqualTo(critical);
    assertThat(failing.get("delivered").asInt()).isZero();
    assertThat(failing.get("pending").asInt()).isEqualTo(critical);
    JsonNode listed = mapper.readTree(run("webhooks", "list", "--json").out()).get(0);
    assertThat(listed.get("pending").asInt()).isEqualTo(critical);
    assertThat(listed.get("last_error").asText()).isEqualTo("HTTP 500");

    // an hour later the receiver accepts: everything delivered, each key exactly once more
    status.set(200);
    JsonNode ok = mapper.readTree(runLater(Duration.ofHours(1), "webhooks", "dispatch", "--json"));
    assertThat(ok.get("delivered").asInt()).isEqualTo(critical);
    assertThat(ok.get("pending").asInt()).isZero();
    assertThat(mapper.readTree(runLater(Duration.ofHours(2), "webhooks", "dispatch", "--json"))
        .get("attempted").asInt()).isZero();
    assertThat(keys).hasSize(2 * critical);
    assertThat(Set.copyOf(keys)).hasSize(critical);
    assertThat(badSignatures).isEmpty();

    TestCommands.Captured list = run("webhooks", "list", "--json");
    JsonNode done = mapper.readTree(list.out()).get(0);
    assertThat(done.get("delivered").asInt()).isEqualTo(critical);
    assertThat(done.get("secret_fingerprint").asText()).matches("sha256:[0-9a-f]{8}");
    assertThat(list.out()).doesNotContain(SECRET);
  }

  @Test
  void disableAndEnable_switchTheReceiver_byItsListedId(@TempDir Path own)
      throws IOException {
    // its own database, so that this receiver never joins the delivery test's counts
    TestCommands.Captured added = runIn(own, "webhooks", "add", "https://toggle.example.com/hook",
        "--secret", SECRET, "--json");
    assertThat(added.exitCode).as(added.err()).isZero();
    String id = mapper.readTree(added.out()).get("id").asText();
    assertThat(runIn(own, "webhooks", "disable", id).exitCode).isZero();
    assertThat(activeOf(own, id)).isFalse();
    assertThat(runIn(own, "webhooks", "enable", id).exitCode).isZero();
    assertThat(activeOf(own, id)).isTrue();
    TestCommands.Captured unknown = runIn(own, "webhooks", "disable",
        "00000000-0000-0000-0000-000000000000");
    assertThat(unknown.exitCode).isEqualTo(ExitStatus.BAD_INPUT.code());
    assertThat(unknown.err()).contains("no webhook receiver has id");
    assertThat(runIn(own, "webhooks", "enable", "not-a-uuid").exitCode)
        .isEqualTo(ExitStatus.USAGE.code());
  }

  private boolean activeOf(Path own, String id) throws IOException {
    for (JsonNode e : mapper.readTree(runIn(own, "webhooks", "list", "--json").out())) {
      if (e.get("id").asText().equals(id)) {
        return e.get("active").asBoolean();
      }
    }
    throw new AssertionError("receiver " + id + " not listed");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "webhooks add https://h.example.com/x --secret short | secret must have 16",
      "webhooks add https://h.example.com/x | needs --secret",
      "webhooks add ftp://h.example.com/x --secret cli-test-secret-0123456789abcdef | http or https",
      "webhooks add https://h.example.com/x --secret cli-test-secret-0123456789abcdef "
          + "--min-severity high | --min-severity expects",
      "webhooks add https://h.example.com/x --secret cli-test-secret-0123456789abcdef "
          + "--min-severity 1.5 | minSeverity",
      "webhooks dispatch --batch 0 | --batch must be in"})
  void badInput_exitsWithUsage_andNeverEchoesTheSecret(String line, String message) {
    TestCommands.Captured r = run(line.split(" "));
    assertThat(r.exitCode).isEqualTo(ExitStatus.USAGE.code());
    assertThat(r.err()).contains(message).doesNotContain("short");
  }
}
