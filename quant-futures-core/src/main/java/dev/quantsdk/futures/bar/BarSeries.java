package dev.quantsdk.futures.bar;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * An immutable, columnar series of futures bars: time, open, high, low, close, settle,
 * volume and open interest.
 *
 * <p><b>Representation.</b> One primitive column per field: the time column is a
 * {@code long[]} in the series' {@link TimeBase} (epoch day for daily bars); every numeric
 * column is stored as {@code int} units of 10<sup>-k</sup> when all its values are decimals
 * with at most 8 fraction digits that fit (exchange prices, volumes and open interest
 * always do), and as {@code double[]} otherwise. Decoding is one division by 10<sup>k</sup>,
 * which returns exactly the double that was stored (checked for every value when packing),
 * so prices stay exact to the tick. A column of only NaN (for example no settle) holds no
 * array. A typical daily futures series therefore costs 8 + 7 × 4 = 36 bytes per bar, or
 * 32 without settle; the worst case (non-decimal prices) is 8 + 7 × 8 = 64.
 *
 * <p><b>Access.</b> The per-bar accessors ({@link #close(int)} etc.) decode one value and
 * allocate nothing: use them in loops. The column methods ({@link #closes()} etc.) return a
 * fresh {@code double[]} copy on every call (O(n), never aliased): call them once per
 * analysis and run kernels over the copy. {@link #slice(int, int)} shares the columns
 * without copying.
 *
 * <p>Absent values are {@code NaN}: settle and open interest may be absent, every other
 * field is present and valid in a built series (see {@link ValidationPolicy}). Units are
 * those of the source: prices in points, volume and open interest in contracts.
 * Thread-safe (immutable). Build with {@link #builder(TimeBase)}.
 */
public final class BarSeries {

  private final TimeBase timeBase;
  private final long[] times;
  private final PackedColumn open;
  private final PackedColumn high;
  private final PackedColumn low;
  private final PackedColumn close;
  private final PackedColumn settle;
  private final PackedColumn volume;
  private final PackedColumn openInterest;
  private final int offset;
  private final int size;

  private BarSeries(TimeBase timeBase, long[] times, PackedColumn open, PackedColumn high,
      PackedColumn low, PackedColumn close, PackedColumn settle, PackedColumn volume,
      PackedColumn openInterest, int offset, int size) {
    this.timeBase = timeBase;
    this.times = times;
    this.open = open;
    this.high = high;
    this.low = low;
    this.close = close;
    this.settle = settle;
    this.volume = volume;
    this.openInterest = openInterest;
    this.offset = offset;
    this.size = size;
  }

  /**
   * A builder for a series of the given time base.
   *
   * @param timeBase what the time values count
   * @return an empty builder
   */
  public static Builder builder(TimeBase timeBase) {
    return new Builder(timeBase, Builder.INITIAL_CAPACITY);
  }

  /**
   * A builder presized for about {@code expectedBars} bars (it still grows as needed).
   *
   * @param timeBase what the time values count
   * @param expectedBars the expected number of bars, at least 0
   * @return an empty builder
   * @throws IllegalArgumentException if expectedBars is negative
   */
  public static Builder builder(TimeBase timeBase, int expectedBars) {
    return new Builder(timeBase, Math.max(16, ArgChecker.notNegative(expectedBars, "expectedBars")));
  }

  /**
   * The number of bars.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Whether the series holds no bar.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * What the time values count.
   *
   * @return the time base
   */
  public TimeBase timeBase() {
    return timeBase;
  }

  /**
   * The time value of bar {@code i} (epoch day or epoch second, see {@link #timeBase()}).
   *
   * @param i the bar index, 0 to size − 1
   * @return the time value
   * @throws IndexOutOfBoundsException if i is out of range
   */
  public long time(int i) {
    return times[offset + Objects.checkIndex(i, size)];
  }

  /**
   * The date of bar {@code i}.
   *
   * @param i the bar index
   * @return the date
   */
  public LocalDate date(int i) {
    return timeBase.toLocalDate(time(i));
  }

  /**
   * The wall-clock date-time of bar {@code i} (midnight for daily bars).
   *
   * @param i the bar index
   * @return the date-time
   */
  public LocalDateTime dateTime(int i) {
    return timeBase.toLocalDateTime(time(i));
  }

  /**
   * The open of bar {@code i}, in points.
   *
   * @param i the bar index
   * @return the open
   */
  public double open(int i) {
    return open.get(offset + Objects.checkIndex(i, size));
  }

  /**
   * The high of bar {@code i}, in points.
   *
   * @param i the bar index
   * @return the high
   */
  public double high(int i) {
    return high.get(offset + Objects.checkIndex(i, size));
  }

  /**
   * The low of bar {@code i}, in points.
   *
   * @param i the bar index
   * @return the low
   */
  public double low(int i) {
    return low.get(offset + Objects.checkIndex(i, size));
  }

  /**
   * The close of bar {@code i}, in points (for CHRIS daily files: Last, or Settle when Last
   * is blank).
   *
   * @param i the bar index
   * @return the close
   */
  public double close(int i) {
    return close.get(offset + Objects.checkIndex(i, size));
  }

  /**
   * The settlement price of bar {@code i}, in points, or NaN when absent.
   *
   * @param i the bar index
   * @return the settle or NaN
   */
  public double settle(int i) {
    return settle.get(offset + Objects.checkIndex(i, size));
  }

  /**
   * The volume of bar {@code i}, in contracts.
   *
   * @param i the bar index
   * @return the volume
   */
  public double volume(int i) {
    return volume.get(offset + Objects.checkIndex(i, size));
  }

  /**
   * The open interest attached to bar {@code i}, in contracts, or NaN when absent. Which
   * day's open interest it is depends on the loader (CHRIS files give the previous day's).
   *
   * @param i the bar index
   * @return the open interest or NaN
   */
  public double openInterest(int i) {
    return openInterest.get(offset + Objects.checkIndex(i, size));
  }

  /**
   * Whether any bar has a settle.
   *
   * @return true if the settle column is present
   */
  public boolean hasSettle() {
    return !settle.isAbsent();
  }

  /**
   * Whether any bar has an open interest.
   *
   * @return true if the open-interest column is present
   */
  public boolean hasOpenInterest() {
    return !openInterest.isAbsent();
  }

  /**
   * A copy of the time column.
   *
   * @return a new array of size {@link #size()}
   */
  public long[] times() {
    return Arrays.copyOfRange(times, offset, offset + size);
  }

  /**
   * A copy of the open column (O(n), a new array per call).
   *
   * @return a new array of size {@link #size()}
   */
  public double[] opens() {
    return copy(open);
  }

  /**
   * A copy of the high column (O(n), a new array per call).
   *
   * @return a new array of size {@link #size()}
   */
  public double[] highs() {
    return copy(high);
  }

  /**
   * A copy of the low column (O(n), a new array per call).
   *
   * @return a new array of size {@link #size()}
   */
  public double[] lows() {
    return copy(low);
  }

  /**
   * A copy of the close column (O(n), a new array per call).
   *
   * @return a new array of size {@link #size()}
   */
  public double[] closes() {
    return copy(close);
  }

  /**
   * A copy of the settle column, NaN where absent (O(n), a new array per call).
   *
   * @return a new array of size {@link #size()}
   */
  public double[] settles() {
    return copy(settle);
  }

  /**
   * A copy of the volume column (O(n), a new array per call).
   *
   * @return a new array of size {@link #size()}
   */
  public double[] volumes() {
    return copy(volume);
  }

  /**
   * A copy of the open-interest column, NaN where absent (O(n), a new array per call).
   *
   * @return a new array of size {@link #size()}
   */
  public double[] openInterests() {
    return copy(openInterest);
  }

  private double[] copy(PackedColumn column) {
    double[] out = new double[size];
    column.copyTo(offset, out, 0, size);
    return out;
  }

  /**
   * The bars {@code [from, to)}, sharing this series' columns (no copy).
   *
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @return the slice
   * @throws IndexOutOfBoundsException if the range is not within the series
   */
  public BarSeries slice(int from, int to) {
    Objects.checkFromToIndex(from, to, size);
    return new BarSeries(timeBase, times, open, high, low, close, settle, volume, openInterest,
        offset + from, to - from);
  }

  /**
   * The bars dated from {@code first} to {@code last}, both inclusive (no copy).
   *
   * @param first the first date
   * @param last the last date
   * @return the slice, possibly empty
   */
  public BarSeries between(LocalDate first, LocalDate last) {
    ArgChecker.isTrue(!last.isBefore(first), "last %s must not be before first %s", last, first);
    int from = insertionPoint(timeBase.of(first));
    int to = insertionPoint(timeBase.of(last.plusDays(1)));
    return slice(from, to);
  }

  /**
   * Binary search for a time value, with {@link Arrays#binarySearch(long[], long)} semantics.
   *
   * @param time the time value
   * @return the index if found, else {@code -(insertion point) - 1}
   */
  public int indexOf(long time) {
    int found = Arrays.binarySearch(times, offset, offset + size, time);
    return found >= 0 ? found - offset : found + offset;
  }

  /**
   * The index of the last bar whose time is at or before {@code time}, or −1 if none.
   *
   * @param time the time value
   * @return the index or −1
   */
  public int indexAtOrBefore(long time) {
    int found = indexOf(time);
    return found >= 0 ? found : -found - 2;
  }

  private int insertionPoint(long time) {
    int found = indexOf(time);
    return found >= 0 ? found : -found - 1;
  }

  /**
   * The bytes of column payload per bar (array headers excluded): 8 for the time plus 4 per
   * packed column, 8 per unpacked column and 0 per absent column.
   *
   * @return the bytes per bar
   */
  public int columnBytesPerBar() {
    return Long.BYTES + open.bytesPerValue() + high.bytesPerValue() + low.bytesPerValue()
        + close.bytesPerValue() + settle.bytesPerValue() + volume.bytesPerValue()
        + openInterest.bytesPerValue();
  }

  @Override
  public String toString() {
    return size == 0
        ? "BarSeries[0 bars]"
        : String.format(Locale.ROOT, "BarSeries[%d bars, %s .. %s]", size,
            timeBase.format(time(0)), timeBase.format(time(size - 1)));
  }

  /**
   * Collects bars and builds a validated {@link BarSeries}. Each bar carries a row number
   * for reports: {@link #add} numbers bars 1, 2, 3... in insertion order; loaders pass their
   * own with {@link #addRow}. A builder builds once. Not thread-safe.
   */
  public static final class Builder {

    private static final int INITIAL_CAPACITY = 256;

    private final TimeBase timeBase;
    private long[] rows;
    private long[] times;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] settle;
    private double[] volume;
    private double[] openInterest;
    private int size;
    private boolean built;

    private Builder(TimeBase timeBase, int capacity) {
      this.timeBase = ArgChecker.notNull(timeBase, "timeBase");
      rows = new long[capacity];
      times = new long[capacity];
      open = new double[capacity];
      high = new double[capacity];
      low = new double[capacity];
      close = new double[capacity];
      settle = new double[capacity];
      volume = new double[capacity];
      openInterest = new double[capacity];
    }

    /**
     * The number of bars added so far.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * Adds a bar numbered one more than the previous bar's row.
     *
     * @param time the time value in the builder's {@link TimeBase}
     * @param open the open (NaN if blank)
     * @param high the high
     * @param low the low
     * @param close the close
     * @param settle the settle, NaN if absent
     * @param volume the volume in contracts
     * @param openInterest the open interest in contracts, NaN if absent
     * @return this builder
     */
    public Builder add(long time, double open, double high, double low, double close,
        double settle, double volume, double openInterest) {
      return addRow(size == 0 ? 1 : rows[size - 1] + 1, time, open, high, low, close, settle,
          volume, openInterest);
    }

    /**
     * Adds a daily bar (see {@link #add}); the builder's time base must be
     * {@link TimeBase#EPOCH_DAY} or the date's midnight is used.
     *
     * @param date the trade date
     * @param open the open
     * @param high the high
     * @param low the low
     * @param close the close
     * @param settle the settle, NaN if absent
     * @param volume the volume
     * @param openInterest the open interest, NaN if absent
     * @return this builder
     */
    public Builder add(LocalDate date, double open, double high, double low, double close,
        double settle, double volume, double openInterest) {
      return add(timeBase.of(date), open, high, low, close, settle, volume, openInterest);
    }

    /**
     * Adds a bar with an explicit row number for validation reports (loaders: the 1-based
     * data row of the file).
     *
     * @param row the row number
     * @param time the time value
     * @param open the open (NaN if blank)
     * @param high the high
     * @param low the low
     * @param close the close
     * @param settle the settle, NaN if absent
     * @param volume the volume
     * @param openInterest the open interest, NaN if absent
     * @return this builder
     * @throws IllegalStateException if the builder has already built
     */
    public Builder addRow(long row, long time, double open, double high, double low,
        double close, double settle, double volume, double openInterest) {
      if (built) {
        throw new IllegalStateException("this builder has already built its series: use a new builder");
      }
      if (size == times.length) {
        grow();
      }
      int i = size++;
      rows[i] = row;
      times[i] = time;
      this.open[i] = open;
      this.high[i] = high;
      this.low[i] = low;
      this.close[i] = close;
      this.settle[i] = settle;
      this.volume[i] = volume;
      this.openInterest[i] = openInterest;
      return this;
    }

    private void grow() {
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8, 2L * times.length);
      rows = Arrays.copyOf(rows, capacity);
      times = Arrays.copyOf(times, capacity);
      open = Arrays.copyOf(open, capacity);
      high = Arrays.copyOf(high, capacity);
      low = Arrays.copyOf(low, capacity);
      close = Arrays.copyOf(close, capacity);
      settle = Arrays.copyOf(settle, capacity);
      volume = Arrays.copyOf(volume, capacity);
      openInterest = Arrays.copyOf(openInterest, capacity);
    }

    /**
     * Builds under {@link ValidationPolicy#STRICT}.
     *
     * @return the series
     * @throws BarValidationException if any bar breaks a rule (all offending rows listed)
     * @throws IllegalStateException if the builder has already built
     */
    public BarSeries build() {
      return build(ValidationPolicy.STRICT).series();
    }

    /**
     * Validates under a policy and builds.
     *
     * @param policy what to do with offending bars
     * @return the series and the validation report
     * @throws BarValidationException under STRICT if any bar breaks a rule
     * @throws IllegalStateException if the builder has already built
     */
    public ValidatedBars build(ValidationPolicy policy) {
      ArgChecker.notNull(policy, "policy");
      if (built) {
        throw new IllegalStateException("this builder has already built its series: use a new builder");
      }
      built = true;
      ValidationReport report = BarValidation.run(policy, timeBase, size, rows, times, open, high,
          low, close, settle, volume, openInterest);
      int n = report.rowsKept();
      BarSeries series = new BarSeries(timeBase, Arrays.copyOf(times, n),
          PackedColumn.pack(open, n), PackedColumn.pack(high, n), PackedColumn.pack(low, n),
          PackedColumn.pack(close, n), PackedColumn.pack(settle, n), PackedColumn.pack(volume, n),
          PackedColumn.pack(openInterest, n), 0, n);
      return new ValidatedBars(series, report);
    }
  }
}
