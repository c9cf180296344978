package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quant discover} and {@code quant discoveries} end to end on the bundled House file in an
 * embedded H2 database: the JSON contract, idempotent re-runs, and the exit codes of bad input.
 * The engines' numbers are tested in their own modules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscoverCommandTest {

  private static final List<String> DISCOVER_KEYS = List.of("politicians", "cycles_found",
      "anomalies", "critical_anomalies", "network", "experiments", "duration_ms");

  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir
  static Path workingDirectory;

  private JsonNode first;

  private TestCommands.Captured run(String... args) {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory, Map.of(), false);
    captured.exitCode = QuantCli.run(List.of(args), captured.context);
    return captured;
  }

  private static String data(String relative) {
    return Path.of(System.getProperty("quant.data.dir")).resolve(relative).toString();
  }

  @BeforeAll
  void importAndDiscover() throws IOException {
    TestCommands.Captured imported = run("import", "house",
        data("congress/house_transactions_2020_2022.csv"));
    assertThat(imported.exitCode).as(imported.err()).isZero();
    TestCommands.Captured discovered = run("discover", "--prices", data("stocks"), "--json");
    assertThat(discovered.exitCode).as(discovered.err()).isZero();
    assertThat(discovered.out().lines()).hasSize(1);
    first = mapper.readTree(discovered.out());
  }

  @Test
  void discover_printsExactlyTheDocumentedFields() {
    List<String> keys = new ArrayList<>();
    first.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(DISCOVER_KEYS);
    List<String> networkKeys = new ArrayList<>();
    first.get("network").fieldNames().forEachRemaining(networkKeys::add);
    assertThat(networkKeys).containsExactly("nodes", "edges", "communities", "modularity");
    // 183 representatives in the file; those with trades in the window are scanned
    assertThat(first.get("politicians").asInt()).isBetween(150, 183);
    assertThat(first.get("anomalies").asInt()).isGreaterThanOrEqualTo(
        first.get("critical_anomalies").asInt());
    assertThat(first.get("experiments").asInt()).isEqualTo(2);
  }

  @Test
  void discoveries_listWhatDiscoverStored_andReRunsReplaceInsteadOfDuplicating() throws IOException {
    TestCommands.Captured again = run("discover", "--prices", data("stocks"), "--json");
    assertThat(again.exitCode).as(again.err()).isZero();
    JsonNode second = mapper.readTree(again.out());
    assertThat(second.get("cycles_found")).isEqualTo(first.get("cycles_found"));
    assertThat(second.get("anomalies")).isEqualTo(first.get("anomalies"));

    JsonNode cycles = mapper.readTree(run("discoveries", "--type", "fourier_cycle", "--limit",
        "10000", "--json").out());
    assertThat(inDiscoverWindow(cycles)).isEqualTo(first.get("cycles_found").asInt());
    for (JsonNode c : cycles) {
      assertThat(c.get("q_value").asDouble()).isLessThanOrEqualTo(0.05);
      assertThat(c.get("confidence").asDouble()).isEqualTo(1 - c.get("q_value").asDouble());
      assertThat(c.has("period_days")).isTrue();
      assertThat(c.has("p_value")).isTrue();
    }
    JsonNode anomalies = mapper.readTree(run("discoveries", "--type", "anomaly", "--limit",
        "10000", "--json").out());
    assertThat(inDiscoverWindow(anomalies)).isEqualTo(first.get("anomalies").asInt());
    JsonNode network = mapper.readTree(run("discoveries", "--type", "network", "--json").out());
    assertThat(network.size()).isEqualTo(1);
    assertThat(network.get(0).get("nodes").size()).isEqualTo(first.get("network").get("nodes").asInt());
    JsonNode node = network.get(0).get("nodes").get(0);
    assertThat(node.has("community") && node.has("pagerank") && node.has("betweenness")).isTrue();
    JsonNode experiments = mapper.readTree(run("discoveries", "--type", "experiment", "--json")
        .out());
    assertThat(experiments.size()).isEqualTo(2);
  }

  /** Rows of the discover run's window (another test scans 2020-01-01 .. 2021-12-31). */
  private static int inDiscoverWindow(JsonNode rows) {
    int n = 0;
    for (JsonNode r : rows) {
      n += r.get("window_start").asText().equals("2020-01-01") ? 0 : 1;
    }
    return n;
  }

  @Test
  void discover_badInputAndUsage_exitWith1And2() throws IOException {
    Path prices = java.nio.file.Files.createDirectories(workingDirectory.resolve("prices"));
    java.nio.file.Files.writeString(prices.resolve("GSPC.csv"), "Date,Close\n2020-01-02,null\n");
    TestCommands.Captured noIndex = run("discover", "--prices", prices.toString());
    assertThat(noIndex.exitCode).isEqualTo(1);
    assertThat(noIndex.err()).contains("price file GSPC.csv has 0 usable rows");
    TestCommands.Captured nobody = run("discover", "--politician", "No Such Member");
    assertThat(nobody.exitCode).isEqualTo(1);
    assertThat(nobody.err()).contains("no politician matches 'No Such Member'");
    TestCommands.Captured both = run("discover", "--all", "--politician", "x");
    assertThat(both.exitCode).isEqualTo(2);
    TestCommands.Captured badDate = run("discover", "--from", "2020-13-01");
    assertThat(badDate.exitCode).isEqualTo(2);
    assertThat(badDate.err()).contains("--from expects a date");
    TestCommands.Captured badType = run("discoveries", "--type", "cycles", "--json");
    assertThat(badType.exitCode).isEqualTo(2);
  }

  @Test
  void scanCommands_printTheRun_andJobsListsItWithDurationAndSuccessRate() throws IOException {
    TestCommands.Captured all = run("scan-all", "--from", "2020-01-01", "--to", "2021-12-31",
        "--json");
    assertThat(all.exitCode).as(all.err()).isZero();
    JsonNode run = mapper.readTree(all.out());
    List<String> keys = new ArrayList<>();
    run.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("run_id", "politicians", "succeeded", "failed", "failures",
        "duration_ms");
    assertThat(run.get("succeeded").asInt() + run.get("failed").asInt())
        .isEqualTo(run.get("politicians").asInt());
    assertThat(run.get("failures").size()).isEqualTo(run.get("failed").asInt());

    TestCommands.Captured one = run("scan-politician", "--id", "Lois Frankel", "--from",
        "2020-01-01", "--to", "2021-12-31", "--json");
    assertThat(one.exitCode).as(one.err()).isZero();
    assertThat(mapper.readTree(one.out()).get("politicians").asInt()).isEqualTo(1);
    assertThat(run("scan-politician", "--json").exitCode).isEqualTo(2);

    // the test clock is fixed, so runs share a start time: find them by id
    JsonNode jobs = mapper.readTree(run("jobs", "--limit", "100", "--json").out());
    String oneId = mapper.readTree(one.out()).get("run_id").asText();
    JsonNode scanOne = null;
    JsonNode scanAll = null;
    for (JsonNode j : jobs) {
      scanOne = j.get("run_id").asText().equals(oneId) ? j : scanOne;
      scanAll = j.get("run_id").asText().equals(run.get("run_id").asText()) ? j : scanAll;
    }
    assertThat(scanOne).isNotNull();
    assertThat(scanOne.get("kind").asText()).isEqualTo("discovery.scan-politician");
    assertThat(scanOne.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(scanOne.get("success_rate").asDouble()).isEqualTo(1.0);
    assertThat(scanOne.get("duration_ms").asLong()).isNotNegative();
    assertThat(scanAll).isNotNull();
    assertThat(scanAll.get("kind").asText()).isEqualTo("discovery.scan-all");
    assertThat(scanAll.get("items_ok").asInt()).isEqualTo(run.get("succeeded").asInt());
    assertThat(mapper.readTree(run("jobs", "--limit", "2", "--json").out()).size()).isEqualTo(2);
  }
}
