package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A paper position in one contract (a row of {@code paper_positions}): quantity in contracts
 * (negative when short), prices in the contract's points, P&amp;L in the account currency.
 * Immutable and thread-safe.
 *
 * @param contractId the contract
 * @param rootSymbol the contract's root, such as {@code ES}
 * @param expiry the contract's last trading day
 * @param localSymbol the contract's exchange symbol, if stored
 * @param quantity signed contracts held
 * @param averagePrice the average entry price
 * @param realizedPnl the realised profit and loss
 * @param updatedAt when it last changed
 */
public record PaperPositionDto(UUID contractId, String rootSymbol, LocalDate expiry,
    Optional<String> localSymbol, int quantity, double averagePrice, double realizedPnl,
    Instant updatedAt) {

  /**
   * Validates the position.
   *
   * @throws NullPointerException if a component is null
   */
  public PaperPositionDto {
    ArgChecker.notNull(contractId, "contractId");
    ArgChecker.notNull(rootSymbol, "rootSymbol");
    ArgChecker.notNull(expiry, "expiry");
    ArgChecker.notNull(localSymbol, "localSymbol");
    ArgChecker.notNull(updatedAt, "updatedAt");
  }
}
