package dev.quantsdk.model.futures;

/**
 * The side of a paper order.
 */
public enum OrderSide {
  /** Buy contracts (go or get longer). */
  BUY,
  /** Sell contracts (go or get shorter). */
  SELL;

  /**
   * The sign of the position change: +1 for {@link #BUY}, -1 for {@link #SELL}.
   *
   * @return the sign
   */
  public int sign() {
    return this == BUY ? 1 : -1;
  }
}
