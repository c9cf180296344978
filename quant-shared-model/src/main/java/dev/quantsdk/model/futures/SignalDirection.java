package dev.quantsdk.model.futures;

/**
 * The position a trading signal asks for.
 */
public enum SignalDirection {
  /** Be long. */
  LONG,
  /** Be short. */
  SHORT,
  /** Be flat (no position). */
  FLAT
}
