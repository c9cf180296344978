package dev.quantsdk.cli;

import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses a command line against a {@link CommandGroup} tree.
 *
 * <p>Rules: command words come first in their order ({@code import house}); options of the
 * root (the global options) may appear anywhere, before or after the command; the options of a
 * command may appear anywhere after the command word that declares them, and a flag of the
 * command also before it. Values are given as {@code --name value} or {@code --name=value}; the
 * last occurrence wins. {@code --} ends the options. {@code --help} or {@code -h} anywhere before
 * {@code --} asks for the help of the deepest command recognised, even when the rest of the line
 * is wrong.
 *
 * <p>Immutable and thread-safe.
 */
public final class CommandLineParser {

  /** The help option, accepted everywhere. */
  public static final OptionSpec HELP = OptionSpec.flag("--help", "Show this help and exit.");

  private static final String SHORT_HELP = "-h";
  private static final String END_OF_OPTIONS = "--";

  private final CommandGroup root;

  /**
   * Creates a parser.
   *
   * @param root the program's command tree; its name is the program name
   */
  public CommandLineParser(CommandGroup root) {
    this.root = ArgChecker.notNull(root, "root");
  }

  /**
   * The outcome of parsing: run a command or show a help text.
   */
  public sealed interface Result permits Run, Help {
  }

  /**
   * Run a command.
   *
   * @param command the command
   * @param invocation its parsed arguments
   */
  public record Run(Command command, Invocation invocation) implements Result {
  }

  /**
   * Show the help of a node.
   *
   * @param nodes the path from the root to the node whose help is asked for
   */
  public record Help(List<CommandNode> nodes) implements Result {

    /**
     * Copies the path.
     *
     * @throws IllegalArgumentException if the path is empty
     */
    public Help {
      nodes = List.copyOf(ArgChecker.notEmpty(nodes, "nodes"));
    }
  }

  /**
   * Parses a command line.
   *
   * @param args the arguments after the program name
   * @return what to do
   * @throws UsageException if the line is wrong and no help is asked for
   */
  public Result parse(List<String> args) {
    return new Pass(args).run();
  }

  /** The mutable state of one parse. */
  private final class Pass {
    private final List<String> args;
    private final List<CommandNode> nodes = new ArrayList<>();
    private final Map<String, OptionSpec> known = new HashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private final List<String> positionals = new ArrayList<>();
    /** Options not known where they appeared: name to inline value (or null), checked at the end. */
    private final List<Map.Entry<String, Optional<String>>> deferred = new ArrayList<>();
    private boolean help;
    /** The option just deferred without an inline value: the next word may be its value. */
    private Optional<String> pendingDeferred = Optional.empty();
    private Optional<UsageException> firstError = Optional.empty();

    Pass(List<String> args) {
      this.args = List.copyOf(args);
      enter(root);
    }

    Result run() {
      boolean optionsEnded = false;
      for (int i = 0; i < args.size(); i++) {
        String token = args.get(i);
        Optional<String> previousDeferred = pendingDeferred;
        pendingDeferred = Optional.empty();
        if (!optionsEnded && token.equals(END_OF_OPTIONS)) {
          optionsEnded = true;
        } else if (!optionsEnded && (token.equals(HELP.name()) || token.equals(SHORT_HELP))) {
          help = true;
        } else if (!optionsEnded && token.startsWith("-") && token.length() > 1) {
          i = option(token, i);
        } else if (current() instanceof CommandGroup group && positionals.isEmpty()) {
          command(group, token, previousDeferred);
        } else {
          positionals.add(token);
        }
      }
      if (help) {
        return new Help(nodes);
      }
      resolveDeferred();
      firstError.ifPresent(error -> {
        throw error;
      });
      if (current() instanceof Command command) {
        checkArguments(command);
        return new Run(command, new Invocation(path(), values, flags, positionals));
      }
      CommandGroup group = (CommandGroup) current();
      String choices = group.children().stream().map(CommandNode::name).collect(Collectors.joining(", "));
      throw error(nodes.size() == 1
          ? "missing command (one of: " + choices + ")"
          : "missing sub-command for '" + String.join(" ", path()) + "' (one of: " + choices + ")");
    }

