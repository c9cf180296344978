package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * Trading costs: prices moved onto the tick grid against the trader, slippage in ticks against
 * the trader, and a commission per contract per fill. Immutable and thread-safe.
 *
 * <p>A raw fill price (an open, a stop, a limit) off the tick grid is rounded to the tick against
 * the trader: up for a buy, down for a sell. Slippage then moves market-type fills (market, stop,
 * roll and liquidation fills) {@code slippageTicks} ticks further against the trader; limit and
 * stop-limit fills get none, since a limit order never fills beyond its limit.
 *
 * @param slippageTicks ticks of slippage per market-type fill, {@code >= 0}
 * @param commissionPerContract commission per contract per fill, in currency, {@code >= 0}
 */
public record CostModel(int slippageTicks, double commissionPerContract) {

  /** Relative tolerance under which a price counts as on the tick grid. */
  private static final double ON_TICK_TOLERANCE = 1e-9;

  /** No costs at all. */
  public static final CostModel NONE = new CostModel(0, 0);

  /**
   * Validates the model.
   *
   * @throws IllegalArgumentException if a value is negative or the commission not finite
   */
  public CostModel {
    ArgChecker.notNegative(slippageTicks, "slippageTicks");
    ArgChecker.notNegative(ArgChecker.finite(commissionPerContract, "commissionPerContract"),
        "commissionPerContract");
  }

  /**
   * A cost model.
   *
   * @param slippageTicks ticks of slippage per market-type fill
   * @param commissionPerContract commission per contract per fill, currency
   * @return the model
   */
  public static CostModel of(int slippageTicks, double commissionPerContract) {
    return new CostModel(slippageTicks, commissionPerContract);
  }

  /**
   * Rounds a price onto the tick grid against the trader. A price already on the grid (within a
   * relative 1e-9 of a tick) is returned unchanged.
   *
   * @param price the price in points
   * @param tickSize the tick in points, {@code > 0}
   * @param side BUY rounds up, SELL rounds down
   * @return the price on the grid
   */
  public static double roundToTick(double price, double tickSize, Side side) {
    double ticks = price / tickSize;
    double nearest = Math.rint(ticks);
    if (Math.abs(ticks - nearest) <= ON_TICK_TOLERANCE * Math.max(1.0, Math.abs(ticks))) {
      return price;
    }
    return (side == Side.BUY ? Math.ceil(ticks) : Math.floor(ticks)) * tickSize;
  }

  /**
   * Rounds a price onto the tick grid in the trader's favour (the conservative direction for a
   * limit: a buy limit rounds down, a sell limit up).
   *
   * @param price the price in points
   * @param tickSize the tick in points, {@code > 0}
   * @param side the order's side
   * @return the price on the grid
   */
  static double roundToTickFavourable(double price, double tickSize, Side side) {
    return roundToTick(price, tickSize, side.opposite());
  }

  /**
   * The price of a market-type fill: the raw price rounded against the trader, plus slippage.
   *
   * @param rawPrice the raw price in points (an open, a triggered stop, a close)
   * @param tickSize the tick in points
   * @param side the fill's side
   * @return the fill price in points
   */
  public double marketFillPrice(double rawPrice, double tickSize, Side side) {
    double onTick = roundToTick(rawPrice, tickSize, side);
    return slippageTicks == 0 ? onTick : onTick + side.sign() * (slippageTicks * tickSize);
  }

  /**
   * The commission of a fill.
   *
   * @param contracts contracts filled
   * @return commission × contracts, currency
   */
  public double commission(int contracts) {
    return commissionPerContract * contracts;
  }
}
