package dev.quantsdk.futures.io;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.model.ArgChecker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Loads Quandl/CHRIS daily futures CSV files: {@code Date, Open, High, Low, Close|Last,
 * Change, Settle, Volume, Previous Day Open Interest}.
 *
 * <p>Columns are found by header name (case-insensitive; the order may differ). The bar's
 * close is the Last (or Close) column, or the Settle when Last is blank; the settle column
 * is kept as is; Change is ignored. Open interest is attached according to
 * {@link OpenInterestAlignment} (default: as published, the previous day's figure on each
 * row). Validation rows are the 1-based data rows (file line − 1). Stateless and
 * thread-safe.
 */
public final class ChrisCsvLoader {

  private static final List<String> DATE = List.of("date", "trade date");
  private static final List<String> OPEN = List.of("open");
  private static final List<String> HIGH = List.of("high");
  private static final List<String> LOW = List.of("low");
  private static final List<String> LAST = List.of("last", "close");
  private static final List<String> SETTLE = List.of("settle");
  private static final List<String> VOLUME = List.of("volume");
  private static final List<String> OPEN_INTEREST = List.of("previous day open interest",
      "prev. day open interest", "open interest");

  private ChrisCsvLoader() {
  }

  /**
   * Parses a CHRIS file with open interest as published.
   *
   * @param in the file's bytes (not closed)
   * @param policy what to do with invalid bars
   * @return the daily series and its validation report
   * @throws IllegalArgumentException if a required column is missing or a cell is malformed
   * @throws UncheckedIOException if reading fails
   */
  public static ValidatedBars parse(InputStream in, ValidationPolicy policy) {
    return parse(in, policy, OpenInterestAlignment.AS_PUBLISHED);
  }

  /**
   * Parses a CHRIS file.
   *
   * @param in the file's bytes (not closed)
   * @param policy what to do with invalid bars
   * @param alignment which bar each open-interest figure goes to
   * @return the daily series and its validation report
   * @throws IllegalArgumentException if a required column is missing or a cell is malformed
   * @throws UncheckedIOException if reading fails
   */
  public static ValidatedBars parse(InputStream in, ValidationPolicy policy, OpenInterestAlignment alignment) {
    ArgChecker.notNull(policy, "policy");
    ArgChecker.notNull(alignment, "alignment");
    List<String> header = readHeader(in);
    int settle = find(header, SETTLE, false);
    CsvColumnMapping mapping = new CsvColumnMapping(',', 0, TimeBase.EPOCH_DAY, DateFormat.ISO_DATE,
        find(header, DATE, true), find(header, OPEN, true), find(header, HIGH, true),
        find(header, LOW, true), find(header, LAST, true), settle, settle,
        find(header, VOLUME, true), find(header, OPEN_INTEREST, false));
    BarSeries.Builder builder = BarSeries.builder(TimeBase.EPOCH_DAY, CsvBarParser.expectedRows(in));
    CsvBarParser parser = new CsvBarParser(mapping);
    if (alignment == OpenInterestAlignment.AS_PUBLISHED) {
      parser.parse(in, builder::addRow);
    } else {
      ShiftBack shift = new ShiftBack(builder);
      parser.parse(in, shift);
      shift.flush();
    }
    return builder.build(policy);
  }

  /**
   * Loads a CHRIS file with open interest as published.
   *
   * @param file the file
   * @param policy what to do with invalid bars
   * @return the daily series and its validation report
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ValidatedBars load(Path file, ValidationPolicy policy) {
    return load(file, policy, OpenInterestAlignment.AS_PUBLISHED);
  }

  /**
   * Loads a CHRIS file.
   *
   * @param file the file
   * @param policy what to do with invalid bars
   * @param alignment which bar each open-interest figure goes to
   * @return the daily series and its validation report
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ValidatedBars load(Path file, ValidationPolicy policy, OpenInterestAlignment alignment) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, policy, alignment);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<String> readHeader(InputStream in) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        line.write(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = line.toString(StandardCharsets.UTF_8).replace("\r", "").replace("\uFEFF", "");
    return Arrays.stream(text.split(",", -1))
        .map(s -> s.trim().replace("\"", "").toLowerCase(Locale.ROOT)).toList();
  }

  private static int find(List<String> header, List<String> names, boolean required) {
    for (String name : names) {
      int i = header.indexOf(name);
      if (i >= 0) {
        return i;
      }
    }
    if (required) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "CHRIS header %s has no column named %s", header, String.join(" or ", names)));
    }
    return CsvColumnMapping.ABSENT;
  }

  /** Attaches each row's open interest to the previous row (trade-date alignment). */
  private static final class ShiftBack implements BarSink {
    private final BarSeries.Builder builder;
    private boolean pending;
    private long row;
    private long time;
    private double open;
    private double high;
    private double low;
    private double close;
    private double settle;
    private double volume;

    ShiftBack(BarSeries.Builder builder) {
      this.builder = builder;
    }

    @Override
    public void accept(long r, long t, double o, double h, double l, double c, double s,
        double v, double oi) {
      if (pending) {
        builder.addRow(row, time, open, high, low, close, settle, volume, oi);
      }
      pending = true;
      row = r;
      time = t;
      open = o;
      high = h;
      low = l;
      close = c;
      settle = s;
      volume = v;
    }

    void flush() {
      if (pending) {
        builder.addRow(row, time, open, high, low, close, settle, volume, Double.NaN);
      }
    }
  }
}
