package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quant demo} end to end on the bundled real data: the first run imports, discovers,
 * backtests and prints findings that equal what the database holds (checked with plain SQL) and
 * what {@code quant backtest} prints for the same parameters; the second run imports nothing
 * new, leaves the stored results as they were and serves the API until its stop hook runs.
 */
class DemoCommandTest {

  private static final long START_TIMEOUT_SECONDS = 120;
  private static final double TOLERANCE = 1e-9;
  /** The House file's data rows: its 14,797 lines less the header (samples/data/README.md). */
  private static final int HOUSE_ROWS = 14_796;
  /** The 5 rows with impossible dates (docs/cli.md lists them). */
  private static final int HOUSE_REJECTED = 5;
  /** Rows of the bundled ES1 and ES2 files (samples/data/README.md). */
  private static final int ES1_ROWS = 5_650;
  private static final int ES2_ROWS = 5_642;
  private static final double CAPITAL = 100_000;

  @TempDir
  Path workingDirectory;

  private final ObjectMapper mapper = new ObjectMapper();

  private static String dataDir() {
    return System.getProperty("quant.data.dir");
  }

  @Test
  void demo_runsTwice_findingsEqualTheDatabase_andTheSecondRunServesTheSameState()
      throws Exception {
    Path dbDir = workingDirectory.resolve("demo-db");

    TestCommands.Captured first = new TestCommands.Captured(workingDirectory);
    int code = QuantCli.run(root(new DemoCommand(hook -> { })),
        List.of("demo", "--no-serve", "--json", "--data", dataDir(), "--db", dbDir.toString()),
        first.context).code();
    assertThat(code).as(first.err()).isZero();
    JsonNode json = mapper.readTree(first.out());

    // imports: the files' known row counts
    assertThat(json.at("/imports/house/rows").asInt()).isEqualTo(HOUSE_ROWS);
    assertThat(json.at("/imports/house/imported").asInt()).isEqualTo(HOUSE_ROWS - HOUSE_REJECTED);
    assertThat(json.at("/imports/house/rejected").asInt()).isEqualTo(HOUSE_REJECTED);
    assertThat(json.at("/imports/futures/0/rows").asInt()).isEqualTo(ES1_ROWS);
    assertThat(json.at("/imports/futures/1/rows").asInt()).isEqualTo(ES2_ROWS);
    assertThat(first.err()).contains("[1/4]", "[2/4]", "[3/4]", "[4/4]");

    // findings: what plain SQL reads from the database
    String url = "jdbc:h2:file:" + dbDir.resolve("quant").toString().replace('\\', '/');
    Map<String, Double> worstByType = new LinkedHashMap<>();
    List<Double> strongest = new ArrayList<>();
    double modularity;
    long anomalyRows;
    long patternRows;
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT anomaly_type, MAX(severity) FROM "
          + "anomaly_detections GROUP BY anomaly_type ORDER BY MAX(severity) DESC, anomaly_type")) {
        while (rs.next()) {
          worstByType.put(rs.getString(1), rs.getDouble(2));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT strength FROM pattern_discoveries WHERE "
          + "pattern_type = 'fourier_cycle' ORDER BY strength DESC LIMIT 5")) {
        while (rs.next()) {
          strongest.add(rs.getDouble(1));
        }
      }
      modularity = single(s, "SELECT modularity FROM network_discoveries ORDER BY "
          + "discovery_date DESC LIMIT 1");
      anomalyRows = (long) single(s, "SELECT COUNT(*) FROM anomaly_detections");
      patternRows = (long) single(s, "SELECT COUNT(*) FROM pattern_discoveries");
    }
    assertThat(json.at("/discovery/anomalies").asLong()).isEqualTo(anomalyRows);
    List<String> types = new ArrayList<>();
    for (JsonNode a : json.get("anomalies")) {
      types.add(a.get("anomaly_type").asText());
      assertThat(a.get("severity").asDouble())
          .isCloseTo(worstByType.get(a.get("anomaly_type").asText()), within(TOLERANCE));
      assertThat(a.get("explanation").asText()).isNotBlank();
    }
    assertThat(types).containsExactlyInAnyOrderElementsOf(worstByType.keySet());
    List<Double> printed = new ArrayList<>();
    for (JsonNode c : json.get("cycles")) {
      printed.add(c.get("strength").asDouble());
      assertThat(c.get("q_value").asDouble()).isLessThanOrEqualTo(0.05);
    }
    assertThat(printed).isEqualTo(strongest);
    assertThat(json.at("/network/modularity").asDouble()).isCloseTo(modularity, within(TOLERANCE));
    JsonNode largest = json.at("/network/largest_communities");
    assertThat(largest).isNotEmpty();
    assertThat(largest.get(0).get("members")).hasSize(largest.get(0).get("size").asInt());

    // the backtest: the numbers quant backtest prints for the same parameters and file
    SmaCrossParams p = DemoCommand.backtestParams();
    TestCommands.Captured backtest = new TestCommands.Captured(workingDirectory);
    assertThat(QuantCli.run(List.of("backtest", "--bars", Path.of(dataDir())
        .resolve(DemoCommand.ES1_FILE).toString(), "--policy", "repair", "--fast",
        String.valueOf(p.fast()), "--slow", String.valueOf(p.slow()), "--commission",
        String.valueOf(p.commission()), "--slippage-ticks", String.valueOf(p.slippageTicks()),
        "--json"), backtest.context)).as(backtest.err()).isZero();
    JsonNode expected = mapper.readTree(backtest.out());
    JsonNode stored = json.get("backtest");
    for (String key : List.of("fills", "round_trips", "fees", "gross_pnl", "net_pnl",
        "final_equity", "sharpe", "max_drawdown", "max_drawdown_pct")) {
      assertThat(stored.get(key).asDouble()).as(key).isEqualTo(expected.get(key).asDouble());
    }
    // every fill after the first reverses one contract into the other: 2 contracts
    int fills = stored.get("fills").asInt();
    assertThat(stored.get("fees").asDouble()).isEqualTo(p.commission() * (1 + 2 * (fills - 1)));
    assertThat(stored.get("final_equity").asDouble())
        .isCloseTo(CAPITAL + stored.get("net_pnl").asDouble(), within(TOLERANCE));
    // the run and its curve as stored: the curve's last point is the final equity
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertThat(single(s, "SELECT COUNT(*) FROM backtest_equity WHERE run_id = '"
          + DemoCommand.BACKTEST_RUN_ID + "'")).isEqualTo(stored.get("equity_points").asDouble());
      assertThat(single(s, "SELECT equity FROM backtest_equity WHERE run_id = '"
          + DemoCommand.BACKTEST_RUN_ID + "' ORDER BY point_date DESC LIMIT 1"))
          .isEqualTo(stored.get("final_equity").asDouble());
    }
    assertThat(json.get("url").isNull()).isTrue();

    // the second run: nothing new stored, the same results, then served until its hook runs
    List<Runnable> hooks = new CopyOnWriteArrayList<>();
    TestCommands.Captured second = new TestCommands.Captured(workingDirectory);
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> QuantCli.run(
        root(new DemoCommand(hooks::add)), List.of("demo", "--json", "--port", "0",
            "--data", dataDir(), "--db", dbDir.toString()), second.context).code());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (hooks.isEmpty() && !exit.isDone() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(100);
    }
    assertThat(hooks).as(second.err()).hasSize(1);
    JsonNode again = mapper.readTree(second.out());
    assertThat(again.at("/imports/house/imported").asInt()).isZero();
    assertThat(again.at("/imports/house/duplicates").asInt())
        .isEqualTo(HOUSE_ROWS - HOUSE_REJECTED);
    assertThat(again.get("cycles")).isEqualTo(json.get("cycles"));
    assertThat(again.at("/discovery/anomalies")).isEqualTo(json.at("/discovery/anomalies"));
    assertThat(explanations(again)).isEqualTo(explanations(json));
    assertThat(again.get("backtest")).isEqualTo(json.get("backtest"));
    String base = again.get("url").asText();
    assertThat(base).matches("http://127\\.0\\.0\\.1:\\d+");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> recent = http.send(HttpRequest.newBuilder(
        URI.create(base + "/api/v1/discoveries/recent?limit=3")).timeout(Duration.ofSeconds(30))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(recent.statusCode()).isEqualTo(200);
    assertThat(mapper.readTree(recent.body()).get("items")).hasSize(3);
    // the dashboard's backtest panel: the demo's stored run and its curve through the API
    HttpResponse<String> curve = http.send(HttpRequest.newBuilder(URI.create(base
        + "/api/v1/futurequant/backtests/" + DemoCommand.BACKTEST_RUN_ID + "/equity"))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(curve.statusCode()).as(curve.body()).isEqualTo(200);
    JsonNode points = mapper.readTree(curve.body()).get("equity");
    assertThat(points).hasSize(stored.get("equity_points").asInt());
    assertThat(points.get(points.size() - 1).get("value").asDouble())
        .isEqualTo(stored.get("final_equity").asDouble());
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");

    hooks.get(0).run();
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(second.err()).contains("server stopped");
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertThat((long) single(s, "SELECT COUNT(*) FROM anomaly_detections"))
          .isEqualTo(anomalyRows);
      assertThat((long) single(s, "SELECT COUNT(*) FROM pattern_discoveries"))
          .isEqualTo(patternRows);
      assertThat((long) single(s, "SELECT COUNT(*) FROM backtest_runs")).isOne();
    }
  }

  @Test
  void demo_withoutItsData_failsWithExit1_namingTheDataOption() {
    TestCommands.Captured missing = new TestCommands.Captured(workingDirectory);
    int code = QuantCli.run(List.of("demo", "--no-serve", "--data", "no-such-dir"),
        missing.context);
    assertThat(code).isEqualTo(1);
    assertThat(missing.err()).contains("congress/house_transactions_2020_2022.csv is missing",
        "--data DIR");

    String home = System.clearProperty(DemoCommand.HOME_PROPERTY);
    try {
      TestCommands.Captured noHome = new TestCommands.Captured(workingDirectory);
      assertThat(QuantCli.run(List.of("demo", "--no-serve"), noHome.context)).isEqualTo(1);
      assertThat(noHome.err()).contains("cannot find the bundled data", "--data DIR");
    } finally {
      if (home != null) {
        System.setProperty(DemoCommand.HOME_PROPERTY, home);
      }
    }
    assertThat(workingDirectory.resolve(DemoCommand.DEFAULT_DIRECTORY)).doesNotExist();
  }

  @Test
  void demo_portInUse_failsWithExit1_beforeAnyWork() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      TestCommands.Captured captured = new TestCommands.Captured(workingDirectory);
      int code = QuantCli.run(List.of("demo", "--port", String.valueOf(taken.getLocalPort()),
          "--data", dataDir()), captured.context);
      assertThat(code).isEqualTo(1);
      assertThat(captured.err()).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in "
          + "use", "--port N", "--no-serve").doesNotContain("[1/4]");
    }
    assertThat(workingDirectory.resolve(DemoCommand.DEFAULT_DIRECTORY)).doesNotExist();
  }

  @Test
  void demo_badPort_isAUsageError() {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory);
    assertThat(QuantCli.run(List.of("demo", "--port", "http"), captured.context)).isEqualTo(2);
    assertThat(captured.err()).contains("--port must be a whole number in 0..65535 but was 'http'");
  }

  private static List<String> explanations(JsonNode json) {
    List<String> out = new ArrayList<>();
    json.get("anomalies").forEach(a -> out.add(a.get("politician_name").asText() + ": "
        + a.get("explanation").asText()));
    return out;
  }

  private static CommandGroup root(DemoCommand demo) {
    return new CommandGroup(QuantCli.PROGRAM, "test", "Test root.", GlobalOptions.ALL,
        List.of(demo), List.of());
  }

  private static double single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getDouble(1);
    }
  }
}
