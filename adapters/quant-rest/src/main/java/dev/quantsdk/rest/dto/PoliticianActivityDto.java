package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * A politician's trading activity for a chart: the daily trade counts over their active span,
 * its periodogram, and the strongest stored cycle. Immutable and thread-safe.
 *
 * @param politician the politician
 * @param dayBasis {@code BUSINESS} (Monday to Friday), as the discovery scans use
 * @param calendarDaysPerSample calendar days per sample (7/5 on business days)
 * @param series one sample per day from the first to the last trade, oldest first; empty
 *     without trades
 * @param periodogram the raw periodogram of the detrended series, longest period first; empty
 *     for fewer than 5 samples
 * @param cycle the strongest stored {@code fourier_cycle} discovery of the politician, if any
 */
public record PoliticianActivityDto(PoliticianSummaryDto politician, String dayBasis,
    double calendarDaysPerSample, List<ActivityPointDto> series,
    List<PeriodogramPointDto> periodogram, Optional<CycleDto> cycle) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if a component is null
   */
  public PoliticianActivityDto {
    ArgChecker.notNull(politician, "politician");
    ArgChecker.notBlank(dayBasis, "dayBasis");
    series = List.copyOf(series);
    periodogram = List.copyOf(periodogram);
    ArgChecker.notNull(cycle, "cycle");
  }
}
