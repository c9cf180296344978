package dev.quantsdk.futures.io;

import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.model.ArgChecker;

/**
 * Which column of a delimited bar file holds which field, for {@link GenericCsvLoader}.
 *
 * <p>Columns are 0-based; {@link #ABSENT} (−1) marks a field the file does not have (open
 * interest and settle may be absent; open, high, low and close may not). When the close
 * cell is blank and {@code closeFallbackColumn} is set, the close is taken from that column
 * (CHRIS: Settle when Last is blank). With {@link TimeBase#EPOCH_DAY} a time of day in the
 * file is ignored. Immutable and thread-safe; build with {@link #ohlcv} and the
 * {@code withX} methods.
 *
 * @param delimiter the field delimiter, for example {@code ','}
 * @param headerLines lines to skip before the data (data rows are counted from 1 after them)
 * @param timeBase the series' time base
 * @param dateFormat the date column's format
 * @param dateColumn the date (or date-time) column
 * @param openColumn the open column
 * @param highColumn the high column
 * @param lowColumn the low column
 * @param closeColumn the close (or last) column
 * @param closeFallbackColumn the column used when the close is blank, or ABSENT
 * @param settleColumn the settle column, or ABSENT
 * @param volumeColumn the volume column, or ABSENT (volume 0)
 * @param openInterestColumn the open-interest column, or ABSENT
 */
public record CsvColumnMapping(
    char delimiter,
    int headerLines,
    TimeBase timeBase,
    DateFormat dateFormat,
    int dateColumn,
    int openColumn,
    int highColumn,
    int lowColumn,
    int closeColumn,
    int closeFallbackColumn,
    int settleColumn,
    int volumeColumn,
    int openInterestColumn) {

  /** Marks a field that the file does not have. */
  public static final int ABSENT = -1;

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if a required column is absent, two fields share a
   *     column, or the delimiter is a digit, sign, dot or line break
   */
  public CsvColumnMapping {
    ArgChecker.isTrue(!(Character.isDigit(delimiter) || delimiter == '.' || delimiter == '-'
            || delimiter == '\n' || delimiter == '\r' || delimiter > 127),
        "delimiter '%s' must be an ASCII character other than a digit, '.', '-' or a line break", delimiter);
    ArgChecker.notNegative(headerLines, "headerLines");
    ArgChecker.notNull(timeBase, "timeBase");
    ArgChecker.notNull(dateFormat, "dateFormat");
    int[] required = {dateColumn, openColumn, highColumn, lowColumn, closeColumn};
    for (int c : required) {
      ArgChecker.notNegative(c, "date, open, high, low and close columns");
    }
    int[] all = {dateColumn, openColumn, highColumn, lowColumn, closeColumn, closeFallbackColumn,
        settleColumn, volumeColumn, openInterestColumn};
    for (int i = 0; i < all.length; i++) {
      ArgChecker.isTrue(all[i] >= ABSENT, "column %d must be >= -1", all[i]);
      for (int j = i + 1; j < all.length; j++) {
        // the fallback column may coincide with the settle column (CHRIS)
        boolean allowed = (i == 5 && j == 6);
        ArgChecker.isTrue(all[i] == ABSENT || all[i] != all[j] || allowed,
            "column %d is mapped to two fields", all[i]);
      }
    }
  }

  /**
   * A comma-separated mapping with one header line, the given columns, no settle, no open
   * interest, ISO dates and daily bars.
   *
   * @param dateColumn the date column
   * @param openColumn the open column
   * @param highColumn the high column
   * @param lowColumn the low column
   * @param closeColumn the close column
   * @param volumeColumn the volume column, or ABSENT
   * @return the mapping
   */
  public static CsvColumnMapping ohlcv(int dateColumn, int openColumn, int highColumn,
      int lowColumn, int closeColumn, int volumeColumn) {
    return new CsvColumnMapping(',', 1, TimeBase.EPOCH_DAY, DateFormat.ISO_DATE, dateColumn,
        openColumn, highColumn, lowColumn, closeColumn, ABSENT, ABSENT, volumeColumn, ABSENT);
  }

  /**
   * This mapping with another delimiter.
   *
   * @param newDelimiter the delimiter
   * @return the new mapping
   */
  public CsvColumnMapping withDelimiter(char newDelimiter) {
    return new CsvColumnMapping(newDelimiter, headerLines, timeBase, dateFormat, dateColumn,
        openColumn, highColumn, lowColumn, closeColumn, closeFallbackColumn, settleColumn,
        volumeColumn, openInterestColumn);
  }

  /**
   * This mapping with another number of header lines.
   *
   * @param lines the header lines
   * @return the new mapping
   */
  public CsvColumnMapping withHeaderLines(int lines) {
    return new CsvColumnMapping(delimiter, lines, timeBase, dateFormat, dateColumn, openColumn,
        highColumn, lowColumn, closeColumn, closeFallbackColumn, settleColumn, volumeColumn,
        openInterestColumn);
  }

  /**
   * This mapping with another date format and time base.
   *
   * @param format the date format
   * @param base the time base of the series
   * @return the new mapping
   */
  public CsvColumnMapping withDates(DateFormat format, TimeBase base) {
    return new CsvColumnMapping(delimiter, headerLines, base, format, dateColumn, openColumn,
        highColumn, lowColumn, closeColumn, closeFallbackColumn, settleColumn, volumeColumn,
        openInterestColumn);
  }

  /**
   * This mapping with a settle column.
   *
   * @param column the settle column, or ABSENT
   * @return the new mapping
   */
  public CsvColumnMapping withSettle(int column) {
    return new CsvColumnMapping(delimiter, headerLines, timeBase, dateFormat, dateColumn,
        openColumn, highColumn, lowColumn, closeColumn, closeFallbackColumn, column, volumeColumn,
        openInterestColumn);
  }

  /**
   * This mapping with a close fallback column (used when the close cell is blank).
   *
   * @param column the fallback column, or ABSENT
   * @return the new mapping
   */
  public CsvColumnMapping withCloseFallback(int column) {
    return new CsvColumnMapping(delimiter, headerLines, timeBase, dateFormat, dateColumn,
        openColumn, highColumn, lowColumn, closeColumn, column, settleColumn, volumeColumn,
        openInterestColumn);
  }

  /**
   * This mapping with an open-interest column.
   *
   * @param column the open-interest column, or ABSENT
   * @return the new mapping
   */
  public CsvColumnMapping withOpenInterest(int column) {
    return new CsvColumnMapping(delimiter, headerLines, timeBase, dateFormat, dateColumn,
        openColumn, highColumn, lowColumn, closeColumn, closeFallbackColumn, settleColumn,
        volumeColumn, column);
  }
}
