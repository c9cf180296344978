package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpFormatterTest {

  private final TestCommands commands = new TestCommands();
  private final CommandGroup root = commands.root;
  private final CommandGroup imports = (CommandGroup) root.child("import").orElseThrow();
  private final CommandNode house = imports.child("house").orElseThrow();

  @Test
  void render_showsUsageArgumentsOptionsGlobalOptionsExitCodesAndExamples_forACommand() {
    String help = HelpFormatter.render(List.of(root, imports, house));

    assertThat(help).startsWith("Usage: quant import house [OPTIONS] FILE\n\nRuns the house test command.\n");
    assertThat(help).containsSubsequence(
        "\nArguments:\n  FILE", "The file.",
        "\nOptions:\n  --json", "Print JSON.", "-h, --help", "Show this help and exit.",
        "\nGlobal options (before or after the command):\n",
        "--db JDBC_URL", "(env QUANT_DB_URL; default: embedded H2",
        "--db-user USER", "(env QUANT_DB_USER; default: sa)",
        "--db-password PASSWORD", "(env QUANT_DB_PASSWORD; default: empty)",
        "\nExit codes:\n  0  done", "\n  1  bad input", "\n  2  usage error",
        "\nExamples:\n  quant house --help\n");
    assertThat(help).doesNotContain("Commands:").doesNotContain("Environment");
  }

  @Test
  void render_listsTheSubCommandsAndPointsToTheirHelp_forAGroup() {
    String help = HelpFormatter.render(List.of(root, imports));

    assertThat(help).startsWith("Usage: quant import COMMAND [ARGUMENTS] [OPTIONS]\n");
    assertThat(help).containsSubsequence("\nCommands:\n", "  house", "Runs house.", "  senate", "Runs senate.",
        "Global options", "--db JDBC_URL", "Exit codes:",
        "Run 'quant import COMMAND --help' for the options of a command.");
  }

  @Test
  void render_showsTheDatabaseOptionsAsGlobal_forTheRoot() {
    String help = HelpFormatter.render(List.of(root));

    assertThat(help).startsWith("Usage: quant [GLOBAL OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]\n");
    assertThat(help).containsSubsequence("Commands:", "  import", "  demo", "Options:", "-h, --help",
        "Global options", "--db JDBC_URL", "--db-user USER", "--db-password PASSWORD",
        "Environment (besides the variables of the global options):", "QUANT_DEBUG", "QUANT_JAVA_OPTS",
        "Examples:\n  quant demo --limit 3\n");
  }

  @Test
  void render_wrapsEveryLineAtTheWidthWithAHangingIndent() {
    List<List<CommandNode>> paths = List.of(List.of(root), List.of(root, imports), List.of(root, imports, house));
    for (List<CommandNode> path : paths) {
      String help = HelpFormatter.render(path);

      assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(HelpFormatter.WIDTH));
    }
    String help = HelpFormatter.render(List.of(root));
    // the --db description is longer than one line: its continuation starts at the description column
    int column = help.lines().filter(line -> line.startsWith("  --db JDBC_URL")).findFirst().orElseThrow()
        .indexOf("JDBC URL of");
    assertThat(help.lines().dropWhile(line -> !line.startsWith("  --db JDBC_URL")).skip(1).findFirst()
        .orElseThrow()).startsWith(" ".repeat(column)).doesNotStartWith(" ".repeat(column + 1));
  }
}
