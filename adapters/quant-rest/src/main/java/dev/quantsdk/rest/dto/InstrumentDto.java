package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;

/**
 * A futures product of the SDK's catalogue, with how many of its contracts the database stores.
 * Immutable and thread-safe.
 *
 * @param root the root symbol, such as {@code ES}
 * @param exchange the exchange, such as {@code CME}
 * @param description a human-readable name
 * @param multiplier currency units per price point
 * @param tickSize the tick size in price points
 * @param tickValue currency units per tick (multiplier × tick size)
 * @param currency the settlement currency (ISO 4217)
 * @param initialMargin an example initial margin per contract, in currency units
 * @param maintenanceMargin an example maintenance margin per contract, in currency units
 * @param listedMonths the month codes listed each year (F G H J K M N Q U V X Z)
 * @param storedContracts contracts of this root in {@code futures_contracts}
 */
public record InstrumentDto(String root, String exchange, String description, double multiplier,
    double tickSize, double tickValue, String currency, double initialMargin,
    double maintenanceMargin, List<String> listedMonths, long storedContracts) {

  /**
   * Validates the instrument and copies the months.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the stored count is negative
   */
  public InstrumentDto {
    ArgChecker.notNull(root, "root");
    ArgChecker.notNull(exchange, "exchange");
    ArgChecker.notNull(description, "description");
    ArgChecker.notNull(currency, "currency");
    listedMonths = List.copyOf(listedMonths);
    ArgChecker.isTrue(storedContracts >= 0, "storedContracts must be >= 0: %s", storedContracts);
  }
}
