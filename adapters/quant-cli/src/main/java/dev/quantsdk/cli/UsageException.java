package dev.quantsdk.cli;

import java.util.List;

/**
 * The command line is wrong: unknown command or option, missing or extra argument, bad option
 * value. The CLI prints the message and a hint to {@code --help} on stderr and exits with
 * {@link ExitStatus#USAGE}.
 *
 * <p>Immutable once thrown.
 */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The command path the hint refers to, e.g. {@code [quant, import, house]}. */
  private final List<String> commandPath;

  /**
   * Creates an exception.
   *
   * @param message what is wrong, e.g. "unknown option --jsn"
   * @param commandPath the command words recognised so far, starting with the program name
   */
  public UsageException(String message, List<String> commandPath) {
    super(message);
    this.commandPath = List.copyOf(commandPath);
  }

  /**
   * Returns the command words recognised before the error, starting with the program name.
   *
   * @return the path, never empty
   */
  public List<String> commandPath() {
    return commandPath;
  }
}
