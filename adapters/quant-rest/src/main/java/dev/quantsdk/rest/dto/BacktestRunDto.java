package dev.quantsdk.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored backtest run: strategy, instrument root, period, parameters and metrics. Immutable and
 * thread-safe (the JSON trees must not be modified).
 *
 * @param id the run's id (a UUID as text)
 * @param strategy the strategy, such as {@code sma-cross}
 * @param rootSymbol the futures root (or the instrument id of a non-futures instrument)
 * @param periodStart the first bar's date
 * @param periodEnd the last bar's date
 * @param parameters the strategy's parameters (windows, mode, contracts, costs, capital)
 * @param metrics the metrics by name: money in USD, ratios as fractions; a metric that is not
 *     finite (a Sharpe ratio without variance) is null
 * @param createdAt when the run was made
 * @param equityPoints points in the stored (downsampled) equity curve, 0 if none was kept
 */
public record BacktestRunDto(String id, String strategy, String rootSymbol, LocalDate periodStart,
    LocalDate periodEnd, JsonNode parameters, JsonNode metrics, Instant createdAt,
    int equityPoints) {

  /**
   * Validates the run.
   *
   * @throws NullPointerException if a component is null
   */
  public BacktestRunDto {
    ArgChecker.notBlank(id, "id");
    ArgChecker.notBlank(strategy, "strategy");
    ArgChecker.notBlank(rootSymbol, "rootSymbol");
    ArgChecker.notNull(periodStart, "periodStart");
    ArgChecker.notNull(periodEnd, "periodEnd");
    ArgChecker.notNull(parameters, "parameters");
    ArgChecker.notNull(metrics, "metrics");
    ArgChecker.notNull(createdAt, "createdAt");
    ArgChecker.notNegative(equityPoints, "equityPoints");
  }
}
