package dev.quantsdk.cli;

/**
 * The process exit codes of the {@code quant} command line, the same for every command.
 *
 * <p>Immutable and thread-safe.
 */
public enum ExitStatus {
  /** The command did its work; rows rejected by validation are reported, not an error. */
  OK(0, "done (rows rejected by validation are reported, not an error)"),
  /** The input could not be used: missing or unreadable file, unknown format, database unreachable. */
  BAD_INPUT(1, "bad input: missing or unreadable file, unknown format, database that cannot be opened"),
  /** The command line itself is wrong: unknown command or option, missing or extra argument. */
  USAGE(2, "usage error: unknown command or option, missing or extra argument");

  private final int code;
  private final String meaning;

  ExitStatus(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /**
   * Returns the numeric process exit code.
   *
   * @return the code, 0 to 2
   */
  public int code() {
    return code;
  }

  /**
   * Returns the one-line meaning shown in the help texts.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }
}
