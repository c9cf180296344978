package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stored backtest run, the shape of a {@code backtest_runs} row: the strategy, the product
 * root, the period, the parameters and metrics (serialised as JSON by a persistence adapter), when
 * it was made and its downsampled equity curve (empty when the run kept none, e.g. the best of a
 * sweep). Immutable and thread-safe; the maps keep insertion order.
 *
 * @param id the run's id (a UUID as text)
 * @param strategy the strategy's name, e.g. {@code sma-cross}
 * @param rootSymbol the product root, or the instrument id for a non-futures instrument
 * @param periodStart the first bar's date
 * @param periodEnd the last bar's date
 * @param parameters the strategy's parameters
 * @param metrics the metrics by name (money in USD, ratios as fractions)
 * @param createdAt when the run was made (the facade's clock)
 * @param equity the equity curve in USD, oldest first, downsampled for charts (see
 *     {@link EquityCurves#downsample}); empty if the run kept none
 */
public record BacktestRun(String id, String strategy, String rootSymbol, LocalDate periodStart,
    LocalDate periodEnd, Map<String, Object> parameters, Map<String, Object> metrics,
    Instant createdAt, List<ChartPoint> equity) {

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
    equity = List.copyOf(equity);
    for (int i = 1; i < equity.size(); i++) {
      ArgChecker.isTrue(equity.get(i).date().isAfter(equity.get(i - 1).date()),
          "equity curve dates must increase: %s then %s", equity.get(i - 1).date(),
          equity.get(i).date());
    }
  }

  /**
   * A run without an equity curve.
   *
   * @param id the run's id (a UUID as text)
   * @param strategy the strategy's name
   * @param rootSymbol the product root or instrument id
   * @param periodStart the first bar's date
   * @param periodEnd the last bar's date
   * @param parameters the strategy's parameters
   * @param metrics the metrics by name
   * @param createdAt when the run was made
   * @throws IllegalArgumentException as the canonical constructor
   */
  public BacktestRun(String id, String strategy, String rootSymbol, LocalDate periodStart,
      LocalDate periodEnd, Map<String, Object> parameters, Map<String, Object> metrics,
      Instant createdAt) {
    this(id, strategy, rootSymbol, periodStart, periodEnd, parameters, metrics, createdAt,
        List.of());
  }
}
