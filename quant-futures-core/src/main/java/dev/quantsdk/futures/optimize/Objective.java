package dev.quantsdk.futures.optimize;

import dev.quantsdk.futures.backtest.SmaCrossSummary;
import java.util.Locale;

/**
 * What a sweep maximises to pick its best combination. NaN scores never win. Immutable and
 * thread-safe (an enum).
 */
public enum Objective {
  /** The annualised Sharpe ratio (the default). */
  SHARPE,
  /** The annualised Sortino ratio. */
  SORTINO,
  /** The net P&amp;L, USD. */
  NET_PNL,
  /** The compound annual growth rate. */
  CAGR,
  /** CAGR over the maximum drawdown fraction. */
  CALMAR,
  /** Gross wins over gross losses of the round trips. */
  PROFIT_FACTOR;

  /**
   * The score of a run under this objective (higher is better).
   *
   * @param summary the run
   * @return the score, possibly NaN
   */
  public double score(SmaCrossSummary summary) {
    return switch (this) {
      case SHARPE -> summary.metrics().sharpe();
      case SORTINO -> summary.metrics().sortino();
      case NET_PNL -> summary.netPnl();
      case CAGR -> summary.metrics().cagr();
      case CALMAR -> summary.metrics().calmar();
      case PROFIT_FACTOR -> summary.metrics().profitFactor();
    };
  }

  /**
   * Parses {@code sharpe}, {@code net-pnl} etc. (case-insensitive, {@code -} or {@code _}).
   *
   * @param text the text
   * @return the objective
   * @throws IllegalArgumentException if the text names none
   */
  public static Objective parse(String text) {
    String norm = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Objective o : values()) {
      if (o.name().equals(norm)) {
        return o;
      }
    }
    throw new IllegalArgumentException("objective must be one of sharpe, sortino, net-pnl, cagr, calmar, "
        + "profit-factor but was '" + text + "'");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
