package dev.quantsdk.futures.io;

/**
 * The text form of the date (and time) column of a bar file.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum DateFormat {
  /** {@code 2019-09-13}. */
  ISO_DATE,
  /** {@code 20190913}. */
  BASIC_DATE,
  /** {@code 20131007 00:00} or {@code 20131007 09:30:15} (Lean). */
  BASIC_DATE_TIME,
  /** {@code 2019-09-13 09:30}, {@code 2019-09-13T09:30:15} (a space or {@code T}). */
  ISO_DATE_TIME;

  boolean hasTime() {
    return this == BASIC_DATE_TIME || this == ISO_DATE_TIME;
  }
}
