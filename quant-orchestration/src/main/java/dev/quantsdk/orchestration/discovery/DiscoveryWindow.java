package dev.quantsdk.orchestration.discovery;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;

/**
 * A window of transaction dates, both ends inclusive. Results are stored per window: re-running
 * the same window replaces them. Immutable and thread-safe.
 *
 * @param from first transaction date, inclusive
 * @param to last transaction date, inclusive
 */
public record DiscoveryWindow(LocalDate from, LocalDate to) {

  /**
   * Validates the window.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public DiscoveryWindow {
    ArgChecker.notNull(from, "from");
    ArgChecker.notNull(to, "to");
    ArgChecker.isTrue(!to.isBefore(from), "window end %s is before its start %s", to, from);
  }

  /**
   * A window.
   *
   * @param from first date, inclusive
   * @param to last date, inclusive
   * @return the window
   */
  public static DiscoveryWindow of(LocalDate from, LocalDate to) {
    return new DiscoveryWindow(from, to);
  }

  /**
   * Whether a date lies in the window.
   *
   * @param date the date
   * @return true if {@code from <= date <= to}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
