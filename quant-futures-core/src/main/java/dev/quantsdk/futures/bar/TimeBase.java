package dev.quantsdk.futures.bar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What the {@code long} time column of a {@link BarSeries} counts.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum TimeBase {
  /** Daily bars: days since 1970-01-01 ({@link LocalDate#toEpochDay()}), the trade date. */
  EPOCH_DAY,
  /**
   * Intraday bars: seconds since 1970-01-01T00:00 of the data's own wall clock (the
   * exchange's local time for Lean and most vendor files; no time-zone conversion is made).
   */
  EPOCH_SECOND;

  private static final long SECONDS_PER_DAY = 86_400L;

  /**
   * The calendar date of a time value.
   *
   * @param time the time value in this base
   * @return the date
   */
  public LocalDate toLocalDate(long time) {
    return LocalDate.ofEpochDay(this == EPOCH_DAY ? time : Math.floorDiv(time, SECONDS_PER_DAY));
  }

  /**
   * The wall-clock date-time of a time value (midnight for daily bars).
   *
   * @param time the time value in this base
   * @return the date-time
   */
  public LocalDateTime toLocalDateTime(long time) {
    return this == EPOCH_DAY
        ? LocalDate.ofEpochDay(time).atStartOfDay()
        : LocalDateTime.ofEpochSecond(time, 0, ZoneOffset.UTC);
  }

  /**
   * The time value of a date (its midnight for {@link #EPOCH_SECOND}).
   *
   * @param date the date
   * @return the time value
   */
  public long of(LocalDate date) {
    return this == EPOCH_DAY ? date.toEpochDay() : date.toEpochDay() * SECONDS_PER_DAY;
  }

  /**
   * The time value of a wall-clock date-time (truncated to the day for {@link #EPOCH_DAY}).
   *
   * @param dateTime the date-time
   * @return the time value
   */
  public long of(LocalDateTime dateTime) {
    return this == EPOCH_DAY
        ? dateTime.toLocalDate().toEpochDay()
        : dateTime.toEpochSecond(ZoneOffset.UTC);
  }

  /**
   * A readable form of a time value: {@code 2008-10-10} or {@code 2013-10-07T09:30}.
   *
   * @param time the time value
   * @return the text
   */
  public String format(long time) {
    return this == EPOCH_DAY ? toLocalDate(time).toString() : toLocalDateTime(time).toString();
  }
}
