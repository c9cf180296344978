package dev.quantsdk.futures.io;

import dev.quantsdk.futures.bar.TimeBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The byte-level parser behind every loader: splits lines and fields without creating
 * strings and parses decimals with an exact fast path.
 *
 * <p>Numbers: a decimal with at most 18 digits whose digits form an integer {@code m <= 2^53}
 * and at most 22 fraction digits {@code k} is {@code m / 10^k}: both operands are exact
 * doubles and IEEE division is correctly rounded, so the result is the double nearest to
 * the decimal, which is exactly what {@link Double#parseDouble} returns. Anything else
 * (exponents, more digits, NaN text) goes through {@link Double#parseDouble}. Fields may be
 * surrounded by spaces or by double quotes (a quoted field may not contain the delimiter).
 * Input is ASCII/UTF-8. Stateless apart from its configuration; thread-safe.
 */
final class CsvBarParser {

  private static final byte SKIP = 0;
  private static final byte DATE = 1;
  private static final byte OPEN = 2;
  private static final byte HIGH = 3;
  private static final byte LOW = 4;
  private static final byte CLOSE = 5;
  private static final byte FALLBACK = 6;
  private static final byte SETTLE = 7;
  private static final byte SETTLE_AND_FALLBACK = 8;
  private static final byte VOLUME = 9;
  private static final byte OPEN_INTEREST = 10;

  private static final long MAX_EXACT = 1L << 53;
  private static final double[] POW10 = new double[23];
  private static final int SECONDS_PER_DAY = 86_400;

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private final CsvColumnMapping mapping;
  private final byte[] roles;
  private final byte delimiter;
  private final boolean daily;

  CsvBarParser(CsvColumnMapping mapping) {
    this.mapping = mapping;
    int max = Math.max(Math.max(mapping.dateColumn(), mapping.openColumn()),
        Math.max(Math.max(mapping.highColumn(), mapping.lowColumn()),
            Math.max(Math.max(mapping.closeColumn(), mapping.closeFallbackColumn()),
                Math.max(Math.max(mapping.settleColumn(), mapping.volumeColumn()),
                    mapping.openInterestColumn()))));
    roles = new byte[max + 1];
    set(mapping.dateColumn(), DATE);
    set(mapping.openColumn(), OPEN);
    set(mapping.highColumn(), HIGH);
    set(mapping.lowColumn(), LOW);
    set(mapping.closeColumn(), CLOSE);
    set(mapping.closeFallbackColumn(), FALLBACK);
    set(mapping.settleColumn(), mapping.settleColumn() == mapping.closeFallbackColumn()
        ? SETTLE_AND_FALLBACK : SETTLE);
    set(mapping.volumeColumn(), VOLUME);
    set(mapping.openInterestColumn(), OPEN_INTEREST);
    delimiter = (byte) mapping.delimiter();
    daily = mapping.timeBase() == TimeBase.EPOCH_DAY;
  }

  private void set(int column, byte role) {
    if (column >= 0) {
      roles[column] = role;
    }
  }

  /**
   * Parses every data line of the stream into the sink; rows are numbered from 1 after the
   * header lines (blank lines count as rows but emit nothing). Not reentrant: the loaders
   * create one parser per call.
   */
  void parse(InputStream in, BarSink sink) {
    try {
      parseChecked(in, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] buf;
  private int lastYmd = -1;
  private long lastDay;

  /** A presizing hint for builders: the bytes the stream says are available / 40, bounded. */
  static int expectedRows(InputStream in) {
    try {
      return (int) Math.min(1 << 24, Math.max(256, in.available() / 40L));
    } catch (IOException e) {
      return 256;
    }
  }

  private void parseChecked(InputStream in, BarSink sink) throws IOException {
    buf = new byte[1 << 16];
    int start = 0;
    int end = 0;
    boolean eof = false;
    long line = 0;
    int header = mapping.headerLines();
    while (true) {
      int lastNl = end - 1;
      while (lastNl >= start && buf[lastNl] != '\n') {
        lastNl--;
      }
      if (lastNl < start) {
        if (eof) {
          if (start >= end) {
            return;
          }
          // the last line has no line break: add one as the sentinel the field loops expect
          if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length + 1);
          }
          buf[end] = '\n';
          lastNl = end++;
        } else {
          if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
          }
          if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          int read = in.read(buf, end, buf.length - end);
          if (read < 0) {
            eof = true;
          } else {
            end += read;
          }
          continue;
        }
      }
      int p = start;
      while (p <= lastNl) {
        line++;
        p = line <= header ? endOfLine(p) : parseLine(p, line - header, sink);
      }
      start = lastNl + 1;
    }
  }

  /** The index after the line break at or after p (one always exists). */
  private int endOfLine(int p) {
    byte[] b = buf;
    while (b[p] != '\n') {
      p++;
    }
    return p + 1;
  }

  /** The index of the delimiter or line break ending the field that starts at p. */
  private int fieldEnd(int p) {
    byte[] b = buf;
    byte d = delimiter;
    byte c;
    while ((c = b[p]) != d && c != '\n' && c != '\r') {
      p++;
    }
    return p;
  }

  /** Parses the line starting at p; returns the index after its line break. */
  private int parseLine(int p, long row, BarSink sink) {
    byte[] b = buf;
    int lineStart = p;
    if (b[p] == '\n' || (b[p] == '\r' && b[p + 1] == '\n')) {
      return endOfLine(p);
    }
    long time = Long.MIN_VALUE;
    double open = Double.NaN;
    double high = Double.NaN;
    double low = Double.NaN;
    double close = Double.NaN;
    double fallback = Double.NaN;
    double settle = Double.NaN;
    double volume = mapping.volumeColumn() < 0 ? 0.0 : Double.NaN;
    double oi = Double.NaN;
    byte[] r = roles;
    byte d = delimiter;
    for (int col = 0; col < r.length; col++) {
      byte role = r[col];
      if (role == SKIP) {
        p = fieldEnd(p);
      } else if (role == DATE) {
        int e = fieldEnd(p);
        int fs = p;
        int fe = e;
        if (fe - fs >= 2 && b[fs] == '"' && b[fe - 1] == '"') {
          fs++;
          fe--;
        }
        time = parseTime(b, fs, fe, row, col);
        p = e;
      } else {
        // fast path: [-]digits[.digits] ended by the delimiter or the line end
        int q = p;
        boolean negative = b[q] == '-';
        if (negative) {
          q++;
        }
        long m = 0;
        int digitsStart = q;
        int c;
        while ((c = b[q] - '0') >= 0 && c <= 9) {
          m = m * 10 + c;
          q++;
        }
        int intDigits = q - digitsStart;
        int fraction = 0;
        if (b[q] == '.') {
          int fs = ++q;
          while ((c = b[q] - '0') >= 0 && c <= 9) {
            m = m * 10 + c;
            q++;
          }
          fraction = q - fs;
        }
        byte t = b[q];
        double v;
        if ((t == d || t == '\n' || t == '\r') && intDigits + fraction > 0
            && intDigits + fraction <= 18 && m <= MAX_EXACT) {
          v = fraction == 0 ? (double) m : m / POW10[fraction];
          if (negative) {
            v = -v;
          }
          p = q;
        } else {
          int e = fieldEnd(p);
          int fs = p;
          int fe = e;
          if (fe - fs >= 2 && b[fs] == '"' && b[fe - 1] == '"') {
            fs++;
            fe--;
          }
          v = number(b, fs, fe, row, col);
          p = e;
        }
        switch (role) {
          case OPEN -> open = v;
          case HIGH -> high = v;
          case LOW -> low = v;
          case CLOSE -> close = v;
          case FALLBACK -> fallback = v;
          case SETTLE -> settle = v;
          case SETTLE_AND_FALLBACK -> {
            settle = v;
            fallback = v;
          }
          case VOLUME -> volume = v;
          default -> oi = v;
        }
      }
      if (b[p] != d) {
        break;
      }
      p++;
    }
    if (time == Long.MIN_VALUE) {
      int e = endOfLine(lineStart) - 1;
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "row %d: no date in column %d (line '%s')", row, mapping.dateColumn(),
          text(b, lineStart, e > lineStart && b[e - 1] == '\r' ? e - 1 : e)));
    }
    if (close != close) {
      close = fallback;
    }
    sink.accept(row, time, open, high, low, close, settle, volume, oi);
    return endOfLine(p);
  }

  private double number(byte[] b, int from, int to, long row, int col) {
    double v = parseDecimal(b, from, to);
    if (v == v || isBlankOrNaN(b, from, to)) {
      return v;
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "row %d, column %d: '%s' is not a number", row, col, text(b, from, to)));
  }

  private static boolean isBlankOrNaN(byte[] b, int from, int to) {
    String s = text(b, from, to).trim();
    return s.isEmpty() || s.equalsIgnoreCase("nan");
  }

  /**
   * Parses a decimal; NaN for a blank field and for text that is not a number (the caller
   * tells the two apart).
   */
  static double parseDecimal(byte[] b, int from, int to) {
    while (from < to && b[from] == ' ') {
      from++;
    }
    while (to > from && b[to - 1] == ' ') {
      to--;
    }
    if (from == to) {
      return Double.NaN;
    }
    int i = from;
    boolean negative = false;
    if (b[i] == '-') {
      negative = true;
      i++;
    } else if (b[i] == '+') {
      i++;
    }
    long m = 0;
    int digits = 0;
    int fraction = 0;
    boolean dot = false;
    boolean any = false;
    for (; i < to; i++) {
      int d = b[i] - '0';
      if (d >= 0 && d <= 9) {
        any = true;
        if (m != 0 || d != 0) {
          digits++;
        }
        if (digits > 18) {
          return slow(b, from, to);
        }
        m = m * 10 + d;
        if (dot) {
          fraction++;
        }
      } else if (b[i] == '.' && !dot) {
        dot = true;
      } else {
        return slow(b, from, to);
      }
    }
    if (!any || m > MAX_EXACT || fraction >= POW10.length) {
      return any ? slow(b, from, to) : Double.NaN;
    }
    double v = fraction == 0 ? (double) m : m / POW10[fraction];
    return negative ? -v : v;
  }

  private static double slow(byte[] b, int from, int to) {
    try {
      return Double.parseDouble(text(b, from, to));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private long parseTime(byte[] b, int from, int to, long row, int col) {
    while (from < to && b[from] == ' ') {
      from++;
    }
    while (to > from && b[to - 1] == ' ') {
      to--;
    }
    DateFormat format = mapping.dateFormat();
    boolean iso = format == DateFormat.ISO_DATE || format == DateFormat.ISO_DATE_TIME;
    int dateLength = iso ? 10 : 8;
    long day;
    int year;
    int month;
    int dayOfMonth;
    if (to - from < dateLength) {
      throw badDate(b, from, to, row, col);
    }
    if (iso) {
      if (b[from + 4] != '-' || b[from + 7] != '-') {
        throw badDate(b, from, to, row, col);
      }
      year = digits(b, from, 4);
      month = digits(b, from + 5, 2);
      dayOfMonth = digits(b, from + 8, 2);
    } else {
      year = digits(b, from, 4);
      month = digits(b, from + 4, 2);
      dayOfMonth = digits(b, from + 6, 2);
    }
    int ymd = year < 0 || month < 0 || dayOfMonth < 0 ? -1 : year * 10_000 + month * 100 + dayOfMonth;
    if (ymd >= 0 && ymd == lastYmd) {
      // intraday files repeat the date on every row: reuse the previous row's day number
      day = lastDay;
    } else {
      if (year < 0 || month < 1 || month > 12 || dayOfMonth < 1
          || dayOfMonth > lengthOfMonth(year, month)) {
        throw badDate(b, from, to, row, col);
      }
      day = epochDay(year, month, dayOfMonth);
      lastYmd = ymd;
      lastDay = day;
    }
    int seconds = 0;
    int p = from + dateLength;
    if (p < to) {
      if (!format.hasTime() || (b[p] != ' ' && b[p] != 'T') || (to - p != 6 && to - p != 9)) {
        throw badDate(b, from, to, row, col);
      }
      int hh = digits(b, p + 1, 2);
      int mm = b[p + 3] == ':' ? digits(b, p + 4, 2) : -1;
      int ss = to - p == 9 ? (b[p + 6] == ':' ? digits(b, p + 7, 2) : -1) : 0;
      if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) {
        throw badDate(b, from, to, row, col);
      }
      seconds = hh * 3600 + mm * 60 + ss;
    }
    return daily ? day : day * SECONDS_PER_DAY + seconds;
  }

  private IllegalArgumentException badDate(byte[] b, int from, int to, long row, int col) {
    return new IllegalArgumentException(String.format(Locale.ROOT,
        "row %d, column %d: '%s' is not a date in format %s", row, col, text(b, from, to),
        mapping.dateFormat()));
  }

  private static int digits(byte[] b, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a valid proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  private static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }
}
