package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored backtest run, the shape of a {@code backtest_runs} row: the strategy, the product
 * root, the period, the parameters and metrics (serialised as JSON by a persistence adapter) and
 * when it was made. Immutable and thread-safe; the maps keep insertion order.
 *
 * @param id the run's id (a UUID as text)
 * @param strategy the strategy's name, e.g. {@code sma-cross}
 * @param rootSymbol the product root, or the instrument id for a non-futures instrument
 * @param periodStart the first bar's date
 * @param periodEnd the last bar's date
 * @param parameters the strategy's parameters
 * @param metrics the metrics by name (money in USD, ratios as fractions)
 * @param createdAt when the run was made (the facade's clock)
 */
public record BacktestRun(String id, String strategy, String rootSymbol, LocalDate periodStart,
    LocalDate periodEnd, Map<String, Object> parameters, Map<String, Object> metrics,
    Instant createdAt) {

  /**
   * Validates the run.
   *
   * @throws IllegalArgumentException if a name is blank or the period is reversed
   */
  public BacktestRun {
    ArgChecker.notBlank(id, "id");
    ArgChecker.notBlank(strategy, "strategy");
    ArgChecker.notBlank(rootSymbol, "rootSymbol");
    ArgChecker.notNull(periodStart, "periodStart");
    ArgChecker.notNull(periodEnd, "periodEnd");
    ArgChecker.isTrue(!periodEnd.isBefore(periodStart), "period end %s is before its start %s",
        periodEnd, periodStart);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    ArgChecker.notNull(createdAt, "createdAt");
  }
}
