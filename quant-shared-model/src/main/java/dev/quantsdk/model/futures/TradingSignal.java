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
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A strategy's signal for a contract at a time: table {@code trading_signals}, natural key
 * (contract, strategy, signal time). Strength is a fraction in [0, 1]; parameters are a JSON
 * object. Immutable once created but not thread-safe as a managed JPA entity; equality is by id.
 */
@Entity
@Table(name = "trading_signals")
public class TradingSignal {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false)
  private FuturesContract contract;

  @Column(name = "strategy", nullable = false, length = 100)
  private String strategy;

  @Column(name = "signal_time", nullable = false)
  private Instant signalTime;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "direction", nullable = false, length = 5)
  private SignalDirection direction;

  @Column(name = "strength", nullable = false)
  private double strength;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "parameters", nullable = false)
  private String parameters;

  /** For JPA only. */
  protected TradingSignal() {
  }

  /**
   * Creates a signal with a random id.
   *
   * @param contract the contract
   * @param strategy the strategy name, at most 100 characters
   * @param signalTime when the signal was generated (the bar it was computed on)
   * @param direction the position asked for
   * @param strength the conviction in [0, 1]
   * @param parametersJson the inputs behind the signal, a JSON object
   * @throws IllegalArgumentException if the strength is outside [0, 1] or the JSON is not an object
   */
  public TradingSignal(FuturesContract contract, String strategy, Instant signalTime, SignalDirection direction,
      double strength, String parametersJson) {
    this.id = UUID.randomUUID();
    this.contract = ArgChecker.notNull(contract, "contract");
    this.strategy = Columns.text(strategy, 100, "strategy");
    this.signalTime = ArgChecker.notNull(signalTime, "signalTime");
    this.direction = ArgChecker.notNull(direction, "direction");
    this.strength = Columns.unitInterval(strength, "strength");
    this.parameters = Columns.jsonObject(parametersJson, "parametersJson");
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return the contract (lazily loaded) */
  public FuturesContract getContract() {
    return contract;
  }

  /** @return the strategy name */
  public String getStrategy() {
    return strategy;
  }

  /** @return when the signal was generated */
  public Instant getSignalTime() {
    return signalTime;
  }

  /** @return the position asked for */
  public SignalDirection getDirection() {
    return direction;
  }

  /** @return the conviction in [0, 1] */
  public double getStrength() {
    return strength;
  }

  /** @return the inputs behind the signal, a JSON object */
  public String getParametersJson() {
    return parameters;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof TradingSignal that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "TradingSignal[" + strategy + ", " + signalTime + ", " + direction + "]";
  }
}
