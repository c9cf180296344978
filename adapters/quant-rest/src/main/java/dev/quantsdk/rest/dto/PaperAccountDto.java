package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.util.UUID;

/**
 * A paper-trading account (a row of {@code paper_accounts}); money in the account currency.
 * Immutable and thread-safe.
 *
 * @param id the account id
 * @param name the account's unique name
 * @param currency the account currency (ISO 4217)
 * @param startingCash the cash the account started with
 * @param cash the cash now (after fills, commissions and realised P&amp;L)
 * @param createdAt when it was opened
 */
public record PaperAccountDto(UUID id, String name, String currency, double startingCash,
    double cash, Instant createdAt) {

  /**
   * Validates the account.
   *
   * @throws NullPointerException if a component is null
   */
  public PaperAccountDto {
    ArgChecker.notNull(id, "id");
    ArgChecker.notNull(name, "name");
    ArgChecker.notNull(currency, "currency");
    ArgChecker.notNull(createdAt, "createdAt");
  }
}
