package dev.quantsdk.model.futures;

import dev.quantsdk.model.ArgChecker;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One stored price bar of a contract: table {@code futures_bars}, key (contract, bar time); a
 * TimescaleDB hypertable where the extension exists.
 *
 * <p>Prices in price points, volume and open interest in contracts. Engines read bars as columns
 * ({@code double[]}), not as entities: this class is for storage and small queries. Immutable once
 * created (no setters) but not thread-safe as a managed JPA entity; equality by key.
 */
@Entity
@Table(name = "futures_bars")
public class FuturesBar {

  @EmbeddedId
  private FuturesBarId id;

  @Column(name = "open_price", nullable = false)
  private double open;

  @Column(name = "high_price", nullable = false)
  private double high;

  @Column(name = "low_price", nullable = false)
  private double low;

  @Column(name = "close_price", nullable = false)
  private double close;

  @Column(name = "settle_price")
  private Double settle;

  @Column(name = "volume", nullable = false)
  private long volume;

  @Column(name = "open_interest")
  private Long openInterest;

  /** For JPA only. */
  protected FuturesBar() {
  }

  /**
   * Creates a bar.
   *
   * @param contractId the contract
   * @param barTime the start of the bar
   * @param open the open in price points
   * @param high the high, {@code >=} every other price of the bar
   * @param low the low, {@code <=} every other price of the bar
   * @param close the close
   * @param settle the settlement price, or NaN if none
   * @param volume the traded contracts, {@code >= 0}
   * @param openInterest the open interest in contracts, or -1 if unknown
   * @throws IllegalArgumentException if a price is not finite, the high is below the low, the open or
   *     close lie outside [low, high], the volume is negative or the open interest is below -1
   */
  public FuturesBar(UUID contractId, Instant barTime, double open, double high, double low, double close,
      double settle, long volume, long openInterest) {
    this.id = new FuturesBarId(contractId, barTime);
    ArgChecker.finite(open, "open");
    ArgChecker.finite(high, "high");
    ArgChecker.finite(low, "low");
    ArgChecker.finite(close, "close");
    ArgChecker.isTrue(high >= low, "bar %s: high %s < low %s", barTime, high, low);
    ArgChecker.isTrue(open >= low && open <= high, "bar %s: open %s outside [low %s, high %s]", barTime, open,
        low, high);
    ArgChecker.isTrue(close >= low && close <= high, "bar %s: close %s outside [low %s, high %s]", barTime,
        close, low, high);
    ArgChecker.isTrue(Double.isNaN(settle) || Double.isFinite(settle), "bar %s: settle must be finite or NaN",
        barTime);
    ArgChecker.isTrue(volume >= 0, "bar %s: volume %d < 0", barTime, volume);
    ArgChecker.isTrue(openInterest >= -1, "bar %s: open interest %d < -1", barTime, openInterest);
    this.open = open;
    this.high = high;
    this.low = low;
    this.close = close;
    this.settle = Double.isNaN(settle) ? null : settle;
    this.volume = volume;
    this.openInterest = openInterest < 0 ? null : openInterest;
  }

  /** @return the key */
  public FuturesBarId getId() {
    return id;
  }

  /** @return the open in price points */
  public double getOpen() {
    return open;
  }

  /** @return the high in price points */
  public double getHigh() {
    return high;
  }

  /** @return the low in price points */
  public double getLow() {
    return low;
  }

  /** @return the close in price points */
  public double getClose() {
    return close;
  }

  /** @return the settlement price, if any */
  public OptionalDouble getSettle() {
    return settle == null ? OptionalDouble.empty() : OptionalDouble.of(settle);
  }

  /** @return the traded contracts */
  public long getVolume() {
    return volume;
  }

  /** @return the open interest in contracts, if known */
  public OptionalLong getOpenInterest() {
    return openInterest == null ? OptionalLong.empty() : OptionalLong.of(openInterest);
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof FuturesBar that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "FuturesBar[%s O=%s H=%s L=%s C=%s V=%d]", id, open, high, low, close,
        volume);
  }
}
