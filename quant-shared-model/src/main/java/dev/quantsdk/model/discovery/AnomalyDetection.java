package dev.quantsdk.model.discovery;

import dev.quantsdk.model.ArgChecker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An anomaly in a politician's trading, optionally tied to one trade: table
 * {@code anomaly_detections}, written by discovery workers (role {@code quant_discovery}); the host
 * app (role {@code quant_app}) may only mark it investigated.
 *
 * <p>Severity is a fraction in [0, 1]; the explanation is a JSON object (for example the test
 * statistic and the critical value). The natural key {@link #naturalKeyOf} combines politician,
 * trade (or {@code -}), anomaly type and window, so a re-run replaces rather than duplicates.
 * Mutable and not thread-safe (a JPA entity); equality is by id.
 */
@Entity
@Table(name = "anomaly_detections")
public class AnomalyDetection {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "politician_id", nullable = false)
  private Politician politician;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "trade_id")
  private Trade trade;

  @Column(name = "anomaly_type", nullable = false, length = 60)
  private String anomalyType;

  @Column(name = "severity", nullable = false)
  private double severity;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "explanation", nullable = false)
  private String explanation;

  @Column(name = "window_start", nullable = false)
  private LocalDate windowStart;

  @Column(name = "window_end", nullable = false)
  private LocalDate windowEnd;

  @Column(name = "natural_key", nullable = false, length = 200, unique = true)
  private String naturalKey;

  @Column(name = "detected_at", nullable = false)
  private Instant detectedAt;

  @Column(name = "investigated", nullable = false)
  private boolean investigated;

  @Column(name = "investigated_at")
  private Instant investigatedAt;

  @Column(name = "investigated_by", length = 200)
  private String investigatedBy;

  @Column(name = "run_id")
  private UUID runId;

  /** For JPA only. */
  protected AnomalyDetection() {
  }

  /**
   * Creates an anomaly with a random id, not investigated.
   *
   * @param politician whose trading is anomalous
   * @param trade the anomalous trade, or null for an anomaly of the politician's pattern as a whole
   * @param anomalyType the type such as "gesd_amount_outlier", at most 60 characters
   * @param severity the severity in [0, 1]
   * @param explanationJson why, a JSON object
   * @param windowStart the first day of the analysed window
   * @param windowEnd the last day of the analysed window, not before the start
   * @param detectedAt when it was detected
   * @throws IllegalArgumentException if the severity is outside [0, 1], the window is reversed, the
   *     JSON is not an object, or the trade belongs to another politician
   */
  public AnomalyDetection(Politician politician, Trade trade, String anomalyType, double severity,
      String explanationJson, LocalDate windowStart, LocalDate windowEnd, Instant detectedAt) {
    this.id = UUID.randomUUID();
    this.politician = ArgChecker.notNull(politician, "politician");
    if (trade != null) {
      ArgChecker.isTrue(trade.getPolitician().getId().equals(politician.getId()),
          "trade %s belongs to politician %s, not %s", trade.getId(), trade.getPolitician().getId(),
          politician.getId());
    }
    this.trade = trade;
    this.anomalyType = Columns.text(anomalyType, 60, "anomalyType");
    this.severity = Columns.unitInterval(severity, "severity");
    this.explanation = Columns.jsonObject(explanationJson, "explanationJson");
    Columns.window(windowStart, windowEnd, "window");
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.detectedAt = ArgChecker.notNull(detectedAt, "detectedAt");
    this.naturalKey = naturalKeyOf(politician.getId(), trade == null ? null : trade.getId(), this.anomalyType,
        windowStart, windowEnd);
  }

  /**
   * The natural key of an anomaly: {@code politician|trade-or-dash|type|windowStart|windowEnd}, at
   * most 200 characters.
   *
   * @param politicianId the politician
   * @param tradeId the trade, or null
   * @param anomalyType the anomaly type
   * @param windowStart the first day of the window
   * @param windowEnd the last day of the window
   * @return the key
   */
  public static String naturalKeyOf(UUID politicianId, UUID tradeId, String anomalyType, LocalDate windowStart,
      LocalDate windowEnd) {
    return ArgChecker.notNull(politicianId, "politicianId") + "|" + (tradeId == null ? "-" : tradeId) + "|"
        + Columns.text(anomalyType, 60, "anomalyType") + "|" + ArgChecker.notNull(windowStart, "windowStart")
        + "|" + ArgChecker.notNull(windowEnd, "windowEnd");
  }

  /**
   * Marks the anomaly investigated.
   *
   * @param by who investigated it, at most 200 characters
   * @param at when
   * @throws IllegalStateException if already investigated
   */
  public void markInvestigated(String by, Instant at) {
    if (investigated) {
      throw new IllegalStateException("anomaly " + id + " was already investigated by " + investigatedBy);
    }
    this.investigatedBy = Columns.text(by, 200, "by");
    this.investigatedAt = ArgChecker.notNull(at, "at");
    this.investigated = true;
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return whose trading is anomalous (lazily loaded) */
  public Politician getPolitician() {
    return politician;
  }

  /** @return the anomalous trade, absent for a pattern-level anomaly (lazily loaded) */
  public Optional<Trade> getTrade() {
    return Optional.ofNullable(trade);
  }

  /** @return the anomaly type */
  public String getAnomalyType() {
    return anomalyType;
  }

  /** @return the severity in [0, 1] */
  public double getSeverity() {
    return severity;
  }

  /** @return the explanation, a JSON object */
  public String getExplanationJson() {
    return explanation;
  }

  /** @return the first day of the analysed window */
  public LocalDate getWindowStart() {
    return windowStart;
  }

  /** @return the last day of the analysed window */
  public LocalDate getWindowEnd() {
    return windowEnd;
  }

  /** @return the natural key */
  public String getNaturalKey() {
    return naturalKey;
  }

  /** @return when it was detected */
  public Instant getDetectedAt() {
    return detectedAt;
  }

  /** @return whether it was investigated */
  public boolean isInvestigated() {
    return investigated;
  }

  /** @return when it was investigated, if it was */
  public Optional<Instant> getInvestigatedAt() {
    return Optional.ofNullable(investigatedAt);
  }

  /** @return who investigated it, if anyone did */
  public Optional<String> getInvestigatedBy() {
    return Optional.ofNullable(investigatedBy);
  }

  /** @return the job run that detected it, if recorded */
  public Optional<UUID> getRunId() {
    return Optional.ofNullable(runId);
  }

  /**
   * Sets the job run that detected it.
   *
   * @param runId the {@link JobRun} id, or null
   */
  public void setRunId(UUID runId) {
    this.runId = runId;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof AnomalyDetection that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "AnomalyDetection[" + id + ", " + anomalyType + ", severity=" + severity + "]";
  }
}
