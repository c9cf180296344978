package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs {@code quant import ...} end to end through {@link QuantCli#run(List, CliContext)}: real
 * bundled files, a real embedded H2 file database under a temporary working directory, captured
 * stdout and stderr. The exact counts of the bundled files are asserted in the importer module;
 * here the CLI's contract is checked: exit codes, JSON shape, idempotent re-import, clean stdout.
 */
class ImportCommandTest {

  private static final String HOUSE_FILE = "congress/house_transactions_2020_2022.csv";
  private static final String SENATE_FILE = "congress/senate_daily_summaries_2012_2020.json";
  private static final List<String> JSON_KEYS =
      List.of("source", "rows", "imported", "duplicates", "rejected", "late_filings", "rejections");

  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir
  Path workingDirectory;

  private static Path dataFile(String relative) {
    String dir = System.getProperty("quant.data.dir");
    assertThat(dir).as("surefire sets quant.data.dir").isNotNull();
    return Path.of(dir).resolve(relative);
  }

  private TestCommands.Captured run(boolean terminal, String... args) {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory, Map.of(), terminal);
    captured.exitCode = QuantCli.run(List.of(args), captured.context);
    return captured;
  }

  private JsonNode json(TestCommands.Captured captured) throws IOException {
    String out = captured.out();
    assertThat(out.lines()).as("exactly one JSON line on stdout").hasSize(1);
    return mapper.readTree(out);
  }

  @Test
  void importHouse_json_importsOnce_andTheSecondRunCountsEveryImportedRowAsDuplicate() throws IOException {
    String file = dataFile(HOUSE_FILE).toString();

    TestCommands.Captured first = run(false, "import", "house", file, "--json");
    TestCommands.Captured second = run(false, "--json", "import", "house", file);

    assertThat(first.exitCode).as(first.err()).isZero();
    assertThat(second.exitCode).as(second.err()).isZero();
    JsonNode one = json(first);
    JsonNode two = json(second);
    List<String> keys = new ArrayList<>();
    one.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(JSON_KEYS);
    assertThat(one.get("source").asText()).isEqualTo("house_transactions_2020_2022.csv");
    assertThat(one.get("imported").asLong()).isPositive();
    assertThat(one.get("rows").asLong())
        .isEqualTo(one.get("imported").asLong() + one.get("duplicates").asLong() + one.get("rejected").asLong());
    assertThat(one.get("late_filings").asLong()).isPositive().isLessThan(one.get("rows").asLong());
    assertThat(two.get("imported").asLong()).isZero();
    assertThat(two.get("duplicates").asLong()).isEqualTo(one.get("imported").asLong());
    assertThat(two.get("rows").asLong()).isEqualTo(one.get("rows").asLong());
    assertThat(two.get("rejected").asLong()).isEqualTo(one.get("rejected").asLong());
    JsonNode rejections = one.get("rejections");
    assertThat(rejections.isArray()).isTrue();
    assertThat(rejections.size()).isLessThanOrEqualTo(ImportCommand.JSON_REJECTIONS)
        .isEqualTo((int) Math.min(ImportCommand.JSON_REJECTIONS, one.get("rejected").asLong()));
    assertThat(rejections).allSatisfy(rejection -> {
      assertThat(rejection.get("row").isIntegralNumber()).isTrue();
      assertThat(rejection.get("row").asLong()).isBetween(1L, one.get("rows").asLong());
      assertThat(rejection.get("reason").asText()).isNotBlank();
    });
    // the default database lives under the current directory
    assertThat(workingDirectory.resolve("quant-data").resolve("quant.mv.db")).isRegularFile();
    assertThat(first.err()).as("no progress for a short import when stderr is not a terminal").isEmpty();
  }

  @Test
  void importHouse_withoutJson_printsASummaryOnStdout_andOnATerminalDrawsProgressOnStderr() {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory, Map.of(), true);
    // every clock reading is one second later, so every committed batch redraws the progress line
    captured.tickPerRead = TimeUnit.SECONDS.toNanos(1);
    String file = dataFile(HOUSE_FILE).toString();

    int exitCode = QuantCli.run(List.of("import", "house", file), captured.context);

    assertThat(exitCode).as(captured.err()).isZero();
    Matcher header = Pattern.compile(Pattern.quote(file) + " \\(HOUSE_CSV\\): ([0-9,]+) rows\n")
        .matcher(captured.out());
    assertThat(header.lookingAt()).as(captured.out()).isTrue();
    assertThat(captured.out()).contains("  imported ", "  duplicates ", "  rejected ", "  late filings ")
        .doesNotContain("\r");
    String err = captured.err();
    // the CSV's rows are counted up front from its lines (header excluded), so the estimate is the row count
    assertThat(err).startsWith("\rimported 1,000 / ~" + header.group(1) + " rows").endsWith("\n");
    assertThat(err.substring(err.lastIndexOf('\r') + 1).strip()).isEqualTo("imported " + header.group(1) + " rows");
  }

  @Test
  void importSenate_importsTheFilingsFile_andRefusesItAsAHouseFile() throws IOException {
    String file = dataFile(SENATE_FILE).toString();

    TestCommands.Captured asHouse = run(false, "import", "house", file, "--json");
    TestCommands.Captured asSenate = run(false, "import", "senate", file, "--json");

    assertThat(asHouse.exitCode).isEqualTo(1);
    assertThat(asHouse.out()).isEmpty();
    assertThat(asHouse.err()).contains(file + " holds Senate reports (format SENATE_FILINGS_JSON)",
        "use 'quant import senate " + file + "'");
    assertThat(asSenate.exitCode).as(asSenate.err()).isZero();
    JsonNode result = json(asSenate);
    assertThat(result.get("source").asText()).isEqualTo("senate_daily_summaries_2012_2020.json");
    assertThat(result.get("imported").asLong()).isPositive();
  }

  @Test
  void import_usesTheDatabaseOfTheEnvironment_andReportsAHandWrittenFileExactly() throws IOException {
    // two trades by hand: the first valid and filed 7 days after the trade, the second with no date
    Files.writeString(workingDirectory.resolve("two.csv"), String.join("\n",
        "disclosure_year,disclosure_date,transaction_date,owner,ticker,asset_description,type,amount,"
            + "representative,district,ptr_link,cap_gains_over_200_usd",
        "2021,10/04/2021,2021-09-27,joint,BP,BP plc,purchase,\"$1,001 - $15,000\",Hon. Virginia Foxx,NC05,"
            + "https://example.invalid/1.pdf,False",
        "2021,10/04/2021,yesterday,joint,XOM,Exxon Mobil Corporation,purchase,\"$1,001 - $15,000\","
            + "Hon. Virginia Foxx,NC05,https://example.invalid/1.pdf,False",
        ""), StandardCharsets.UTF_8);
    Path database = workingDirectory.resolve("from-env").resolve("quant");
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory,
        Map.of("QUANT_DB_URL", "jdbc:h2:file:" + database, "QUANT_DB_USER", "sa"), false);

    int exitCode = QuantCli.run(List.of("import", "house", "two.csv", "--json"), captured.context);

    assertThat(exitCode).as(captured.err()).isZero();
    JsonNode result = json(captured);
    assertThat(result.get("source").asText()).isEqualTo("two.csv");
    assertThat(result.get("rows").asLong()).isEqualTo(2);
    assertThat(result.get("imported").asLong()).isEqualTo(1);
    assertThat(result.get("duplicates").asLong()).isZero();
    assertThat(result.get("rejected").asLong()).isEqualTo(1);
    assertThat(result.get("late_filings").asLong()).isZero();
    assertThat(result.get("rejections")).hasSize(1);
    assertThat(result.get("rejections").get(0).get("row").asLong()).isEqualTo(2);
    assertThat(result.get("rejections").get(0).get("reason").asText()).contains("yesterday");
    assertThat(database.resolveSibling("quant.mv.db")).isRegularFile();
    assertThat(workingDirectory.resolve("quant-data")).doesNotExist();
  }

  @Test
  void import_returns1NamingTheFile_whenItIsMissing_andCreatesNoDatabase() {
    TestCommands.Captured captured = run(false, "import", "house", "no/such/file.csv", "--json");

    assertThat(captured.exitCode).isEqualTo(1);
    assertThat(captured.out()).isEmpty();
    assertThat(captured.err()).isEqualTo(String.format("quant: file not found: no/such/file.csv%n"));
    assertThat(workingDirectory.resolve("quant-data")).doesNotExist();
  }

  @Test
  void import_returns1NamingTheFileAndWhatWasSeen_forAnUnknownFormat() throws IOException {
    Files.writeString(workingDirectory.resolve("notes.txt"), "hello,world\n1,2\n", StandardCharsets.UTF_8);
    Files.writeString(workingDirectory.resolve("object.json"), "{\"a\": 1}", StandardCharsets.UTF_8);

    TestCommands.Captured csv = run(false, "import", "house", "notes.txt");
    TestCommands.Captured object = run(false, "import", "senate", "object.json");

    assertThat(csv.exitCode).isEqualTo(1);
    assertThat(csv.err()).startsWith("quant: unknown format: notes.txt: ").contains("[hello, world]");
    assertThat(object.exitCode).isEqualTo(1);
    assertThat(object.err()).startsWith("quant: unknown format: object.json: ").contains("single JSON object");
    assertThat(workingDirectory.resolve("quant-data")).doesNotExist();
  }

  @Test
  void import_returns1_forADirectory_andForADatabaseThatCannotBeOpened() throws IOException {
    Files.createDirectories(workingDirectory.resolve("folder"));
    Path blocker = Files.writeString(workingDirectory.resolve("blocker"), "a file, not a directory");
    String file = dataFile(HOUSE_FILE).toString();

    TestCommands.Captured directory = run(false, "import", "house", "folder");
    TestCommands.Captured database = run(false, "import", "house", file,
        "--db", "jdbc:h2:file:" + blocker.resolve("db").resolve("quant"));

    assertThat(directory.exitCode).isEqualTo(1);
    assertThat(directory.err()).isEqualTo(String.format("quant: not a file but a directory: folder%n"));
    assertThat(database.exitCode).isEqualTo(1);
    assertThat(database.err()).startsWith("quant: cannot open database jdbc:h2:file:" + blocker.resolve("db"))
        .contains(" as user sa: ");
    assertThat(database.out()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"a\\nb\\n | 2", "a\\nb | 2", "'' | 0", "\\n | 1", "a | 1"})
  void countLines_countsTheLastLineWithOrWithoutItsLineBreak(String content, long lines) throws IOException {
    Path file = Files.writeString(workingDirectory.resolve("lines.txt"), content.replace("\\n", "\n"));

    assertThat(ImportCommand.countLines("lines.txt", file)).isEqualTo(lines);
  }

  @Test
  void import_returns2_forAMissingFileArgument() {
    TestCommands.Captured captured = run(false, "import", "senate", "--json");

    assertThat(captured.exitCode).isEqualTo(2);
    assertThat(captured.err()).isEqualTo(String.format(
        "quant: missing argument FILE%nRun 'quant import senate --help' for usage.%n"));
  }
}
