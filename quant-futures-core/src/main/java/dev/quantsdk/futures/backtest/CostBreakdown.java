package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * Where the costs of a run went, in the account currency. Slippage is the amount the fill prices
 * were moved against the trader (ticks × tick value × contracts); it is already inside the P&amp;L,
 * while commissions are the fees paid. Immutable and thread-safe.
 *
 * @param commission all commissions paid (the fees), including roll and liquidation fills
 * @param slippage all slippage, including roll and liquidation fills
 * @param rollCommission the commissions of roll fills
 * @param rollSlippage the slippage of roll fills
 * @param rolls the number of rolls that moved a position (two fills each)
 * @param contractsTraded the contracts of all fills
 */
public record CostBreakdown(double commission, double slippage, double rollCommission,
    double rollSlippage, int rolls, long contractsTraded) {

  /**
   * Validates the breakdown.
   *
   * @throws IllegalArgumentException if a number is negative
   */
  public CostBreakdown {
    ArgChecker.notNegative(commission, "commission");
    ArgChecker.notNegative(slippage, "slippage");
    ArgChecker.notNegative(rollCommission, "rollCommission");
    ArgChecker.notNegative(rollSlippage, "rollSlippage");
    ArgChecker.notNegative(rolls, "rolls");
    ArgChecker.isTrue(contractsTraded >= 0, "contractsTraded must be >= 0 but was %d", contractsTraded);
  }
}
