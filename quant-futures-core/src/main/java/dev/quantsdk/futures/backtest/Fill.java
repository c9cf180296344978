package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * One execution. Money in the contract's currency; prices in points, on the tick grid, slippage
 * included. Immutable and thread-safe.
 *
 * @param orderId the order filled (0 for roll and liquidation fills, which no strategy submitted)
 * @param instrument the instrument's index in the account
 * @param contract the symbol of the contract traded, e.g. {@code ESZ2019}
 * @param step the index of the bar (time step) of the fill
 * @param time the bar's time in its {@link dev.quantsdk.futures.bar.TimeBase}
 * @param side buy or sell
 * @param quantity contracts, {@code > 0}
 * @param price the fill price in points, slippage included
 * @param commission the commission paid, {@code >= 0}
 * @param slippage the slippage cost included in the price, in currency ({@code >= 0})
 * @param kind why the fill happened
 */
public record Fill(long orderId, int instrument, String contract, int step, long time, Side side,
    int quantity, double price, double commission, double slippage, Kind kind) {

  /** Why a fill happened. */
  public enum Kind {
    /** An order of the strategy. */
    ORDER,
    /** The sale (or purchase) of the expiring contract at a roll. */
    ROLL_EXIT,
    /** The purchase (or sale) of the new contract at a roll. */
    ROLL_ENTRY,
    /** Closing after a margin call or with equity at or below 0. */
    LIQUIDATION
  }

  /**
   * Validates the fill.
   *
   * @throws IllegalArgumentException if the quantity is not positive, the price not finite, or a
   *     cost negative
   */
  public Fill {
    ArgChecker.notNull(contract, "contract");
    ArgChecker.notNull(side, "side");
    ArgChecker.positive(quantity, "quantity");
    ArgChecker.finite(price, "price");
    ArgChecker.notNegative(commission, "commission");
    ArgChecker.notNegative(slippage, "slippage");
    ArgChecker.notNull(kind, "kind");
  }

  /**
   * The signed position change.
   *
   * @return +quantity for a buy, −quantity for a sell
   */
  public int signedQuantity() {
    return side.sign() * quantity;
  }
}
