package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;
import java.util.UUID;

/**
 * A politician (a row of {@code politicians}). Immutable and thread-safe.
 *
 * @param id the politician's id
 * @param fullName the display name
 * @param chamber {@code HOUSE} or {@code SENATE}
 * @param state the two-letter state code, if known
 * @param district the district, if known
 */
public record PoliticianDto(UUID id, String fullName, String chamber, Optional<String> state,
    Optional<String> district) {

  /**
   * Validates the politician.
   *
   * @throws NullPointerException if a component is null
   */
  public PoliticianDto {
    ArgChecker.notNull(id, "id");
    ArgChecker.notNull(fullName, "fullName");
    ArgChecker.notNull(chamber, "chamber");
    ArgChecker.notNull(state, "state");
    ArgChecker.notNull(district, "district");
  }
}
