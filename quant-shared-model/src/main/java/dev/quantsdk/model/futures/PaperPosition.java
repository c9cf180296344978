package dev.quantsdk.model.futures;

import dev.quantsdk.model.ArgChecker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The position of a paper account in one contract: table {@code paper_positions}, unique per
 * (account, contract). Quantity in contracts, signed (negative is short); average price in price
 * points; realised P&amp;L in the account currency. The paper-trading engine computes the values;
 * this entity only stores them. Optimistically locked ({@code version}). Mutable and not
 * thread-safe (a JPA entity); equality is by id.
 */
@Entity
@Table(name = "paper_positions")
public class PaperPosition {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private PaperAccount account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false)
  private FuturesContract contract;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "average_price", nullable = false)
  private double averagePrice;

  @Column(name = "realized_pnl", nullable = false)
  private double realizedPnl;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected PaperPosition() {
  }

  /**
   * Creates a flat position with a random id.
   *
   * @param account the account
   * @param contract the contract
   * @param at when it was opened
   */
  public PaperPosition(PaperAccount account, FuturesContract contract, Instant at) {
    this.id = UUID.randomUUID();
    this.account = ArgChecker.notNull(account, "account");
    this.contract = ArgChecker.notNull(contract, "contract");
    this.updatedAt = ArgChecker.notNull(at, "at");
  }

  /**
   * Stores the engine's new state of the position.
   *
   * @param newQuantity signed contracts
   * @param newAveragePrice the average entry price in price points, {@code >= 0} (0 when flat)
   * @param newRealizedPnl the cumulative realised P&amp;L in the account currency, finite
   * @param at when
   * @throws IllegalArgumentException if a number is out of range
   */
  public void update(int newQuantity, double newAveragePrice, double newRealizedPnl, Instant at) {
    this.averagePrice = ArgChecker.notNegative(newAveragePrice, "newAveragePrice");
    this.realizedPnl = ArgChecker.finite(newRealizedPnl, "newRealizedPnl");
    this.quantity = newQuantity;
    this.updatedAt = ArgChecker.notNull(at, "at");
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return the account (lazily loaded) */
  public PaperAccount getAccount() {
    return account;
  }

  /** @return the contract (lazily loaded) */
  public FuturesContract getContract() {
    return contract;
  }

  /** @return signed contracts (negative is short) */
  public int getQuantity() {
    return quantity;
  }

  /** @return the average entry price in price points */
  public double getAveragePrice() {
    return averagePrice;
  }

  /** @return the cumulative realised P&amp;L in the account currency */
  public double getRealizedPnl() {
    return realizedPnl;
  }

  /** @return when it last changed */
  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** @return the optimistic-lock version */
  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof PaperPosition that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "PaperPosition[" + id + ", quantity=" + quantity + " @ " + averagePrice + "]";
  }
}
