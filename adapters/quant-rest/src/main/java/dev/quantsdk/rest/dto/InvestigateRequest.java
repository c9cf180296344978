package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;

/**
 * The optional body of {@code POST /api/v1/anomalies/{id}/investigate}:
 * {@code {"investigated_by": "ana"}}. Without a body (or without the key) the investigator is
 * {@value #DEFAULT_INVESTIGATOR}. Immutable and thread-safe.
 *
 * @param investigatedBy who investigated, 1 to {@value #MAX_LENGTH} characters, not blank
 */
public record InvestigateRequest(Optional<String> investigatedBy) {

  /** The investigator recorded when the request names none. */
  public static final String DEFAULT_INVESTIGATOR = "api";
  /** The longest name the database column holds. */
  public static final int MAX_LENGTH = 200;

  /**
   * Validates the request.
   *
   * @throws IllegalArgumentException if the name is blank or longer than {@value #MAX_LENGTH}
   */
  public InvestigateRequest {
    ArgChecker.notNull(investigatedBy, "investigatedBy");
    investigatedBy.ifPresent(by -> {
      ArgChecker.notBlank(by, "investigated_by");
      ArgChecker.isTrue(by.length() <= MAX_LENGTH,
          "investigated_by must be at most %d characters but has %d", MAX_LENGTH, by.length());
    });
  }

  /**
   * The investigator to record.
   *
   * @return the given name, or {@value #DEFAULT_INVESTIGATOR}
   */
  public String investigator() {
    return investigatedBy.orElse(DEFAULT_INVESTIGATOR);
  }
}
