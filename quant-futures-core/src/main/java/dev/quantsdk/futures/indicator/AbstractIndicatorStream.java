package dev.quantsdk.futures.indicator;

/**
 * The bookkeeping every stream shares: the warm-up, the bar count and the latest value.
 * Subclasses validate a bar, compute its value, and hand it to {@link #emit(double)}. Mutable,
 * not thread-safe; package-private.
 */
abstract class AbstractIndicatorStream implements IndicatorStream {

  private final int warmUp;
  private long count;
  private double value = Double.NaN;

  AbstractIndicatorStream(int warmUp) {
    this.warmUp = warmUp;
  }

  /**
   * Records the value of the bar just consumed and counts the bar.
   *
   * @param barValue the value at this bar ({@code NaN} during the warm-up)
   * @return {@code barValue}
   */
  final double emit(double barValue) {
    value = barValue;
    count++;
    return barValue;
  }

  /** Whether the bar being consumed (index {@link #count()}) is past the warm-up. */
  final boolean pastWarmUp() {
    return count >= warmUp;
  }

  @Override
  public final double value() {
    return value;
  }

  @Override
  public final int warmUp() {
    return warmUp;
  }

  @Override
  public final long count() {
    return count;
  }
}
