package dev.quantsdk.model.futures;

import dev.quantsdk.model.ArgChecker;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The key of a {@link FuturesBar}: the contract and the bar's start time. The time column is part
 * of the key so that {@code futures_bars} can become a TimescaleDB hypertable. Immutable once
 * created and thread-safe; equality by both parts.
 */
@Embeddable
public class FuturesBarId implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "contract_id", nullable = false)
  private UUID contractId;

  @Column(name = "bar_time", nullable = false)
  private Instant barTime;

  /** For JPA only. */
  protected FuturesBarId() {
  }

  /**
   * Creates a key.
   *
   * @param contractId the {@link FuturesContract} id
   * @param barTime the start of the bar (for daily bars, the trading day at 00:00 exchange time)
   */
  public FuturesBarId(UUID contractId, Instant barTime) {
    this.contractId = ArgChecker.notNull(contractId, "contractId");
    this.barTime = ArgChecker.notNull(barTime, "barTime");
  }

  /** @return the contract id */
  public UUID getContractId() {
    return contractId;
  }

  /** @return the start of the bar */
  public Instant getBarTime() {
    return barTime;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof FuturesBarId that && contractId.equals(that.contractId)
        && barTime.equals(that.barTime));
  }

  @Override
  public int hashCode() {
    return Objects.hash(contractId, barTime);
  }

  @Override
  public String toString() {
    return contractId + "@" + barTime;
  }
}
