package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandRegistryTest {

  @TempDir
  Path workingDirectory;

  /** Every path from the root to a node of the tree, depth first. */
  private static List<List<CommandNode>> allPaths(List<CommandNode> path, List<List<CommandNode>> into) {
    into.add(path);
    if (path.get(path.size() - 1) instanceof CommandGroup group) {
      for (CommandNode child : group.children()) {
        List<CommandNode> longer = new ArrayList<>(path);
        longer.add(child);
        allPaths(longer, into);
      }
    }
    return into;
  }

  @Test
  void root_registersImportHouseAndImportSenate_underTheProgramName() {
    CommandGroup root = CommandRegistry.root();

    assertThat(root.name()).isEqualTo("quant");
    assertThat(root.options()).isEqualTo(GlobalOptions.ALL);
    CommandGroup imports = (CommandGroup) root.child("import").orElseThrow();
    assertThat(imports.children()).extracting(CommandNode::name).containsExactly("house", "senate");
  }

  @Test
  void everyHelpText_isCompleteAndFitsTheWidth_andPrintsOnStdoutWithExit0() {
    for (List<CommandNode> path : allPaths(List.of(CommandRegistry.root()), new ArrayList<>())) {
      List<String> args = new ArrayList<>();
      path.subList(1, path.size()).forEach(node -> args.add(node.name()));
      args.add("--help");
      TestCommands.Captured captured = new TestCommands.Captured(workingDirectory);

      int code = QuantCli.run(args, captured.context);

      String help = captured.out();
      assertThat(code).isZero();
      assertThat(captured.err()).isEmpty();
      assertThat(help).as(String.join(" ", args))
          .startsWith("Usage: quant")
          .contains("Options:", "-h, --help", "Global options", "--db JDBC_URL", "QUANT_DB_URL", "QUANT_DB_USER",
              "QUANT_DB_PASSWORD", "default: embedded H2", "Exit codes:", "Examples:\n  quant ");
      assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(HelpFormatter.WIDTH));
      CommandNode node = path.get(path.size() - 1);
      node.options().forEach(option -> assertThat(help).contains("  " + option.synopsis()));
      node.examples().forEach(example -> assertThat(help).contains("  quant " + example + "\n"));
      if (node instanceof Command command) {
        command.arguments().forEach(argument -> assertThat(help).contains("Arguments:", "  " + argument.label()));
      } else {
        ((CommandGroup) node).children().forEach(child -> assertThat(help).contains("  " + child.name()));
      }
    }
  }
}
