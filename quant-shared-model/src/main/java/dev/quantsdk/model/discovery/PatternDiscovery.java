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
 * A pattern found in one politician's trades over a window, such as a {@code fourier_cycle}: table
 * {@code pattern_discoveries}, written by discovery workers (role {@code quant_discovery}).
 *
 * <p>Natural key (politician, pattern type, window start, window end): a re-run over the same
 * window replaces the row instead of adding one. Strength and confidence are fractions in [0, 1];
 * parameters are a JSON object such as {@code {"period_days": 91.3}}. Mutable and not thread-safe
 * (a JPA entity); equality is by id.
 */
@Entity
@Table(name = "pattern_discoveries")
public class PatternDiscovery {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "politician_id", nullable = false)
  private Politician politician;

  @Column(name = "pattern_type", nullable = false, length = 60)
  private String patternType;

  @Column(name = "strength", nullable = false)
  private double strength;

  @Column(name = "confidence", nullable = false)
  private double confidence;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "parameters", nullable = false)
  private String parameters;

  @Column(name = "description", length = 2000)
  private String description;

  @Column(name = "window_start", nullable = false)
  private LocalDate windowStart;

  @Column(name = "window_end", nullable = false)
  private LocalDate windowEnd;

  @Column(name = "discovery_date", nullable = false)
  private Instant discoveryDate;

  @Column(name = "run_id")
  private UUID runId;

  /** For JPA only. */
  protected PatternDiscovery() {
  }

  /**
   * Creates a discovery with a random id.
   *
   * @param politician whose trades show the pattern
   * @param patternType the pattern type such as "fourier_cycle", at most 60 characters
   * @param strength the strength in [0, 1]
   * @param confidence the confidence in [0, 1]
   * @param parametersJson the pattern's parameters, a JSON object
   * @param windowStart the first day of the analysed window
   * @param windowEnd the last day of the analysed window, not before the start
   * @param discoveryDate when it was found
   * @throws IllegalArgumentException if a fraction is outside [0, 1], the window is reversed or the
   *     JSON is not an object
   */
  public PatternDiscovery(Politician politician, String patternType, double strength, double confidence,
      String parametersJson, LocalDate windowStart, LocalDate windowEnd, Instant discoveryDate) {
    this.id = UUID.randomUUID();
    this.politician = ArgChecker.notNull(politician, "politician");
    this.patternType = Columns.text(patternType, 60, "patternType");
    this.strength = Columns.unitInterval(strength, "strength");
    this.confidence = Columns.unitInterval(confidence, "confidence");
    this.parameters = Columns.jsonObject(parametersJson, "parametersJson");
    Columns.window(windowStart, windowEnd, "window");
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.discoveryDate = ArgChecker.notNull(discoveryDate, "discoveryDate");
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return whose trades show the pattern (lazily loaded) */
  public Politician getPolitician() {
    return politician;
  }

  /** @return the pattern type */
  public String getPatternType() {
    return patternType;
  }

  /** @return the strength in [0, 1] */
  public double getStrength() {
    return strength;
  }

  /** @return the confidence in [0, 1] */
  public double getConfidence() {
    return confidence;
  }

  /** @return the parameters, a JSON object */
  public String getParametersJson() {
    return parameters;
  }

  /** @return the human-readable description, if any */
  public Optional<String> getDescription() {
    return Optional.ofNullable(description);
  }

  /**
   * Sets the description.
   *
   * @param description the text, at most 2000 characters, or null
   */
  public void setDescription(String description) {
    this.description = Columns.optionalText(description, 2000, "description");
  }

  /** @return the first day of the analysed window */
  public LocalDate getWindowStart() {
    return windowStart;
  }

  /** @return the last day of the analysed window */
  public LocalDate getWindowEnd() {
    return windowEnd;
  }

  /** @return when it was found */
  public Instant getDiscoveryDate() {
    return discoveryDate;
  }

  /** @return the job run that found it, if recorded */
  public Optional<UUID> getRunId() {
    return Optional.ofNullable(runId);
  }

  /**
   * Sets the job run that found it.
   *
   * @param runId the {@link JobRun} id, or null
   */
  public void setRunId(UUID runId) {
    this.runId = runId;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof PatternDiscovery that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "PatternDiscovery[" + id + ", " + patternType + ", strength=" + strength + "]";
  }
}
