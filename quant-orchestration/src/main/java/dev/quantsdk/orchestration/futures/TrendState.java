package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;

/**
 * The trend state of an instrument on a date, from trend strength (Wilder's ADX) and direction
 * (the slope of a simple moving average, confirmed by the directional indicators). Immutable and thread-safe.
 *
 * @param date the bar's date (the last bar on or before the date asked for)
 * @param adx ADX({@value MarketIntelligence#ADX_PERIOD}), 0..100
 * @param plusDi +DI({@value MarketIntelligence#ADX_PERIOD}), 0..100
 * @param minusDi −DI({@value MarketIntelligence#ADX_PERIOD}), 0..100
 * @param smaSlope relative change of SMA({@value MarketIntelligence#TREND_SMA}) over the last
 *     {@value MarketIntelligence#SLOPE_BARS} bars, fraction (0.01 = +1 %)
 * @param trend the state
 */
public record TrendState(LocalDate date, double adx, double plusDi, double minusDi,
    double smaSlope, Trend trend) {

  /** The trend states. */
  public enum Trend {
    /** ADX at or above {@value MarketIntelligence#ADX_TRENDING}, a rising SMA and +DI above −DI. */
    UP,
    /** ADX at or above {@value MarketIntelligence#ADX_TRENDING}, a falling SMA and −DI above +DI. */
    DOWN,
    /**
     * ADX below {@value MarketIntelligence#ADX_TRENDING}, or the SMA's slope and the directional
     * indicators disagree (a trend breaking: the average still rises while the bars fall).
     */
    RANGE;

    /**
     * The state of an ADX, the directional indicators and a slope.
     *
     * @param adx the ADX
     * @param plusDi +DI
     * @param minusDi −DI
     * @param smaSlope the SMA's slope
     * @return the state
     */
    public static Trend of(double adx, double plusDi, double minusDi, double smaSlope) {
      if (adx < MarketIntelligence.ADX_TRENDING) {
        return RANGE;
      }
      if (smaSlope > 0 && plusDi > minusDi) {
        return UP;
      }
      return smaSlope < 0 && minusDi > plusDi ? DOWN : RANGE;
    }
  }

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if a value is not finite or the state does not match
   */
  public TrendState {
    ArgChecker.notNull(date, "date");
    ArgChecker.inRangeInclusive(adx, 0, 100, "adx");
    ArgChecker.inRangeInclusive(plusDi, 0, 100, "plusDi");
    ArgChecker.inRangeInclusive(minusDi, 0, 100, "minusDi");
    ArgChecker.finite(smaSlope, "smaSlope");
    ArgChecker.isTrue(trend == Trend.of(adx, plusDi, minusDi, smaSlope),
        "trend %s does not match adx %s, +DI %s, -DI %s, slope %s", trend, adx, plusDi, minusDi,
        smaSlope);
  }
}
