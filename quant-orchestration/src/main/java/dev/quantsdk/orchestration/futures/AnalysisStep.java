package dev.quantsdk.orchestration.futures;

import java.util.Locale;

/**
 * The steps of a comprehensive analysis, in the order they run; each needs the one before it.
 */
public enum AnalysisStep {
  /** Load and validate the bars through the {@link BarSource}. */
  INGEST,
  /** Indicator features, the volatility regime and the trend state. */
  FEATURES,
  /** A walk-forward experiment of a model forecasting the next bar's log return. */
  MODEL,
  /** The model's signal and the moving-average crossover signal. */
  SIGNALS,
  /** The backtests: the crossover strategy, and the model signal in the order-based engine. */
  BACKTEST,
  /** Dashboard analytics of the backtest and storing its run. */
  REPORT;

  /**
   * The step's lower-case name, as reports and progress listeners show it.
   *
   * @return e.g. {@code model}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
