package dev.quantsdk.model.discovery;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.Chamber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A member of Congress: table {@code politicians}, owned and written by the host app (role
 * {@code quant_app}); discovery workers only read it.
 *
 * <p>{@code naturalKey} de-duplicates imports: chamber plus the normalised name, computed by the
 * importer (see docs/schema.md). Mutable and not thread-safe (a JPA entity); equality is by id.
 */
@Entity
@Table(name = "politicians")
public class Politician {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "chamber", nullable = false, length = 10)
  private Chamber chamber;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "state", length = 2)
  private String state;

  @Column(name = "district", length = 10)
  private String district;

  @Column(name = "bioguide_id", length = 16, unique = true)
  private String bioguideId;

  @Column(name = "natural_key", nullable = false, length = 300, unique = true)
  private String naturalKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** For JPA only. */
  protected Politician() {
  }

  /**
   * Creates a politician with a random id.
   *
   * @param fullName the display name, not blank, at most 200 characters
   * @param chamber the chamber
   * @param naturalKey the de-duplication key, not blank, at most 300 characters
   * @param createdAt when the row was created
   * @throws IllegalArgumentException if a text is blank or too long
   */
  public Politician(String fullName, Chamber chamber, String naturalKey, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.fullName = Columns.text(fullName, 200, "fullName");
    this.chamber = ArgChecker.notNull(chamber, "chamber");
    this.naturalKey = Columns.text(naturalKey, 300, "naturalKey");
    this.createdAt = ArgChecker.notNull(createdAt, "createdAt");
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return the display name */
  public String getFullName() {
    return fullName;
  }

  /** @return the chamber */
  public Chamber getChamber() {
    return chamber;
  }

  /** @return the two-letter state code, if known */
  public Optional<String> getState() {
    return Optional.ofNullable(state);
  }

  /**
   * Sets the state.
   *
   * @param state a two-letter code such as "NC" (upper-cased), or null if unknown
   * @throws IllegalArgumentException if not two letters
   */
  public void setState(String state) {
    if (state != null) {
      ArgChecker.isTrue(state.length() == 2 && Character.isLetter(state.charAt(0))
          && Character.isLetter(state.charAt(1)), "state must be a two-letter code but was '%s'", state);
    }
    this.state = state == null ? null : state.toUpperCase(Locale.ROOT);
  }

  /** @return the House district such as "NC05", if any */
  public Optional<String> getDistrict() {
    return Optional.ofNullable(district);
  }

  /**
   * Sets the district.
   *
   * @param district the district, at most 10 characters, or null
   */
  public void setDistrict(String district) {
    this.district = Columns.optionalText(district, 10, "district");
  }

  /** @return the Congress bioguide id, where known */
  public Optional<String> getBioguideId() {
    return Optional.ofNullable(bioguideId);
  }

  /**
   * Sets the bioguide id.
   *
   * @param bioguideId the id such as "F000450", at most 16 characters, or null
   */
  public void setBioguideId(String bioguideId) {
    this.bioguideId = Columns.optionalText(bioguideId, 16, "bioguideId");
  }

  /** @return the de-duplication key */
  public String getNaturalKey() {
    return naturalKey;
  }

  /** @return when the row was created */
  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Politician that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Politician[" + id + ", " + fullName + ", " + chamber + "]";
  }
}
