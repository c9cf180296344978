package dev.quantsdk.model.futures;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.discovery.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A paper order: table {@code paper_orders}. Quantity in contracts; limit and stop prices in
 * price points (required for {@link OrderType#LIMIT} and {@link OrderType#STOP} respectively).
 * Mutable and not thread-safe (a JPA entity); equality is by id.
 */
@Entity
@Table(name = "paper_orders")
public class PaperOrder {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private PaperAccount account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false)
  private FuturesContract contract;

  @Column(name = "client_order_id", length = 64, unique = true)
  private String clientOrderId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "side", nullable = false, length = 4)
  private OrderSide side;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "order_type", nullable = false, length = 10)
  private OrderType orderType;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "limit_price")
  private Double limitPrice;

  @Column(name = "stop_price")
  private Double stopPrice;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "status", nullable = false, length = 20)
  private OrderStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** For JPA only. */
  protected PaperOrder() {
  }

  /**
   * Creates a {@link OrderStatus#NEW} order with a random id.
   *
   * @param account the account
   * @param contract the contract
   * @param side buy or sell
   * @param orderType market, limit or stop
   * @param quantity contracts, {@code > 0}
   * @param price the limit price for a limit order, the stop price for a stop order, NaN for a
   *     market order
   * @param createdAt when it was placed
   * @throws IllegalArgumentException if the quantity is not positive or the price does not fit the
   *     order type
   */
  public PaperOrder(PaperAccount account, FuturesContract contract, OrderSide side, OrderType orderType,
      int quantity, double price, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.account = ArgChecker.notNull(account, "account");
    this.contract = ArgChecker.notNull(contract, "contract");
    this.side = ArgChecker.notNull(side, "side");
    this.orderType = ArgChecker.notNull(orderType, "orderType");
    this.quantity = ArgChecker.positive(quantity, "quantity");
    if (orderType == OrderType.MARKET) {
      ArgChecker.isTrue(Double.isNaN(price), "a market order takes no price (NaN) but got %s", price);
    } else {
      ArgChecker.positive(price, "price of a " + orderType + " order");
      if (orderType == OrderType.LIMIT) {
        this.limitPrice = price;
      } else {
        this.stopPrice = price;
      }
    }
    this.status = OrderStatus.NEW;
    this.createdAt = ArgChecker.notNull(createdAt, "createdAt");
    this.updatedAt = createdAt;
  }

  /**
   * Moves the order to another status.
   *
   * @param newStatus the status
   * @param at when
   * @throws IllegalStateException if the order is already final (filled, cancelled or rejected)
   */
  public void transition(OrderStatus newStatus, Instant at) {
    ArgChecker.notNull(newStatus, "newStatus");
    if (!status.isOpen()) {
      throw new IllegalStateException("order " + id + " is " + status + " and cannot become " + newStatus);
    }
    this.status = newStatus;
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

  /** @return the caller's idempotency key, if given */
  public Optional<String> getClientOrderId() {
    return Optional.ofNullable(clientOrderId);
  }

  /**
   * Sets the caller's idempotency key (unique across orders).
   *
   * @param clientOrderId the key, at most 64 characters, or null
   */
  public void setClientOrderId(String clientOrderId) {
    this.clientOrderId = Columns.optionalText(clientOrderId, 64, "clientOrderId");
  }

  /** @return buy or sell */
  public OrderSide getSide() {
    return side;
  }

  /** @return the order type */
  public OrderType getOrderType() {
    return orderType;
  }

  /** @return contracts */
  public int getQuantity() {
    return quantity;
  }

  /** @return the limit price, for limit orders */
  public OptionalDouble getLimitPrice() {
    return limitPrice == null ? OptionalDouble.empty() : OptionalDouble.of(limitPrice);
  }

  /** @return the stop price, for stop orders */
  public OptionalDouble getStopPrice() {
    return stopPrice == null ? OptionalDouble.empty() : OptionalDouble.of(stopPrice);
  }

  /** @return the status */
  public OrderStatus getStatus() {
    return status;
  }

  /** @return when it was placed */
  public Instant getCreatedAt() {
    return createdAt;
  }

  /** @return when it last changed */
  public Instant getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof PaperOrder that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "PaperOrder[" + id + ", " + side + " " + quantity + " " + orderType + ", " + status + "]";
  }
}
