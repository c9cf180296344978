package dev.quantsdk.cli;

import dev.quantsdk.model.ArgChecker;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows the progress of a long-running command on stderr, never on stdout.
 *
 * <p>On a terminal it redraws one line in place ({@code "\rimported 12,000 / ~14,796 rows"}) at
 * most every {@value #TERMINAL_INTERVAL_MILLIS} ms. When stderr is not a terminal (a log file, a
 * pipe) it stays silent for runs shorter than {@value #LOG_INTERVAL_SECONDS} s and then writes one
 * full line every {@value #LOG_INTERVAL_SECONDS} s, so short imports leave no noise in logs.
 * The total is an estimate ({@code ~}) until the input is consumed.
 *
 * <p>Mutable and not thread-safe: call it from the thread doing the work.
 */
public final class ProgressMeter {

  /** Minimum time between two redraws on a terminal, in milliseconds. */
  static final long TERMINAL_INTERVAL_MILLIS = 100;
  /** Time between two progress lines when stderr is not a terminal, in seconds. */
  static final long LOG_INTERVAL_SECONDS = 10;

  private static final long NANOS_PER_MILLI = 1_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final PrintStream err;
  private final boolean terminal;
  private final LongSupplier nanoClock;
  private final String verb;
  private final String unit;
  private final long intervalNanos;
  private long nextReportNanos;
  private int lastLength;
  private boolean shown;
  private String lastText = "";

  /**
   * Creates a meter; the first report is due one interval after creation.
   *
   * @param err the stream to write to (stderr)
   * @param terminal whether the stream is an interactive terminal
   * @param nanoClock a monotonic clock in nanoseconds
   * @param verb what is being done, e.g. {@code imported}
   * @param unit what is counted, plural, e.g. {@code rows}
   */
  public ProgressMeter(PrintStream err, boolean terminal, LongSupplier nanoClock, String verb, String unit) {
    this.err = ArgChecker.notNull(err, "err");
    this.terminal = terminal;
    this.nanoClock = ArgChecker.notNull(nanoClock, "nanoClock");
    this.verb = ArgChecker.notBlank(verb, "verb");
    this.unit = ArgChecker.notBlank(unit, "unit");
    this.intervalNanos = terminal ? TERMINAL_INTERVAL_MILLIS * NANOS_PER_MILLI : LOG_INTERVAL_SECONDS * NANOS_PER_SECOND;
    this.nextReportNanos = nanoClock.getAsLong() + intervalNanos;
  }

  /**
   * Reports progress; writes only when a report is due.
   *
   * @param done the units done so far
   * @param fractionOfInput the share of the input consumed so far, in [0, 1], for the estimated total
   * @throws IllegalArgumentException if done is negative or the fraction outside [0, 1]
   */
  public void update(long done, double fractionOfInput) {
    ArgChecker.isTrue(done >= 0, "done must be >= 0 but was %d", done);
    ArgChecker.inRangeInclusive(fractionOfInput, 0.0, 1.0, "fractionOfInput");
    long now = nanoClock.getAsLong();
    if (now - nextReportNanos < 0) {
      return;
    }
    nextReportNanos = now + intervalNanos;
    show(describe(done, fractionOfInput));
  }

  /**
   * Ends the progress display: if anything was shown, writes the final count (unless the last
   * line already says it) and, on a terminal, ends the line; otherwise writes nothing.
   *
   * @param done the final number of units done
   */
  public void finish(long done) {
    if (!shown) {
      return;
    }
    String last = String.format(Locale.ROOT, "%s %,d %s", verb, done, unit);
    if (terminal || !last.equals(lastText)) {
      show(last);
    }
    if (terminal) {
      err.print('\n');
      err.flush();
    }
  }

  /**
   * Returns the last text shown, for tests and summaries.
   *
   * @return the text, empty if nothing was shown
   */
  String lastText() {
    return lastText;
  }

  private String describe(long done, double fraction) {
    if (fraction > 0 && fraction < 1) {
      long estimate = Math.max(done, Math.round(done / fraction));
      return String.format(Locale.ROOT, "%s %,d / ~%,d %s", verb, done, estimate, unit);
    }
    return String.format(Locale.ROOT, "%s %,d %s", verb, done, unit);
  }

  private void show(String text) {
    lastText = text;
    shown = true;
    if (terminal) {
      int padding = Math.max(0, lastLength - text.length());
      err.print("\r" + text + " ".repeat(padding));
      lastLength = text.length();
    } else {
      err.println(text);
    }
    err.flush();
  }
}
