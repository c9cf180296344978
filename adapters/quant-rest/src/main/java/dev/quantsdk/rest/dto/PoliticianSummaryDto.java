package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A politician with the number and date range of their stored trades. Immutable and thread-safe.
 *
 * @param id the politician's id
 * @param name the display name
 * @param chamber {@code HOUSE} or {@code SENATE}
 * @param party the party; always absent today (the disclosures carry none and the schema has no
 *     column), kept so clients can rely on the key
 * @param state the two-letter state code, if known
 * @param district the district, if known
 * @param trades the number of stored trades, &gt;= 0
 * @param firstTrade the earliest transaction date, absent without trades
 * @param lastTrade the latest transaction date, absent without trades
 */
public record PoliticianSummaryDto(UUID id, String name, String chamber, Optional<String> party,
    Optional<String> state, Optional<String> district, long trades,
    Optional<LocalDate> firstTrade, Optional<LocalDate> lastTrade) {

  /**
   * Validates the politician.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the trade count is negative
   */
  public PoliticianSummaryDto {
    ArgChecker.notNull(id, "id");
    ArgChecker.notNull(name, "name");
    ArgChecker.notNull(chamber, "chamber");
    ArgChecker.notNull(party, "party");
    ArgChecker.notNull(state, "state");
    ArgChecker.notNull(district, "district");
    ArgChecker.isTrue(trades >= 0, "trades must be >= 0 but was %s", trades);
    ArgChecker.notNull(firstTrade, "firstTrade");
    ArgChecker.notNull(lastTrade, "lastTrade");
  }
}
