package dev.quantsdk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the help text of a command or command group: usage line, description, arguments,
 * sub-commands, the node's options, the global options inherited from its ancestors (each with
 * its default and environment variable), the exit codes and examples.
 *
 * <p>Stateless and thread-safe.
 */
public final class HelpFormatter {

  /** Text width the help wraps at. */
  static final int WIDTH = 100;
  private static final String INDENT = "  ";
  private static final int MIN_LABEL_COLUMN = 16;
  private static final int MAX_LABEL_COLUMN = 30;
  private static final int EXIT_CODE_COLUMN = 3;

  private HelpFormatter() {
  }

  /**
   * Renders the help of the last node of a path.
   *
   * @param nodes the path from the root (whose name is the program name) to the node
   * @return the help text, ending with a line break
   */
  public static String render(List<CommandNode> nodes) {
    CommandNode node = nodes.get(nodes.size() - 1);
    String commandName = nodes.stream().map(CommandNode::name).collect(Collectors.joining(" "));
    StringBuilder text = new StringBuilder();
    text.append("Usage: ").append(usage(nodes, node, commandName)).append("\n\n");
    String[] paragraphs = node.description().split("\n\\s*\n");
    for (int i = 0; i < paragraphs.length; i++) {
      text.append(i == 0 ? "" : "\n");
      appendWrapped(text, paragraphs[i], "");
    }
    if (node instanceof Command command && !command.arguments().isEmpty()) {
      section(text, "Arguments", command.arguments().stream()
          .map(argument -> new String[] {argument.label(), argument.description()})
          .collect(Collectors.toList()));
    }
    if (node instanceof CommandGroup group) {
      section(text, "Commands", group.children().stream()
          .map(child -> new String[] {child.name(), child.summary()})
          .collect(Collectors.toList()));
    }
    List<OptionSpec> own = new ArrayList<>(nodes.size() == 1 ? List.of() : node.options());
    own.add(CommandLineParser.HELP);
    section(text, "Options", optionRows(own));
    List<OptionSpec> inherited = new ArrayList<>();
    List<CommandNode> ancestors = nodes.size() == 1 ? nodes : nodes.subList(0, nodes.size() - 1);
    ancestors.forEach(ancestor -> inherited.addAll(ancestor.options()));
    if (!inherited.isEmpty()) {
      section(text, "Global options (before or after the command)", optionRows(inherited));
    }
    if (nodes.size() == 1) {
      section(text, "Environment (besides the variables of the global options)", List.of(
          new String[] {QuantCli.DEBUG_VARIABLE, "When set and not empty, error messages include the stack trace."},
          new String[] {"QUANT_JAVA_OPTS", "JVM options bin/quant passes to java, e.g. -Xmx2g."}));
    }
    List<String[]> exits = new ArrayList<>();
    for (ExitStatus status : ExitStatus.values()) {
      exits.add(new String[] {Integer.toString(status.code()), status.meaning()});
    }
    section(text, "Exit codes", exits, EXIT_CODE_COLUMN);
    if (!node.examples().isEmpty()) {
      text.append("\nExamples:\n");
      node.examples().forEach(example -> text.append(INDENT).append(nodes.get(0).name()).append(' ')
          .append(example).append('\n'));
    }
    if (node instanceof CommandGroup) {
      text.append(String.format(Locale.ROOT, "%nRun '%s COMMAND --help' for the options of a command.%n",
          commandName));
    }
    return text.toString();
  }

  private static String usage(List<CommandNode> nodes, CommandNode node, String commandName) {
    StringBuilder usage = new StringBuilder(commandName);
    if (nodes.size() == 1) {
      usage.append(" [GLOBAL OPTIONS]");
    }
    if (node instanceof CommandGroup) {
      return usage.append(" COMMAND [ARGUMENTS] [OPTIONS]").toString();
    }
    Command command = (Command) node;
    usage.append(" [OPTIONS]");
    command.arguments().forEach(argument -> usage.append(' ').append(argument.label()));
    return usage.toString();
  }

  private static List<String[]> optionRows(List<OptionSpec> options) {
    List<String[]> rows = new ArrayList<>();
    for (OptionSpec option : options) {
      String label = option == CommandLineParser.HELP ? "-h, --help" : option.synopsis();
      StringBuilder description = new StringBuilder(option.description());
      List<String> notes = new ArrayList<>();
      option.environmentVariable().ifPresent(variable -> notes.add("env " + variable));
      option.defaultText().ifPresent(text -> notes.add("default: " + text));
      if (!notes.isEmpty()) {
        description.append(" (").append(String.join("; ", notes)).append(')');
      }
      rows.add(new String[] {label, description.toString()});
    }
    return rows;
  }

  private static void section(StringBuilder text, String title, List<String[]> rows) {
    section(text, title, rows, MIN_LABEL_COLUMN);
  }

  private static void section(StringBuilder text, String title, List<String[]> rows, int minColumn) {
    text.append('\n').append(title).append(":\n");
    int column = minColumn;
    for (String[] row : rows) {
      column = Math.max(column, Math.min(MAX_LABEL_COLUMN, row[0].length() + 2));
    }
    for (String[] row : rows) {
      String label = INDENT + row[0];
      String hanging = " ".repeat(INDENT.length() + column);
      if (row[0].length() + 2 > column) {
        text.append(label).append('\n');
        appendWrapped(text, row[1], hanging);
      } else {
        String first = label + " ".repeat(INDENT.length() + column - label.length());
        appendWrapped(text, first, row[1], hanging);
      }
    }
  }

  private static void appendWrapped(StringBuilder text, String paragraph, String indent) {
    appendWrapped(text, indent, paragraph, indent);
  }

  /** Appends words after a first-line prefix, wrapping at {@link #WIDTH} with a hanging indent. */
  private static void appendWrapped(StringBuilder text, String prefix, String paragraph, String hanging) {
    StringBuilder line = new StringBuilder(prefix);
    boolean lineHasWord = false;
    for (String word : paragraph.trim().split("\\s+")) {
      if (lineHasWord && line.length() + 1 + word.length() > WIDTH) {
        text.append(line).append('\n');
        line = new StringBuilder(hanging);
        lineHasWord = false;
      }
      if (lineHasWord) {
        line.append(' ');
      }
      line.append(word);
      lineHasWord = true;
    }
    text.append(line).append('\n');
  }
}
