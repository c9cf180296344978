package dev.quantsdk.discovery;

import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.TradeType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One disclosed trade, as the discovery engines see it: plain values, no persistence types.
 *
 * <p>The adapters map stored trades to this record; the engines never read a database.
 * Immutable and thread-safe.
 *
 * @param tradeId the stable id of the trade (the stored trade's UUID as text)
 * @param politicianId the stable id of the member who traded
 * @param transactionDate the date of the transaction
 * @param disclosureDate the date the report was filed, absent where the source has none
 * @param ticker the ticker, absent for assets without one
 * @param type the transaction type
 * @param amount the disclosed amount band, absent where the report says "Unknown"
 */
public record DisclosedTrade(
    String tradeId,
    String politicianId,
    LocalDate transactionDate,
    Optional<LocalDate> disclosureDate,
    Optional<String> ticker,
    TradeType type,
    Optional<AmountBand> amount) {

  /**
   * Validates the trade.
   *
   * @throws IllegalArgumentException if an id is blank
   * @throws NullPointerException if a component is null
   */
  public DisclosedTrade {
    ArgChecker.notBlank(tradeId, "tradeId");
    ArgChecker.notBlank(politicianId, "politicianId");
    ArgChecker.notNull(transactionDate, "transactionDate");
    ArgChecker.notNull(disclosureDate, "disclosureDate");
    ArgChecker.notNull(ticker, "ticker");
    ArgChecker.notNull(type, "type");
    ArgChecker.notNull(amount, "amount");
  }

  /**
   * Days from the transaction to its disclosure.
   *
   * @return the lag in calendar days (negative when the trade is dated after its disclosure),
   *     absent without a disclosure date
   */
  public OptionalLong disclosureLagDays() {
    return disclosureDate
        .map(d -> OptionalLong.of(ChronoUnit.DAYS.between(transactionDate, d)))
        .orElse(OptionalLong.empty());
  }
}
