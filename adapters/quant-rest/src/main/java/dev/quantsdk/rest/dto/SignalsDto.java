package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * An instrument's latest signals, from its latest stored analysis. Immutable and thread-safe.
 *
 * @param instrument the instrument id
 * @param analysisId the analysis's run id
 * @param analysedAt when the analysis finished
 * @param asOf the last bar's date: each signal's {@code latest} is the position decided at its
 *     close for the next bar
 * @param nextBarForecast the model's forecast of the next bar's log return, if the model step
 *     produced one
 * @param signals each signal's statistics, {@code model} and {@code sma_cross}
 */
public record SignalsDto(String instrument, String analysisId, Instant analysedAt, LocalDate asOf,
    OptionalDouble nextBarForecast, List<FuturesAnalysisReport.SignalStats> signals) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if a component is null
   */
  public SignalsDto {
    ArgChecker.notBlank(instrument, "instrument");
    ArgChecker.notBlank(analysisId, "analysisId");
    ArgChecker.notNull(analysedAt, "analysedAt");
    ArgChecker.notNull(asOf, "asOf");
    ArgChecker.notNull(nextBarForecast, "nextBarForecast");
    signals = List.copyOf(signals);
  }
}
