package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;

/**
 * An edge of the co-trading network's statistical backbone. Immutable and thread-safe.
 *
 * @param source one politician's id
 * @param target the other politician's id
 * @param weight the number of tickers both traded
 * @param pValue the edge's SDSM p-value, if stored
 * @param qValue the edge's Benjamini-Hochberg q-value, if stored
 */
public record NetworkEdgeDto(String source, String target, double weight,
    Optional<Double> pValue, Optional<Double> qValue) {

  /**
   * Validates the edge.
   *
   * @throws NullPointerException if a component is null
   */
  public NetworkEdgeDto {
    ArgChecker.notBlank(source, "source");
    ArgChecker.notBlank(target, "target");
    ArgChecker.notNull(pValue, "pValue");
    ArgChecker.notNull(qValue, "qValue");
  }
}
