package dev.quantsdk.futures.indicator;

/**
 * Streaming on-balance volume; bit-identical to {@link Indicators#obv(double[], double[])}. No
 * warm-up. Mutable, not thread-safe.
 */
public final class ObvStream extends AbstractIndicatorStream {

  private double previousClose;

  /** Creates the stream. */
  public ObvStream() {
    super(0);
  }

  /**
   * Consumes the next bar.
   *
   * @param close the close, finite
   * @param volume the volume, finite and &ge; 0, in contracts
   * @return the on-balance volume, in contracts
   * @throws IllegalArgumentException if a value is invalid
   */
  public double next(double close, double volume) {
    Indicators.checkValue(close, "close", count());
    Indicators.checkVolumeValue(volume, count());
    double obv = count() == 0 ? 0 : Indicators.obvStep(value(), close, previousClose, volume);
    previousClose = close;
    return emit(obv);
  }
}
