package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.jdbc.JdbcFuturesBars;
import dev.quantsdk.persistence.DatabaseConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code quant bars import} end to end on the bundled CHRIS and Lean files with an embedded H2
 * database under a temporary working directory.
 */
class BarsImportCommandTest {

  private static final List<String> JSON_KEYS = List.of("rows", "stored", "skipped", "repaired", "issues");
  /** Data rows of ES1_front_month_daily.csv: `wc -l` is 5,651 with the header. */
  private static final int ES1_ROWS = 5_650;
  /**
   * The rows of ES1 whose high/low do not cover open and close, found independently with awk
   * (`awk -F, 'NR>1 && ($3<$2 || $3<$5 || $4>$2 || $4>$5) {print NR-1, $1}'`).
   */
  private static final List<String> ES1_BAD_ROWS =
      List.of("31 1997-10-21", "771 2000-09-04", "3988 2013-03-15", "4721 2016-02-11");

  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir
  Path workingDirectory;

  private static String dataFile(String relative) {
    return Path.of(System.getProperty("quant.data.dir")).resolve(relative).toString();
  }

  private TestCommands.Captured run(String... args) {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory, Map.of(), false);
    captured.exitCode = QuantCli.run(List.of(args), captured.context);
    return captured;
  }

  private JsonNode json(TestCommands.Captured captured) throws IOException {
    assertThat(captured.out().lines()).as("one JSON line on stdout").hasSize(1);
    return mapper.readTree(captured.out());
  }

  private static List<String> issueRowsAndDates(JsonNode json) {
    List<String> rows = new ArrayList<>();
    json.get("issues").forEach(i -> rows.add(i.get("row").asLong() + " " + i.get("date").asText()));
    return rows;
  }

  private long storedBars() {
    FuturesBarFiles.SymbolSpec es = new FuturesBarFiles.SymbolSpec(FuturesCatalogue.ES, null, 1);
    try (CliDatabase db = CliDatabase.open(DatabaseConfig.embeddedH2(
        workingDirectory.resolve(DatabaseConfig.DEFAULT_H2_DIRECTORY)))) {
      // every ES contract from September 1997 to December 2019
      List<ContractSpec> contracts = new ArrayList<>();
      for (ContractSpec c = es.contractOn(LocalDate.of(1997, 9, 1)); c.month().year() <= 2019;
          c = FuturesCatalogue.ES.contract(FuturesCatalogue.ES.nextListed(c.month()))) {
        contracts.add(c);
      }
      return new JdbcFuturesBars(db.dataSource()).count(contracts);
    }
  }

  @Test
  void importEs1_strictDefault_storesNothing_exits1_andListsTheFourInconsistentRows() throws IOException {
    TestCommands.Captured result = run("bars", "import", dataFile("futures/ES1_front_month_daily.csv"), "--json");

    assertThat(result.exitCode).isEqualTo(1);
    JsonNode json = json(result);
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(JSON_KEYS);
    assertThat(json.get("rows").asInt()).isEqualTo(ES1_ROWS);
    assertThat(json.get("stored").asInt()).isZero();
    assertThat(json.get("skipped").asInt()).as("the rejected bars").isEqualTo(ES1_BAD_ROWS.size());
    assertThat(issueRowsAndDates(json)).containsExactlyElementsOf(ES1_BAD_ROWS);
    assertThat(json.get("issues").get(0).get("reason").asText()).contains("rejected");
    assertThat(result.err()).contains("nothing stored", "row 31 (1997-10-21)", "--policy repair");
  }

  @Test
  void importEs1_repair_storesEveryRow_andReImportAddsNone() throws IOException {
    String file = dataFile("futures/ES1_front_month_daily.csv");

    TestCommands.Captured first = run("bars", "import", file, "--symbol", "ES", "--policy", "repair", "--json");
    long afterFirst = storedBars();
    TestCommands.Captured second = run("bars", "import", file, "--symbol", "ES", "--policy", "repair", "--json");

    assertThat(first.exitCode).as(first.err()).isZero();
    assertThat(second.exitCode).as(second.err()).isZero();
    JsonNode one = json(first);
    assertThat(one.get("rows").asInt()).isEqualTo(ES1_ROWS);
    assertThat(one.get("stored").asInt()).isEqualTo(ES1_ROWS);
    assertThat(one.get("repaired").asInt()).isEqualTo(ES1_BAD_ROWS.size());
    assertThat(one.get("skipped").asInt()).isZero();
    assertThat(issueRowsAndDates(one)).containsExactlyElementsOf(ES1_BAD_ROWS);
    assertThat(afterFirst).isEqualTo(ES1_ROWS);
    assertThat(storedBars()).as("re-import is idempotent").isEqualTo(ES1_ROWS);
    assertThat(json(second)).isEqualTo(one);
  }

  @Test
  void importEs1_skip_dropsTheFourRows() throws IOException {
    TestCommands.Captured result = run("bars", "import", dataFile("futures/ES1_front_month_daily.csv"),
        "--policy", "skip", "--json");

    assertThat(result.exitCode).as(result.err()).isZero();
    JsonNode json = json(result);
    assertThat(json.get("stored").asInt()).isEqualTo(ES1_ROWS - ES1_BAD_ROWS.size());
    assertThat(json.get("skipped").asInt()).isEqualTo(ES1_BAD_ROWS.size());
    assertThat(json.get("issues").get(3).get("reason").asText()).contains("dropped");
  }

  @Test
  void importLeanZip_storesEachContractsBars() throws IOException {
    TestCommands.Captured result = run("bars", "import", dataFile("futures/lean/cme_daily_es_trade.zip"),
        "--format", "lean", "--json");

    assertThat(result.exitCode).as(result.err()).isZero();
    JsonNode json = json(result);
    assertThat(json.get("stored").asInt()).isPositive()
        .isEqualTo(json.get("rows").asInt() - json.get("skipped").asInt());
    // the zip holds es_trade_201312 ... es_trade_202009: eight contracts, each bar stored under its own
    List<ContractSpec> contracts = new ArrayList<>();
    for (String symbol : List.of("ESZ2013", "ESH2014", "ESM2014", "ESU2014", "ESZ2014", "ESH2020", "ESM2020",
        "ESU2020")) {
      contracts.add(FuturesCatalogue.contract(symbol));
    }
    try (CliDatabase db = CliDatabase.open(DatabaseConfig.embeddedH2(
        workingDirectory.resolve(DatabaseConfig.DEFAULT_H2_DIRECTORY)))) {
      JdbcFuturesBars store = new JdbcFuturesBars(db.dataSource());
      assertThat(store.count(contracts)).isEqualTo(json.get("stored").asLong());
      for (ContractSpec contract : contracts) {
        assertThat(store.count(List.of(contract))).as(contract.symbol()).isPositive();
      }
    }
  }

  @Test
  void importGenericCsv_mapsColumnsByHeaderName_andSkipsTheCloseBelowTheLow() throws IOException {
    Path file = workingDirectory.resolve("esz19.csv");
    Files.writeString(file, """
        Volume,Date,Open,High,Low,Close
        1000,2019-09-16,3000.25,3010.5,2995.0,3005.75
        1200,2019-09-17,3005.0,3012.0,3001.0,2999.0
        """, StandardCharsets.UTF_8);

    TestCommands.Captured result = run("bars", "import", "esz19.csv", "--format", "csv", "--symbol", "ESZ19",
        "--policy", "skip", "--json");

    assertThat(result.exitCode).as(result.err()).isZero();
    JsonNode json = json(result);
    assertThat(json.get("rows").asInt()).isEqualTo(2);
    assertThat(json.get("stored").asInt()).isEqualTo(1);
    assertThat(json.get("skipped").asInt()).isEqualTo(1);
    assertThat(issueRowsAndDates(json)).containsExactly("2 2019-09-17");
  }

  @Test
  void importMissingFile_exits1_andBadPolicy_exits2() {
    TestCommands.Captured missing = run("bars", "import", "nope.csv");
    TestCommands.Captured badPolicy = run("bars", "import", "nope.csv", "--policy", "lenient");

    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.err()).contains("file not found: nope.csv");
    assertThat(badPolicy.exitCode).isEqualTo(2);
    assertThat(badPolicy.err()).contains("--policy must be strict, skip or repair but was 'lenient'");
  }
}
