package dev.quantsdk.futures.bar;

/**
 * What {@link BarSeries.Builder#build(ValidationPolicy)} does with a bar that breaks a rule.
 *
 * <p>The rules: timestamps strictly ascending (no duplicates); high, low and close finite;
 * open finite (not blank); settle absent (NaN) or finite; high &gt;= max(open, close) and
 * low &lt;= min(open, close) (hence high &gt;= low); volume finite and &gt;= 0; open
 * interest absent or finite and &gt;= 0. Immutable and thread-safe (an enum).
 */
public enum ValidationPolicy {
  /** Throw a {@link BarValidationException} listing every offending row. */
  STRICT,
  /** Drop every offending bar and report it. */
  SKIP,
  /**
   * Repair what can be repaired and report it: a blank open (or an open of exactly 0 while
   * the low is positive) becomes the previous bar's close (the bar's own close for the first
   * bar), clamped into the bar's [low, high] range; high and low are widened to max/min
   * of open, high, low, close; a blank volume
   * becomes 0; a negative or infinite open interest becomes absent. Bars that cannot be
   * repaired (blank high, low or close, negative volume, timestamps not ascending) are
   * dropped and reported.
   */
  REPAIR
}
