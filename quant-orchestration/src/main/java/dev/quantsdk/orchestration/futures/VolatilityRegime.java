package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;

/**
 * The volatility regime of an instrument on a date: its realised volatility ranked against its
 * own history up to that date (no look-ahead). Immutable and thread-safe.
 *
 * @param date the bar's date (the last bar on or before the date asked for)
 * @param realisedVolatility annualised realised volatility of the last
 *     {@value MarketIntelligence#VOLATILITY_WINDOW} daily log returns, fraction (0.2 = 20 %)
 * @param percentile share of the history's values at or below today's, in (0, 1]
 * @param historyDays the number of realised-volatility values ranked (today's included)
 * @param regime the regime the percentile falls in
 */
public record VolatilityRegime(LocalDate date, double realisedVolatility, double percentile,
    int historyDays, Regime regime) {

  /** The regimes, by percentile of realised volatility against its own history. */
  public enum Regime {
    /** Percentile below {@value MarketIntelligence#LOW_PERCENTILE}. */
    LOW,
    /** Percentile from {@value MarketIntelligence#LOW_PERCENTILE} to
     * {@value MarketIntelligence#HIGH_PERCENTILE} inclusive. */
    NORMAL,
    /** Percentile above {@value MarketIntelligence#HIGH_PERCENTILE}. */
    HIGH;

    /**
     * The regime of a percentile.
     *
     * @param percentile the percentile, in [0, 1]
     * @return LOW below 0.25, HIGH above 0.75, NORMAL otherwise
     */
    public static Regime of(double percentile) {
      ArgChecker.inRangeInclusive(percentile, 0, 1, "percentile");
      if (percentile < MarketIntelligence.LOW_PERCENTILE) {
        return LOW;
      }
      return percentile > MarketIntelligence.HIGH_PERCENTILE ? HIGH : NORMAL;
    }
  }

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if a number is out of range or the regime does not match
   *     the percentile
   */
  public VolatilityRegime {
    ArgChecker.notNull(date, "date");
    ArgChecker.notNegative(ArgChecker.finite(realisedVolatility, "realisedVolatility"),
        "realisedVolatility");
    ArgChecker.inRangeInclusive(percentile, 0, 1, "percentile");
    ArgChecker.positive(historyDays, "historyDays");
    ArgChecker.isTrue(regime == Regime.of(percentile), "regime %s does not match percentile %s",
        regime, percentile);
  }
}
