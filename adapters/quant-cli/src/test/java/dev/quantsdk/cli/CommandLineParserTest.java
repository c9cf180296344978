package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CommandLineParserTest {

  private final CommandLineParser parser = new CommandLineParser(new TestCommands().root);

  private static List<String> words(String line) {
    return line.isBlank() ? List.of() : Arrays.asList(line.trim().split(" +"));
  }

  static Stream<Arguments> validLines() {
    return Stream.of(
        Arguments.of("import house f.csv", "quant import house", Map.of(), Set.of(), List.of("f.csv")),
        Arguments.of("--db jdbc:h2:mem:x import house f.csv", "quant import house",
            Map.of("--db", "jdbc:h2:mem:x"), Set.of(), List.of("f.csv")),
        Arguments.of("import house f.csv --db jdbc:h2:mem:x", "quant import house",
            Map.of("--db", "jdbc:h2:mem:x"), Set.of(), List.of("f.csv")),
        Arguments.of("import --db=jdbc:h2:mem:x house f.csv --json", "quant import house",
            Map.of("--db", "jdbc:h2:mem:x"), Set.of("--json"), List.of("f.csv")),
        // a flag of the command may come before the command word
        Arguments.of("--json import senate f.json", "quant import senate", Map.of(), Set.of("--json"),
            List.of("f.json")),
        Arguments.of("import house --json -- --odd-name.csv", "quant import house", Map.of(), Set.of("--json"),
            List.of("--odd-name.csv")),
        Arguments.of("import house -- --help", "quant import house", Map.of(), Set.of(), List.of("--help")),
        // the last occurrence wins
        Arguments.of("demo --limit 3 --limit 5", "quant demo", Map.of("--limit", "5"), Set.of(), List.of()),
        Arguments.of("--limit=7 demo", "quant demo", Map.of("--limit", "7"), Set.of(), List.of()),
        Arguments.of("--limit=7 demo --limit 8", "quant demo", Map.of("--limit", "8"), Set.of(), List.of()),
        // a value may start with a dash when it is not an option name
        Arguments.of("demo --db-password -s3cret --db-user=me", "quant demo",
            Map.of("--db-password", "-s3cret", "--db-user", "me"), Set.of(), List.of()),
        Arguments.of("demo --limit=", "quant demo", Map.of("--limit", ""), Set.of(), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validLines")
  void parse_returnsTheInvocation_forValidLines(String line, String command, Map<String, String> values,
      Set<String> flags, List<String> arguments) {
    CommandLineParser.Result result = parser.parse(words(line));

    assertThat(result).isInstanceOf(CommandLineParser.Run.class);
    Invocation invocation = ((CommandLineParser.Run) result).invocation();
    assertThat(invocation.commandName()).isEqualTo(command);
    assertThat(((CommandLineParser.Run) result).command().name()).isEqualTo(command.substring(command.lastIndexOf(' ') + 1));
    assertThat(invocation.values()).isEqualTo(values);
    assertThat(invocation.flags()).isEqualTo(flags);
    assertThat(invocation.arguments()).isEqualTo(arguments);
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "                              | missing command (one of: import, demo)                          | quant",
      "import                        | missing sub-command for 'quant import' (one of: house, senate)  | quant import",
      "bogus                         | unknown command 'bogus' for 'quant' (one of: import, demo)      | quant",
      "import hose f.csv             | unknown command 'hose' for 'quant import' (one of: house, senate) | quant import",
      "import house                  | missing argument FILE                                           | quant import house",
      "import house a.csv b.csv      | unexpected argument 'b.csv'                                     | quant import house",
      "import house f.csv --jsn      | unknown option --jsn                                            | quant import house",
      "-x import house f.csv         | unknown option -x                                               | quant import house",
      "import house f.csv --json=yes | option --json takes no value                                    | quant import house",
      "import house f.csv --db       | option --db needs a value (JDBC_URL)                            | quant import house",
      "import house f.csv --db --json | option --db needs a value (JDBC_URL)                           | quant import house",
      "--limit 3 demo                | option --limit must come after the command 'quant demo' (or use --limit=N) | quant",
      "--bogus 3 demo                | unknown option --bogus                                          | quant",
      "demo extra                    | unexpected argument 'extra'                                     | quant demo",
      "import house f.csv --limit 3  | unknown option --limit                                          | quant import house",
  })
  void parse_throwsUsageException_forWrongLines(String line, String message, String path) {
    assertThatThrownBy(() -> parser.parse(words(line == null ? "" : line)))
        .isInstanceOfSatisfying(UsageException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(message);
          assertThat(String.join(" ", e.commandPath())).isEqualTo(path);
        });
  }

  @ParameterizedTest(name = "[{0}] -> help of {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "--help                         | quant",
      "-h                             | quant",
      "import --help                  | quant import",
      "import house --help            | quant import house",
      "--help import house            | quant import house",
      "import house -h f.csv          | quant import house",
      "import house --bogus --help    | quant import house",
      "import house a b c --help      | quant import house",
      "bogus --help                   | quant",
      "demo --limit --help            | quant demo",
  })
  void parse_returnsHelpOfTheDeepestCommand_whenHelpAppearsAnywhere(String line, String path) {
    CommandLineParser.Result result = parser.parse(words(line));

    assertThat(result).isInstanceOf(CommandLineParser.Help.class);
    assertThat(((CommandLineParser.Help) result).nodes().stream().map(CommandNode::name)
        .collect(Collectors.joining(" "))).isEqualTo(path);
  }

  @Test
  void parse_keepsValuesWithSpacesAndEqualsSigns_asOneArgument() {
    CommandLineParser.Result result = parser.parse(List.of("import", "house", "my trades.csv",
        "--db=jdbc:h2:file:/tmp/x;MODE=PostgreSQL"));

    Invocation invocation = ((CommandLineParser.Run) result).invocation();
    assertThat(invocation.argument(0)).isEqualTo("my trades.csv");
    assertThat(invocation.value(GlobalOptions.DB)).contains("jdbc:h2:file:/tmp/x;MODE=PostgreSQL");
  }
}
