package dev.quantsdk.futures.roll;

/**
 * How prices before a roll are adjusted so the continuous series has no roll gaps.
 *
 * <p>Only the adjusted column changes; {@link ContinuousSeries} always keeps the real
 * contract and real prices, which P&amp;L must use. Immutable and thread-safe (an enum).
 */
public enum Adjustment {
  /** No adjustment: the adjusted column is the real price (with gaps at rolls). */
  NONE,
  /**
   * Back-adjusted by differences: every price before a roll on date t is shifted by
   * {@code next.close(t) − front.close(t)}, summed over the later rolls; the latest contract
   * is unchanged. Point changes equal real P&amp;L; levels may go negative.
   */
  DIFFERENCE,
  /**
   * Back-adjusted by ratios: every price before a roll is multiplied by
   * {@code next.close(t) / front.close(t)}, over the later rolls. Percentage changes are
   * preserved. Refused when any price is &lt;= 0.
   */
  RATIO
}
