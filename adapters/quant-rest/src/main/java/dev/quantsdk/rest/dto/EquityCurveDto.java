package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.ChartPoint;
import java.util.List;

/**
 * A backtest run's stored equity curve and its drawdown. Immutable and thread-safe.
 *
 * @param id the run's id (a UUID as text)
 * @param equity the stored equity curve, USD, oldest first (downsampled for charts when the run
 *     was stored; empty if the run kept none)
 * @param drawdown at each point of the curve, equity over its running peak minus one (a fraction
 *     &lt;= 0); empty when the curve is empty or reaches zero or below (a blown-up account has no
 *     relative drawdown)
 */
public record EquityCurveDto(String id, List<ChartPoint> equity, List<ChartPoint> drawdown) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if a component is null
   */
  public EquityCurveDto {
    ArgChecker.notBlank(id, "id");
    equity = List.copyOf(equity);
    drawdown = List.copyOf(drawdown);
  }
}
