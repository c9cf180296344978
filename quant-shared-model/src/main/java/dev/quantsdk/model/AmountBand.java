package dev.quantsdk.model;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * A disclosed amount band in whole US dollars, such as "$1,001 - $15,000".
 *
 * <p>STOCK Act reports give a band, not an amount. Open-ended bands ("$50,000,000 +") have no
 * maximum. Immutable and thread-safe.
 *
 * @param minUsd the lower bound in USD, inclusive, {@code >= 0}
 * @param maxUsd the upper bound in USD, inclusive, absent for an open-ended band
 */
public record AmountBand(long minUsd, OptionalLong maxUsd) {

  /**
   * Validates the band.
   *
   * @throws IllegalArgumentException if the minimum is negative or the maximum is below it
   */
  public AmountBand {
    ArgChecker.notNull(maxUsd, "maxUsd");
    ArgChecker.isTrue(minUsd >= 0, "amount band minimum must be >= 0 but was %d", minUsd);
    if (maxUsd.isPresent()) {
      ArgChecker.isTrue(maxUsd.getAsLong() >= minUsd,
          "amount band maximum %d is below its minimum %d", maxUsd.getAsLong(), minUsd);
    }
  }

  /**
   * A closed band.
   *
   * @param minUsd the lower bound in USD
   * @param maxUsd the upper bound in USD
   * @return the band
   */
  public static AmountBand of(long minUsd, long maxUsd) {
    return new AmountBand(minUsd, OptionalLong.of(maxUsd));
  }

  /**
   * An open-ended band ("$1,000,000 +").
   *
   * @param minUsd the lower bound in USD
   * @return the band
   */
  public static AmountBand openEnded(long minUsd) {
    return new AmountBand(minUsd, OptionalLong.empty());
  }

  /**
   * Whether the band has no upper bound.
   *
   * @return true if open-ended
   */
  public boolean isOpenEnded() {
    return maxUsd.isEmpty();
  }

  /**
   * The representative amount of the band in USD: the midpoint of a closed band, the minimum of
   * an open-ended one (a conservative choice documented in docs/discovery.md).
   *
   * @return the midpoint in USD
   */
  public double midpointUsd() {
    return maxUsd.isPresent() ? (minUsd + maxUsd.getAsLong()) / 2.0 : minUsd;
  }

  @Override
  public String toString() {
    return maxUsd.isPresent()
        ? String.format(Locale.ROOT, "$%,d - $%,d", minUsd, maxUsd.getAsLong())
        : String.format(Locale.ROOT, "$%,d +", minUsd);
  }
}
