package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;

/**
 * The body of {@code POST /api/v1/futureexploratorium/core/analyses}. Immutable and thread-safe.
 *
 * @param instrument the instrument id of the configured bar source, such as {@code ES1}
 */
public record AnalysisRequest(String instrument) {

  /**
   * Validates the request.
   *
   * @throws IllegalArgumentException if the instrument is blank
   */
  public AnalysisRequest {
    ArgChecker.notBlank(instrument, "instrument");
  }
}
