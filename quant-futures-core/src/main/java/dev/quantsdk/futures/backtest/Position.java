package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * A snapshot of one instrument's position. Immutable and thread-safe.
 *
 * @param instrument the instrument's index
 * @param contract the symbol of the contract held (after a roll: the new one)
 * @param quantity signed contracts (positive long)
 * @param averagePrice the average entry price of the open position in points, NaN when flat; a
 *     roll resets it to the new contract's roll price
 * @param realizedPnl the gross P&amp;L realised by closing fills so far, currency (roll exits
 *     included)
 */
public record Position(int instrument, String contract, int quantity, double averagePrice,
    double realizedPnl) {

  /**
   * Validates the snapshot.
   *
   * @throws IllegalArgumentException if the contract is null or the P&amp;L not finite
   */
  public Position {
    ArgChecker.notNull(contract, "contract");
    ArgChecker.finite(realizedPnl, "realizedPnl");
  }
}
