package dev.quantsdk.futures.backtest;

/**
 * Receives what the simulator does, in order. Callbacks run on the caller's thread inside the
 * simulator's call; they must not call back into the simulator except to read it. Default methods
 * ignore the event.
 */
public interface ExecutionListener {

  /**
   * An order changed status.
   *
   * @param update the change
   */
  default void onOrderUpdate(OrderUpdate update) {
  }

  /**
   * A fill happened (the account and position already include it).
   *
   * @param fill the fill
   * @param position the instrument's position after it
   */
  default void onFill(Fill fill, Position position) {
  }

  /**
   * A margin call was recorded.
   *
   * @param call the call
   */
  default void onMarginCall(MarginCall call) {
  }
}
