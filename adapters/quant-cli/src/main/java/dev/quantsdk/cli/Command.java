package dev.quantsdk.cli;

import java.util.List;

/**
 * A runnable command of the {@code quant} CLI, such as {@code import house}. Register new commands
 * in {@link CommandRegistry}; the parser, the help texts and the exit codes come for free.
 *
 * <p>Implementations are immutable and thread-safe; all per-run state lives in the
 * {@link Invocation} and the {@link CliContext}.
 */
public non-sealed interface Command extends CommandNode {

  /**
   * Returns the required positional arguments, in order.
   *
   * @return the arguments, possibly empty
   */
  List<ArgumentSpec> arguments();

  /**
   * Runs the command. Output for the user goes to {@link CliContext#out()}, progress and
   * diagnostics to {@link CliContext#err()}.
   *
   * @param invocation the parsed command line
   * @param context the streams, environment and working directory
   * @return the exit status, normally {@link ExitStatus#OK}
   * @throws BadInputException if the input cannot be used (exit 1)
   * @throws UsageException if an option value is malformed (exit 2)
   */
  ExitStatus run(Invocation invocation, CliContext context);
}
