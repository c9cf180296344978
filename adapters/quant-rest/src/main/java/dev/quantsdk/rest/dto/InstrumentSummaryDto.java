package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.AnalyticsSummary;
import java.time.Instant;
import java.util.Optional;

/**
 * One instrument on the futures dashboard: its latest stored analysis, if any, with the
 * backtest's metrics, equity curve and drawdown. Immutable and thread-safe.
 *
 * @param instrument the instrument id
 * @param analysisId the latest analysis's run id, absent if none is stored
 * @param analysedAt when that analysis finished
 * @param succeeded whether every step of it succeeded
 * @param analytics its report step's analytics (metrics, downsampled equity and drawdown),
 *     absent if that step did not succeed
 */
public record InstrumentSummaryDto(String instrument, Optional<String> analysisId,
    Optional<Instant> analysedAt, Optional<Boolean> succeeded,
    Optional<AnalyticsSummary> analytics) {

  /**
   * Validates the summary.
   *
   * @throws NullPointerException if a component is null
   */
  public InstrumentSummaryDto {
    ArgChecker.notBlank(instrument, "instrument");
    ArgChecker.notNull(analysisId, "analysisId");
    ArgChecker.notNull(analysedAt, "analysedAt");
    ArgChecker.notNull(succeeded, "succeeded");
    ArgChecker.notNull(analytics, "analytics");
  }
}
