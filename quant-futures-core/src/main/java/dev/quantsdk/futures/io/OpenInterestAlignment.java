package dev.quantsdk.futures.io;

/**
 * Which bar a published open-interest figure is attached to.
 *
 * <p>CME publishes a day's open interest the next morning, so Quandl/CHRIS files carry
 * "Previous Day Open Interest": the value on row D is the open interest at the close of the
 * previous trading day. (Lean's open-interest files follow the same dating: on the bundled
 * ES data each Lean value equals the CHRIS value of the same date.) Immutable and
 * thread-safe (an enum).
 */
public enum OpenInterestAlignment {
  /**
   * Keep the value on the row where it was published: bar D carries the open interest at
   * the close of D − 1, which is known on D. Safe for decisions on D (no look-ahead). The
   * default.
   */
  AS_PUBLISHED,
  /**
   * Move each value back one bar, to the trading day it describes: bar D carries the open
   * interest at D's own close, which was only published on D + 1 (the last bar has none).
   * Describes positions correctly but looks one day ahead if used for decisions on D.
   */
  TRADE_DATE
}
