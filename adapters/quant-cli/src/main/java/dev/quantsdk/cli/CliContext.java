package dev.quantsdk.cli;

import dev.quantsdk.model.ArgChecker;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Everything a command may touch outside its arguments: the output streams, the environment,
 * the current directory, whether stderr is a terminal and the clocks. Passing them in keeps
 * the commands testable in-process (tests capture the streams and inject the environment).
 *
 * <p>Immutable; thread-safe as far as the streams are.
 *
 * @param out standard output: results only (JSON with {@code --json}, a summary otherwise)
 * @param err standard error: progress, warnings and error messages
 * @param environment the process environment (for {@code QUANT_DB_URL} and friends)
 * @param workingDirectory the directory relative paths and the default database resolve against
 * @param stderrIsTerminal whether stderr is an interactive terminal (progress is redrawn in place)
 * @param nanoClock a monotonic clock in nanoseconds, for progress throttling
 * @param clock the wall clock, for today's date (a disclosure may not be dated later)
 */
public record CliContext(
    PrintStream out,
    PrintStream err,
    Map<String, String> environment,
    Path workingDirectory,
    boolean stderrIsTerminal,
    LongSupplier nanoClock,
    Clock clock) {

  /** The system property the launcher sets to {@code true} when stderr is a terminal. */
  public static final String STDERR_TTY_PROPERTY = "quant.stderr.tty";

  /**
   * Validates and copies the environment.
   *
   * @throws NullPointerException if an argument is null
   */
  public CliContext {
    ArgChecker.notNull(out, "out");
    ArgChecker.notNull(err, "err");
    environment = Map.copyOf(environment);
    workingDirectory = ArgChecker.notNull(workingDirectory, "workingDirectory").toAbsolutePath().normalize();
    ArgChecker.notNull(nanoClock, "nanoClock");
    ArgChecker.notNull(clock, "clock");
  }

  /**
   * Returns the context of the running process: UTF-8 streams on file descriptors 1 and 2, the
   * real environment, the JVM's current directory. Stderr counts as a terminal when the launcher
   * says so ({@value #STDERR_TTY_PROPERTY}) or, without the launcher, when the JVM has a console.
   *
   * @return the context
   */
  public static CliContext system() {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    String tty = System.getProperty(STDERR_TTY_PROPERTY);
    boolean terminal = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
    return new CliContext(out, err, System.getenv(), Path.of(""), terminal, System::nanoTime,
        Clock.systemUTC());
  }

  /**
   * Resolves a path typed by the user against the working directory.
   *
   * @param typed the path as typed, absolute or relative
   * @return the absolute, normalised path
   */
  public Path resolve(String typed) {
    return workingDirectory.resolve(typed).toAbsolutePath().normalize();
  }
}
