package dev.quantsdk.model.futures;

import dev.quantsdk.model.ArgChecker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One (partial) execution of a paper order: table {@code paper_fills}. Quantity in contracts
 * (at most the order's), price in price points, commission in the account currency.
 * Immutable once created but not thread-safe as a managed JPA entity; equality is by id.
 */
@Entity
@Table(name = "paper_fills")
public class PaperFill {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  private PaperOrder order;

  @Column(name = "fill_time", nullable = false)
  private Instant fillTime;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "price", nullable = false)
  private double price;

  @Column(name = "commission", nullable = false)
  private double commission;

  /** For JPA only. */
  protected PaperFill() {
  }

  /**
   * Records a fill with a random id.
   *
   * @param order the order
   * @param fillTime when it filled
   * @param quantity contracts, in [1, order quantity]
   * @param price the fill price in price points, {@code > 0}
   * @param commission the commission in the account currency, {@code >= 0}
   * @throws IllegalArgumentException if the quantity exceeds the order's or a number is out of range
   */
  public PaperFill(PaperOrder order, Instant fillTime, int quantity, double price, double commission) {
    this.id = UUID.randomUUID();
    this.order = ArgChecker.notNull(order, "order");
    this.fillTime = ArgChecker.notNull(fillTime, "fillTime");
    this.quantity = ArgChecker.inRangeInclusive(quantity, 1, order.getQuantity(), "quantity");
    this.price = ArgChecker.positive(price, "price");
    this.commission = ArgChecker.notNegative(commission, "commission");
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return the order (lazily loaded) */
  public PaperOrder getOrder() {
    return order;
  }

  /** @return when it filled */
  public Instant getFillTime() {
    return fillTime;
  }

  /** @return contracts filled */
  public int getQuantity() {
    return quantity;
  }

  /** @return the fill price in price points */
  public double getPrice() {
    return price;
  }

  /** @return the commission in the account currency */
  public double getCommission() {
    return commission;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof PaperFill that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "PaperFill[" + id + ", " + quantity + " @ " + price + "]";
  }
}
