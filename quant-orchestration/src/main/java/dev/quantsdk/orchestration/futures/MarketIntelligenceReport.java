package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Market intelligence over several instruments on a date: each instrument's volatility regime
 * and trend state, their correlation matrix and the upcoming rolls of their products. One
 * instrument that cannot be loaded or measured is a failure with its reason and never loses the
 * others. Immutable and thread-safe.
 *
 * @param asOf the date asked for
 * @param instruments the instruments measured, in the order asked for
 * @param failures items that failed (an instrument id, or {@code correlation}), with the reason
 * @param correlation the correlation matrix of the measured instruments, absent with fewer than
 *     two or when it failed
 * @param upcomingRolls per product root, its next rolls on or after the date
 */
public record MarketIntelligenceReport(LocalDate asOf, List<InstrumentState> instruments,
    List<Failure> failures, Optional<CorrelationMatrix> correlation,
    Map<String, List<UpcomingRoll>> upcomingRolls) {

  /**
   * Validates and copies the fields.
   *
   * @throws IllegalArgumentException if a field is null
   */
  public MarketIntelligenceReport {
    ArgChecker.notNull(asOf, "asOf");
    instruments = List.copyOf(instruments);
    failures = List.copyOf(failures);
    ArgChecker.notNull(correlation, "correlation");
    Map<String, List<UpcomingRoll>> rolls = new LinkedHashMap<>();
    upcomingRolls.forEach((k, v) -> rolls.put(k, List.copyOf(v)));
    upcomingRolls = Collections.unmodifiableMap(rolls);
  }

  /**
   * One instrument's state.
   *
   * @param instrument the instrument id
   * @param volatility the volatility regime
   * @param trend the trend state
   */
  public record InstrumentState(String instrument, VolatilityRegime volatility, TrendState trend) {

    /**
     * Validates the state.
     *
     * @throws IllegalArgumentException if a field is null or blank
     */
    public InstrumentState {
      ArgChecker.notBlank(instrument, "instrument");
      ArgChecker.notNull(volatility, "volatility");
      ArgChecker.notNull(trend, "trend");
    }
  }
}
