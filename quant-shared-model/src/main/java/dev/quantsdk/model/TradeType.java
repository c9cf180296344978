package dev.quantsdk.model;

/**
 * The kind of a disclosed transaction, as reported on a STOCK Act periodic transaction report.
 */
public enum TradeType {
  /** A purchase. */
  PURCHASE,
  /** A sale of the whole holding. */
  SALE_FULL,
  /** A sale of part of the holding. */
  SALE_PARTIAL,
  /** An exchange of one asset for another. */
  EXCHANGE;

  /**
   * Whether this is a sale (full or partial).
   *
   * @return true for {@link #SALE_FULL} and {@link #SALE_PARTIAL}
   */
  public boolean isSale() {
    return this == SALE_FULL || this == SALE_PARTIAL;
  }
}
