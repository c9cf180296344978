package dev.quantsdk.model.futures;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.discovery.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A paper-trading account: table {@code paper_accounts}, unique name. Cash is in the account
 * currency and may go negative (margin debt). Optimistically locked ({@code version}), so two
 * concurrent fills cannot both update the cash. Mutable and not thread-safe (a JPA entity);
 * equality is by id.
 */
@Entity
@Table(name = "paper_accounts")
public class PaperAccount {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "name", nullable = false, length = 100, unique = true)
  private String name;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "starting_cash", nullable = false)
  private double startingCash;

  @Column(name = "cash", nullable = false)
  private double cash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected PaperAccount() {
  }

  /**
   * Opens an account with a random id.
   *
   * @param name the unique account name, at most 100 characters
   * @param currency the ISO 4217 currency code
   * @param startingCash the initial cash, {@code >= 0}
   * @param createdAt when it was opened
   * @throws IllegalArgumentException if the cash is negative or the currency is not three letters
   */
  public PaperAccount(String name, String currency, double startingCash, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.name = Columns.text(name, 100, "name");
    this.currency = FuturesContract.currencyCode(currency);
    this.startingCash = ArgChecker.notNegative(startingCash, "startingCash");
    this.cash = startingCash;
    this.createdAt = ArgChecker.notNull(createdAt, "createdAt");
  }

  /**
   * Adds to (or, with a negative amount, takes from) the cash.
   *
   * @param amount the amount in the account currency, finite
   */
  public void addCash(double amount) {
    this.cash += ArgChecker.finite(amount, "amount");
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return the account name */
  public String getName() {
    return name;
  }

  /** @return the currency code */
  public String getCurrency() {
    return currency;
  }

  /** @return the initial cash */
  public double getStartingCash() {
    return startingCash;
  }

  /** @return the current cash */
  public double getCash() {
    return cash;
  }

  /** @return when it was opened */
  public Instant getCreatedAt() {
    return createdAt;
  }

  /** @return the optimistic-lock version */
  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof PaperAccount that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "PaperAccount[" + name + ", cash=" + cash + " " + currency + "]";
  }
}
