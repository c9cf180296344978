package dev.quantsdk.cli;

/**
 * A command cannot use its input: a missing or unreadable file, an unknown file format, a
 * database that cannot be opened. The CLI prints the message on stderr and exits with
 * {@link ExitStatus#BAD_INPUT}.
 *
 * <p>Immutable once thrown.
 */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong, naming the file or resource, e.g. "file not found: trades.csv"
   */
  public BadInputException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what is wrong, naming the file or resource
   * @param cause the underlying failure
   */
  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
