package dev.quantsdk.futures.io;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.ContractMonth;
import dev.quantsdk.model.ArgChecker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Loads QuantConnect Lean daily futures data: per-contract trade files
 * ({@code yyyyMMdd HH:mm,open,high,low,close,volume}) and open-interest files
 * ({@code yyyyMMdd HH:mm,openInterest}), singly or from Lean's zips
 * ({@code es_trade_201312.csv}, {@code es_openinterest_201312.csv} inside).
 *
 * <p><b>Price scale.</b> Lean stores some markets' prices multiplied by 10,000; the bundled
 * ES and GC samples are in plain points. The divisor is a parameter of {@link Options}; use
 * {@link #detectPriceDivisor} against a trusted series (for example CHRIS ES1) to find it.
 * Division of an integer by 10,000 is exact to the decimal (one correctly rounded division).
 *
 * <p><b>Weekend bars.</b> Lean dates a bar for the Sunday-evening session that opens the
 * trading week. With {@link WeekendBars#MERGE_INTO_NEXT} (default) weekend bars are merged
 * into the next weekday bar (open of the first, max high, min low, close of the weekday
 * bar, summed volume), which matches how CME and CHRIS date the session: on 2013-10-07 the
 * merged Lean ESZ13 bar opens at 1676.75 with high 1679.5 like ES1. A weekend bar at the
 * end of a file is kept. Holidays are not merged (no holiday calendar).
 *
 * <p><b>Open interest.</b> A bar gets the latest open-interest value dated after the
 * previous bar and on or before its own date (so a Sunday value serves Monday only when
 * Monday has none), NaN if there is none. Lean dates open interest like CHRIS's "Previous
 * Day Open Interest" (see {@link OpenInterestAlignment#AS_PUBLISHED}).
 *
 * <p>Validation rows are the 1-based lines of the trade file (a merged bar carries the
 * weekday's row). Stateless and thread-safe.
 */
public final class LeanFuturesLoader {

  private static final Pattern ENTRY = Pattern.compile("(?:.*/)?([a-z0-9]+)_(trade|openinterest)_(\\d{4})(\\d{2})\\.csv");
  private static final double SCALE_TOLERANCE = 0.02;

  private LeanFuturesLoader() {
  }

  /** What to do with bars dated on a Saturday or Sunday. Immutable and thread-safe. */
  public enum WeekendBars {
    /** Keep them as bars of their own. */
    KEEP,
    /** Merge them into the next weekday bar (default). */
    MERGE_INTO_NEXT,
    /** Drop them. */
    DROP
  }

  /**
   * Loader options. Immutable and thread-safe.
   *
   * @param priceDivisor what raw prices are divided by (1 for the bundled samples, 10,000
   *     for deci-cent scaled files)
   * @param weekendBars what to do with weekend bars
   * @param policy what to do with invalid bars
   */
  public record Options(double priceDivisor, WeekendBars weekendBars, ValidationPolicy policy) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the divisor is not positive
     */
    public Options {
      ArgChecker.positive(priceDivisor, "priceDivisor");
      ArgChecker.notNull(weekendBars, "weekendBars");
      ArgChecker.notNull(policy, "policy");
    }

    /**
     * Divisor 1, weekend bars merged, STRICT validation.
     *
     * @return the default options
     */
    public static Options defaults() {
      return new Options(1.0, WeekendBars.MERGE_INTO_NEXT, ValidationPolicy.STRICT);
    }

    /**
     * These options with another price divisor.
     *
     * @param divisor the divisor
     * @return the new options
     */
    public Options withPriceDivisor(double divisor) {
      return new Options(divisor, weekendBars, policy);
    }

    /**
     * These options with another weekend policy.
     *
     * @param weekend the weekend policy
     * @return the new options
     */
    public Options withWeekendBars(WeekendBars weekend) {
      return new Options(priceDivisor, weekend, policy);
    }

    /**
     * These options with another validation policy.
     *
     * @param newPolicy the policy
     * @return the new options
     */
    public Options withPolicy(ValidationPolicy newPolicy) {
      return new Options(priceDivisor, weekendBars, newPolicy);
    }
  }

  /**
   * Parses one contract's trade file, without open interest.
   *
   * @param tradeCsv the trade file's bytes (not closed)
   * @param options the options
   * @return the daily series and its validation report
   */
  public static ValidatedBars parseContract(InputStream tradeCsv, Options options) {
    return build(readTrades(tradeCsv, options), new OpenInterest(new long[0], new double[0]), options);
  }

  /**
   * Parses one contract's trade file and its open-interest file.
   *
   * @param tradeCsv the trade file's bytes (not closed)
   * @param openInterestCsv the open-interest file's bytes (not closed)
   * @param options the options
   * @return the daily series and its validation report
   */
  public static ValidatedBars parseContract(InputStream tradeCsv, InputStream openInterestCsv, Options options) {
    return build(readTrades(tradeCsv, options), readOpenInterest(openInterestCsv), options);
  }

  /**
   * Parses Lean's zips of one root: every trade entry becomes a contract, joined with the
   * open-interest entry of the same month when present.
   *
   * @param tradeZip the trade zip's bytes (not closed)
   * @param openInterestZip the open-interest zip's bytes (not closed)
   * @param options the options
   * @return the contracts by month
   * @throws IllegalArgumentException if the zips hold files of more than one root
   * @throws UncheckedIOException if reading fails
   */
  public static SortedMap<ContractMonth, ValidatedBars> parseZips(InputStream tradeZip,
      InputStream openInterestZip, Options options) {
    Map<ContractMonth, byte[]> trades = new HashMap<>();
    Map<ContractMonth, byte[]> interest = new HashMap<>();
    String[] root = {null};
    readZip(tradeZip, trades, interest, root);
    readZip(openInterestZip, trades, interest, root);
    SortedMap<ContractMonth, ValidatedBars> out = new TreeMap<>();
    for (Map.Entry<ContractMonth, byte[]> e : trades.entrySet()) {
      byte[] oi = interest.get(e.getKey());
      ValidatedBars bars = oi == null
          ? parseContract(new ByteArrayInputStream(e.getValue()), options)
          : parseContract(new ByteArrayInputStream(e.getValue()), new ByteArrayInputStream(oi), options);
      out.put(e.getKey(), bars);
    }
    return out;
  }

  /**
   * Loads Lean's zips of one root; delegates to {@link #parseZips}.
   *
   * @param tradeZip the trade zip
   * @param openInterestZip the open-interest zip
   * @param options the options
   * @return the contracts by month
   * @throws UncheckedIOException if a file cannot be read
   */
  public static SortedMap<ContractMonth, ValidatedBars> loadZips(Path tradeZip, Path openInterestZip, Options options) {
    try (InputStream trades = Files.newInputStream(tradeZip);
         InputStream interest = Files.newInputStream(openInterestZip)) {
      return parseZips(trades, interest, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tradeZip + " or " + openInterestZip, e);
    }
  }

  /**
   * Finds the power of ten that Lean prices were multiplied by, from the median ratio of
   * closes on the dates both series share.
   *
   * @param lean the Lean series parsed with divisor 1
   * @param reference a trusted series of the same contract or its continuous front month
   * @return the divisor, for example 1 or 10,000
   * @throws IllegalArgumentException if the series share no date or the median ratio is not
   *     within 2% of a power of ten
   */
  public static double detectPriceDivisor(BarSeries lean, BarSeries reference) {
    double[] ratios = new double[lean.size()];
    int n = 0;
    for (int i = 0; i < lean.size(); i++) {
      int j = reference.indexOf(reference.timeBase().of(lean.date(i)));
      if (j >= 0 && reference.close(j) > 0 && lean.close(i) > 0) {
        ratios[n++] = lean.close(i) / reference.close(j);
      }
    }
    ArgChecker.isTrue(n > 0, "the Lean series %s and the reference %s share no date", lean, reference);
    Arrays.sort(ratios, 0, n);
    double median = n % 2 == 1 ? ratios[n / 2] : 0.5 * (ratios[n / 2 - 1] + ratios[n / 2]);
    double exponent = Math.rint(Math.log10(median));
    double divisor = Math.pow(10, exponent);
    ArgChecker.isTrue(Math.abs(median / divisor - 1) <= SCALE_TOLERANCE,
        "median close ratio %s over %d shared dates is not within 2%% of a power of ten", median, n);
    return divisor;
  }

  private static void readZip(InputStream zip, Map<ContractMonth, byte[]> trades,
      Map<ContractMonth, byte[]> interest, String[] root) {
    try {
      ZipInputStream in = new ZipInputStream(zip);
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        Matcher m = ENTRY.matcher(entry.getName().toLowerCase(Locale.ROOT));
        if (entry.isDirectory() || !m.matches()) {
          continue;
        }
        ArgChecker.isTrue(root[0] == null || root[0].equals(m.group(1)),
            "the zips mix roots %s and %s: pass one root's zips", root[0], m.group(1));
        root[0] = m.group(1);
        ContractMonth month = ContractMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        (m.group(2).equals("trade") ? trades : interest).put(month, in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Raw readTrades(InputStream csv, Options options) {
    CsvColumnMapping mapping = new CsvColumnMapping(',', 0, TimeBase.EPOCH_DAY,
        DateFormat.BASIC_DATE_TIME, 0, 1, 2, 3, 4, CsvColumnMapping.ABSENT, CsvColumnMapping.ABSENT,
        5, CsvColumnMapping.ABSENT);
    Raw raw = new Raw();
    new CsvBarParser(mapping).parse(csv, raw);
    if (options.priceDivisor() != 1.0) {
      double d = options.priceDivisor();
      for (int i = 0; i < raw.n; i++) {
        raw.open[i] /= d;
        raw.high[i] /= d;
        raw.low[i] /= d;
        raw.close[i] /= d;
      }
    }
    return raw;
  }

  private record OpenInterest(long[] days, double[] values) {
  }

  private static OpenInterest readOpenInterest(InputStream csv) {
    String text;
    try {
      text = new String(csv.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] lines = text.split("\r?\n");
    long[] days = new long[lines.length];
    double[] values = new double[lines.length];
    int n = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      int comma = line.indexOf(',');
      ArgChecker.isTrue(comma >= 8, "open-interest row %d: '%s' is not 'yyyyMMdd HH:mm,value'", i + 1, line);
      try {
        days[n] = CsvBarParser.epochDay(Integer.parseInt(line.substring(0, 4)),
            Integer.parseInt(line.substring(4, 6)), Integer.parseInt(line.substring(6, 8)));
        values[n] = Double.parseDouble(line.substring(comma + 1).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "open-interest row %d: '%s' is not 'yyyyMMdd HH:mm,value'", i + 1, line), e);
      }
      n++;
    }
    return new OpenInterest(Arrays.copyOf(days, n), Arrays.copyOf(values, n));
  }

  private static ValidatedBars build(Raw raw, OpenInterest oi, Options options) {
    BarSeries.Builder builder = BarSeries.builder(TimeBase.EPOCH_DAY);
    boolean pending = false;
    double pOpen = 0;
    double pHigh = 0;
    double pLow = 0;
    double pVolume = 0;
    long previousDay = Long.MIN_VALUE;
    for (int i = 0; i < raw.n; i++) {
      long day = raw.time[i];
      DayOfWeek dow = LocalDate.ofEpochDay(day).getDayOfWeek();
      boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
      boolean last = i == raw.n - 1;
      if (weekend && options.weekendBars() == WeekendBars.DROP) {
        continue;
      }
      if (weekend && options.weekendBars() == WeekendBars.MERGE_INTO_NEXT && !last) {
        if (!pending) {
          pOpen = raw.open[i];
          pHigh = raw.high[i];
          pLow = raw.low[i];
          pVolume = raw.volume[i];
          pending = true;
        } else {
          pHigh = Math.max(pHigh, raw.high[i]);
          pLow = Math.min(pLow, raw.low[i]);
          pVolume += raw.volume[i];
        }
        continue;
      }
      double open = raw.open[i];
      double high = raw.high[i];
      double low = raw.low[i];
      double volume = raw.volume[i];
      if (pending) {
        open = pOpen;
        high = Math.max(high, pHigh);
        low = Math.min(low, pLow);
        volume += pVolume;
        pending = false;
      }
      double interest = latestIn(oi, previousDay, day);
      builder.addRow(raw.row[i], day, open, high, low, raw.close[i], Double.NaN, volume, interest);
      previousDay = day;
    }
    return builder.build(options.policy());
  }

  /** The latest value dated in (after, upTo], or NaN. */
  private static double latestIn(OpenInterest oi, long after, long upTo) {
    int k = Arrays.binarySearch(oi.days(), upTo);
    int idx = k >= 0 ? k : -k - 2;
    return idx >= 0 && oi.days()[idx] > after ? oi.values()[idx] : Double.NaN;
  }

  /** Raw parsed rows before merging (small per-contract files). */
  private static final class Raw implements BarSink {
    long[] row = new long[64];
    long[] time = new long[64];
    double[] open = new double[64];
    double[] high = new double[64];
    double[] low = new double[64];
    double[] close = new double[64];
    double[] volume = new double[64];
    int n;

    @Override
    public void accept(long r, long t, double o, double h, double l, double c, double s,
        double v, double oi) {
      if (n == row.length) {
        int cap = n * 2;
        row = Arrays.copyOf(row, cap);
        time = Arrays.copyOf(time, cap);
        open = Arrays.copyOf(open, cap);
        high = Arrays.copyOf(high, cap);
        low = Arrays.copyOf(low, cap);
        close = Arrays.copyOf(close, cap);
        volume = Arrays.copyOf(volume, cap);
      }
      row[n] = r;
      time[n] = t;
      open[n] = o;
      high[n] = h;
      low[n] = l;
      close[n] = c;
      volume[n] = v;
      n++;
    }
  }
}
