package dev.quantsdk.cli;

import java.util.List;

/**
 * A node of the command tree: either a {@link CommandGroup} of sub-commands (such as
 * {@code import}) or a runnable {@link Command} (such as {@code import house}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface CommandNode permits Command, CommandGroup {

  /**
   * Returns the word typed to select this node, e.g. {@code house}.
   *
   * @return the name, lower case
   */
  String name();

  /**
   * Returns the one-line summary shown in the parent's command list.
   *
   * @return the summary
   */
  String summary();

  /**
   * Returns the paragraph shown under the usage line of the help text.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the options this node adds; the options of its ancestors apply too.
   *
   * @return the options, without {@code --help}
   */
  List<OptionSpec> options();

  /**
   * Returns example command lines for the help text, without the leading program name.
   *
   * @return the examples, e.g. {@code import house trades.csv --json}
   */
  List<String> examples();
}
