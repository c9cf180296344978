package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.util.Optional;

/**
 * One stored bar (a row of {@code futures_bars}); prices in the contract's price points, volume
 * and open interest in contracts. A daily bar's time is the start of its trading date in UTC.
 * Immutable and thread-safe.
 *
 * @param barTime the bar's time
 * @param open the open
 * @param high the high
 * @param low the low
 * @param close the close (last trade)
 * @param settle the settlement price, if stored
 * @param volume contracts traded
 * @param openInterest open interest, if stored
 */
public record BarDto(Instant barTime, double open, double high, double low, double close,
    Optional<Double> settle, long volume, Optional<Long> openInterest) {

  /**
   * Validates the bar.
   *
   * @throws NullPointerException if a component is null
   */
  public BarDto {
    ArgChecker.notNull(barTime, "barTime");
    ArgChecker.notNull(settle, "settle");
    ArgChecker.notNull(openInterest, "openInterest");
  }
}
