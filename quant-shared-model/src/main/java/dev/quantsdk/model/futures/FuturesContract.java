package dev.quantsdk.model.futures;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.discovery.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The specification of one futures contract (one expiry), such as CME ES December 2014: table
 * {@code futures_contracts}, natural key (root symbol, exchange, expiry).
 *
 * <p>The multiplier is the currency value of one price point (ES: 50 USD); the tick size is the
 * minimum price increment in price points (ES: 0.25); margins are per contract in the contract
 * currency. Mutable and not thread-safe (a JPA entity); equality is by id.
 */
@Entity
@Table(name = "futures_contracts")
public class FuturesContract {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "root_symbol", nullable = false, length = 10)
  private String rootSymbol;

  @Column(name = "exchange", nullable = false, length = 20)
  private String exchange;

  @Column(name = "expiry", nullable = false)
  private LocalDate expiry;

  @Column(name = "local_symbol", length = 30)
  private String localSymbol;

  @Column(name = "multiplier", nullable = false)
  private double multiplier;

  @Column(name = "tick_size", nullable = false)
  private double tickSize;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "initial_margin")
  private Double initialMargin;

  @Column(name = "maintenance_margin")
  private Double maintenanceMargin;

  /** For JPA only. */
  protected FuturesContract() {
  }

  /**
   * Creates a contract specification with a random id.
   *
   * @param rootSymbol the root such as "ES", at most 10 characters
   * @param exchange the exchange such as "CME", at most 20 characters
   * @param expiry the last trading day
   * @param multiplier the currency value of one price point, {@code > 0}
   * @param tickSize the minimum price increment in price points, {@code > 0}
   * @param currency the ISO 4217 currency code such as "USD" (upper-cased)
   * @throws IllegalArgumentException if a number is not positive or the currency is not three letters
   */
  public FuturesContract(String rootSymbol, String exchange, LocalDate expiry, double multiplier, double tickSize,
      String currency) {
    this.id = UUID.randomUUID();
    this.rootSymbol = Columns.text(rootSymbol, 10, "rootSymbol");
    this.exchange = Columns.text(exchange, 20, "exchange");
    this.expiry = ArgChecker.notNull(expiry, "expiry");
    this.multiplier = ArgChecker.positive(multiplier, "multiplier");
    this.tickSize = ArgChecker.positive(tickSize, "tickSize");
    this.currency = currencyCode(currency);
  }

  static String currencyCode(String currency) {
    ArgChecker.notNull(currency, "currency");
    ArgChecker.isTrue(currency.length() == 3 && currency.chars().allMatch(Character::isLetter),
        "currency must be a three-letter ISO 4217 code such as USD but was '%s'", currency);
    return currency.toUpperCase(Locale.ROOT);
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return the root symbol */
  public String getRootSymbol() {
    return rootSymbol;
  }

  /** @return the exchange */
  public String getExchange() {
    return exchange;
  }

  /** @return the last trading day */
  public LocalDate getExpiry() {
    return expiry;
  }

  /** @return the exchange's symbol such as "ESZ14", if known */
  public Optional<String> getLocalSymbol() {
    return Optional.ofNullable(localSymbol);
  }

  /**
   * Sets the exchange's symbol.
   *
   * @param localSymbol the symbol, at most 30 characters, or null
   */
  public void setLocalSymbol(String localSymbol) {
    this.localSymbol = Columns.optionalText(localSymbol, 30, "localSymbol");
  }

  /** @return the currency value of one price point */
  public double getMultiplier() {
    return multiplier;
  }

  /** @return the minimum price increment in price points */
  public double getTickSize() {
    return tickSize;
  }

  /** @return the currency value of one tick (multiplier times tick size) */
  public double getTickValue() {
    return multiplier * tickSize;
  }

  /** @return the ISO 4217 currency code */
  public String getCurrency() {
    return currency;
  }

  /** @return the initial margin per contract in the contract currency, if known */
  public OptionalDouble getInitialMargin() {
    return initialMargin == null ? OptionalDouble.empty() : OptionalDouble.of(initialMargin);
  }

  /** @return the maintenance margin per contract in the contract currency, if known */
  public OptionalDouble getMaintenanceMargin() {
    return maintenanceMargin == null ? OptionalDouble.empty() : OptionalDouble.of(maintenanceMargin);
  }

  /**
   * Sets both margins.
   *
   * @param initial the initial margin per contract, {@code >= 0}
   * @param maintenance the maintenance margin per contract, in [0, initial]
   * @throws IllegalArgumentException if negative or maintenance exceeds initial
   */
  public void setMargins(double initial, double maintenance) {
    ArgChecker.notNegative(initial, "initial");
    ArgChecker.notNegative(maintenance, "maintenance");
    ArgChecker.isTrue(maintenance <= initial, "maintenance margin %s exceeds initial margin %s", maintenance,
        initial);
    this.initialMargin = initial;
    this.maintenanceMargin = maintenance;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof FuturesContract that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "FuturesContract[" + rootSymbol + " " + exchange + " " + expiry + "]";
  }
}
