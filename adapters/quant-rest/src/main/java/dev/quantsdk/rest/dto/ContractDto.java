package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored futures contract (a row of {@code futures_contracts}) with the extent of its stored
 * bars. Immutable and thread-safe.
 *
 * @param id the contract id
 * @param rootSymbol the root, such as {@code ES}
 * @param exchange the exchange
 * @param expiry the last trading day
 * @param localSymbol the exchange's symbol, such as {@code ESZ19}, if stored
 * @param multiplier currency units per price point
 * @param tickSize the tick size in price points
 * @param currency the settlement currency
 * @param initialMargin the initial margin per contract, if stored
 * @param maintenanceMargin the maintenance margin per contract, if stored
 * @param bars how many bars are stored
 * @param firstBar the first stored bar's time, absent without bars
 * @param lastBar the last stored bar's time, absent without bars
 */
public record ContractDto(UUID id, String rootSymbol, String exchange, LocalDate expiry,
    Optional<String> localSymbol, double multiplier, double tickSize, String currency,
    Optional<Double> initialMargin, Optional<Double> maintenanceMargin, long bars,
    Optional<Instant> firstBar, Optional<Instant> lastBar) {

  /**
   * Validates the contract.
   *
   * @throws NullPointerException if a component is null
   */
  public ContractDto {
    ArgChecker.notNull(id, "id");
    ArgChecker.notNull(rootSymbol, "rootSymbol");
    ArgChecker.notNull(exchange, "exchange");
    ArgChecker.notNull(expiry, "expiry");
    ArgChecker.notNull(localSymbol, "localSymbol");
    ArgChecker.notNull(currency, "currency");
    ArgChecker.notNull(initialMargin, "initialMargin");
    ArgChecker.notNull(maintenanceMargin, "maintenanceMargin");
    ArgChecker.notNull(firstBar, "firstBar");
    ArgChecker.notNull(lastBar, "lastBar");
  }
}
