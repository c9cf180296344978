package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;

/**
 * The body of {@code POST /api/v1/futurequant/backtests}: which instrument and strategy to run,
 * the windows, and optional sizing and costs. The contract multiplier and tick come from the
 * instrument's futures product. Immutable and thread-safe.
 *
 * @param instrument the instrument id of the configured bar source, such as {@code ES1}
 * @param strategy the strategy; only {@code sma-cross} today
 * @param fast the fast SMA window, bars, &gt;= 1
 * @param slow the slow SMA window, bars, &gt; fast
 * @param mode {@code long-short} (default) or {@code long-only}
 * @param contracts contracts held when in the market (default 1)
 * @param commission USD per contract per fill (default 0)
 * @param slippageTicks ticks every fill pays against the trader (default 0)
 * @param capital the starting equity, USD (default 100,000)
 */
public record BacktestRequest(String instrument, String strategy, int fast, int slow,
    Optional<String> mode, Optional<Integer> contracts, Optional<Double> commission,
    Optional<Integer> slippageTicks, Optional<Double> capital) {

  /**
   * Validates the presence of the fields (the route validates their ranges).
   *
   * @throws NullPointerException if a component is null
   */
  public BacktestRequest {
    ArgChecker.notBlank(instrument, "instrument");
    ArgChecker.notBlank(strategy, "strategy");
    ArgChecker.notNull(mode, "mode");
    ArgChecker.notNull(contracts, "contracts");
    ArgChecker.notNull(commission, "commission");
    ArgChecker.notNull(slippageTicks, "slippageTicks");
    ArgChecker.notNull(capital, "capital");
  }
}