    private int option(String token, int index) {
      int equals = token.indexOf('=');
      String name = equals < 0 ? token : token.substring(0, equals);
      Optional<String> inline = equals < 0 ? Optional.empty() : Optional.of(token.substring(equals + 1));
      OptionSpec spec = known.get(name);
      if (spec == null) {
        deferred.add(Map.entry(name, inline));
        pendingDeferred = inline.isPresent() ? Optional.empty() : Optional.of(name);
        return index;
      }
      if (!spec.takesValue()) {
        if (inline.isPresent()) {
          record(error("option " + name + " takes no value"));
        }
        flags.add(name);
        return index;
      }
      if (inline.isPresent()) {
        values.put(name, inline.get());
        return index;
      }
      boolean hasNext = index + 1 < args.size() && !isOptionName(args.get(index + 1));
      if (!hasNext) {
        record(error("option " + name + " needs a value (" + spec.valueLabel().orElseThrow() + ")"));
        return index;
      }
      values.put(name, args.get(index + 1));
      return index + 1;
    }

    private boolean isOptionName(String token) {
      String name = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
      return known.containsKey(name) || name.equals(HELP.name()) || name.equals(SHORT_HELP)
          || name.equals(END_OF_OPTIONS);
    }

    private void command(CommandGroup group, String word, Optional<String> previousDeferred) {
      Optional<CommandNode> child = group.child(word);
      if (child.isEmpty()) {
        // "--limit 3 demo": the word is probably the value of an option placed before its command
        previousDeferred.ifPresent(option -> record(misplaced(group, option)));
        String choices = group.children().stream().map(CommandNode::name).collect(Collectors.joining(", "));
        record(error(String.format(Locale.ROOT, "unknown command '%s' for '%s' (one of: %s)",
            word, String.join(" ", path()), choices)));
        positionals.add(word);
        return;
      }
      enter(child.get());
    }

    private UsageException misplaced(CommandGroup group, String option) {
      List<String> declaring = new ArrayList<>(path());
      Optional<OptionSpec> spec = declaredBelow(group, option, declaring);
      if (spec.isEmpty() || !spec.get().takesValue()) {
        return error("unknown option " + option);
      }
      return error(String.format(Locale.ROOT, "option %s must come after the command '%s' (or use %s=%s)",
          option, String.join(" ", declaring), option, spec.get().valueLabel().orElseThrow()));
    }

    /** Finds the first command below a group declaring an option; appends its path to {@code path}. */
    private Optional<OptionSpec> declaredBelow(CommandNode node, String option, List<String> path) {
      for (CommandNode child : node instanceof CommandGroup group ? group.children() : List.<CommandNode>of()) {
        path.add(child.name());
        Optional<OptionSpec> own = child.options().stream().filter(spec -> spec.name().equals(option)).findFirst();
        Optional<OptionSpec> found = own.isPresent() ? own : declaredBelow(child, option, path);
        if (found.isPresent()) {
          return found;
        }
        path.remove(path.size() - 1);
      }
      return Optional.empty();
    }

    private void resolveDeferred() {
      for (Map.Entry<String, Optional<String>> entry : deferred) {
        String name = entry.getKey();
        OptionSpec spec = known.get(name);
        if (spec == null) {
          record(error("unknown option " + name));
        } else if (!spec.takesValue()) {
          if (entry.getValue().isPresent()) {
            record(error("option " + name + " takes no value"));
          }
          flags.add(name);
        } else if (entry.getValue().isPresent()) {
          values.putIfAbsent(name, entry.getValue().get());
        } else {
          record(error(String.format(Locale.ROOT, "option %s must come after the command '%s' (or use %s=%s)",
              name, String.join(" ", path()), name, spec.valueLabel().orElseThrow())));
        }
      }
    }

    private void checkArguments(Command command) {
      List<ArgumentSpec> declared = command.arguments();
      if (positionals.size() < declared.size()) {
        throw error("missing argument " + declared.get(positionals.size()).label());
      }
      if (positionals.size() > declared.size()) {
        throw error("unexpected argument '" + positionals.get(declared.size()) + "'");
      }
    }

    private void enter(CommandNode node) {
      nodes.add(node);
      for (OptionSpec option : node.options()) {
        known.put(option.name(), option);
      }
    }

    private CommandNode current() {
      return nodes.get(nodes.size() - 1);
    }

    private List<String> path() {
      return nodes.stream().map(CommandNode::name).collect(Collectors.toList());
    }

    private UsageException error(String message) {
      return new UsageException(message, path());
    }

    private void record(UsageException error) {
      if (firstError.isEmpty()) {
        firstError = Optional.of(error);
      }
    }
  }
}
