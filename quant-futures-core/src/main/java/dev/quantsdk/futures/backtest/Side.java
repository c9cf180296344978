package dev.quantsdk.futures.backtest;

/**
 * The side of an order or a fill. Immutable and thread-safe.
 */
public enum Side {
  /** Buying: adds to a long position or reduces a short one. */
  BUY(1),
  /** Selling: adds to a short position or reduces a long one. */
  SELL(-1);

  private final int sign;

  Side(int sign) {
    this.sign = sign;
  }

  /**
   * The sign of the position change: +1 for a buy, −1 for a sell.
   *
   * @return +1 or −1
   */
  public int sign() {
    return sign;
  }

  /**
   * The other side.
   *
   * @return SELL for BUY and BUY for SELL
   */
  public Side opposite() {
    return this == BUY ? SELL : BUY;
  }

  /**
   * The side that moves a position by a signed number of contracts.
   *
   * @param contracts the signed change, not 0
   * @return BUY for a positive change, SELL for a negative one
   * @throws IllegalArgumentException if the change is 0
   */
  public static Side of(int contracts) {
    if (contracts == 0) {
      throw new IllegalArgumentException("a position change of 0 contracts has no side");
    }
    return contracts > 0 ? BUY : SELL;
  }
}
