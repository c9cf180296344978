package dev.quantsdk.futures.instrument;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The specification of one futures contract (one root, one contract month).
 *
 * <p>Units: {@code multiplier} is currency units per price point (ES: 50 USD per index
 * point), {@code tickSize} is in price points, {@code tickValue} in currency units per tick
 * and must equal {@code multiplier * tickSize}; margins are currency units per contract.
 * Margins change often: the catalogue's figures are examples, override them with
 * {@link #withInitialMargin} / {@link #withMaintenanceMargin}. Immutable and thread-safe.
 *
 * @param root the product root, for example {@code "ES"}
 * @param exchange the exchange, for example {@code "CME"}
 * @param month the contract month
 * @param lastTradingDay the last trading day (expiry)
 * @param multiplier currency per price point, &gt; 0
 * @param tickSize minimum price increment in points, &gt; 0
 * @param tickValue currency per tick, equal to multiplier × tickSize
 * @param currency the settlement currency
 * @param initialMargin initial margin per contract, &gt;= maintenance margin
 * @param maintenanceMargin maintenance margin per contract, &gt;= 0
 */
public record ContractSpec(
    String root,
    String exchange,
    ContractMonth month,
    LocalDate lastTradingDay,
    double multiplier,
    double tickSize,
    double tickValue,
    Currency currency,
    double initialMargin,
    double maintenanceMargin) {

  private static final double TICK_VALUE_TOLERANCE = 1e-9;

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if a number is out of range, the tick value is not
   *     multiplier × tick size, the maintenance margin exceeds the initial margin, or the
   *     last trading day is after the contract month
   */
  public ContractSpec {
    ArgChecker.notBlank(root, "root");
    ArgChecker.notBlank(exchange, "exchange");
    ArgChecker.notNull(month, "month");
    ArgChecker.notNull(lastTradingDay, "lastTradingDay");
    ArgChecker.notNull(currency, "currency");
    ArgChecker.positive(multiplier, "multiplier");
    ArgChecker.positive(tickSize, "tickSize");
    ArgChecker.positive(tickValue, "tickValue");
    ArgChecker.isTrue(Math.abs(tickValue - multiplier * tickSize)
            <= TICK_VALUE_TOLERANCE * Math.max(1.0, tickValue),
        "%s: tickValue %s must equal multiplier %s × tickSize %s", root, tickValue, multiplier, tickSize);
    ArgChecker.notNegative(maintenanceMargin, "maintenanceMargin");
    ArgChecker.notNegative(initialMargin, "initialMargin");
    ArgChecker.isTrue(initialMargin >= maintenanceMargin,
        "%s: initialMargin %s must be >= maintenanceMargin %s", root, initialMargin, maintenanceMargin);
    ArgChecker.isTrue(!lastTradingDay.isAfter(month.yearMonth().atEndOfMonth()),
        "%s %s: lastTradingDay %s is after the contract month", root, month, lastTradingDay);
  }

  /**
   * The exchange-style symbol with a four-digit year, for example {@code "ESZ2019"}.
   *
   * @return the symbol
   */
  public String symbol() {
    return root + month;
  }

  /**
   * This contract with another initial margin.
   *
   * @param margin the initial margin per contract (currency units)
   * @return the new specification
   * @throws IllegalArgumentException if below the maintenance margin
   */
  public ContractSpec withInitialMargin(double margin) {
    return new ContractSpec(root, exchange, month, lastTradingDay, multiplier, tickSize, tickValue,
        currency, margin, maintenanceMargin);
  }

  /**
   * This contract with another maintenance margin.
   *
   * @param margin the maintenance margin per contract (currency units)
   * @return the new specification
   * @throws IllegalArgumentException if above the initial margin or negative
   */
  public ContractSpec withMaintenanceMargin(double margin) {
    return new ContractSpec(root, exchange, month, lastTradingDay, multiplier, tickSize, tickValue,
        currency, initialMargin, margin);
  }

  /**
   * The notional value of one contract at a price.
   *
   * @param price the price in points
   * @return price × multiplier, in currency units
   */
  public double notional(double price) {
    return price * multiplier;
  }

  /**
   * The profit of one long contract from one price to another.
   *
   * @param entryPrice the entry price in points
   * @param exitPrice the exit price in points
   * @return (exit − entry) × multiplier, in currency units
   */
  public double profit(double entryPrice, double exitPrice) {
    return (exitPrice - entryPrice) * multiplier;
  }

  /**
   * Whether a price lies on the tick grid (within 1e-9 of a tick).
   *
   * @param price the price in points
   * @return true when price / tickSize is an integer
   */
  public boolean isOnTick(double price) {
    double ticks = price / tickSize;
    return Math.abs(ticks - Math.rint(ticks)) <= TICK_VALUE_TOLERANCE * Math.max(1.0, Math.abs(ticks));
  }
}
