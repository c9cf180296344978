package dev.quantsdk.model.discovery;

import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.TradeType;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One disclosed transaction of a politician: table {@code trades}, owned and written by the host
 * app (role {@code quant_app}, usually through the importers' JDBC batches); discovery workers only
 * read it.
 *
 * <p>Amounts are the disclosed band in whole US dollars (maximum absent for open-ended bands).
 * The disclosure lag is in calendar days from the transaction to the disclosure. {@code naturalKey}
 * de-duplicates re-imports (see docs/schema.md). Mutable and not thread-safe (a JPA entity);
 * equality is by id.
 */
@Entity
@Table(name = "trades")
public class Trade {

  /** The STOCK Act deadline in days after which a disclosure is a late filing. */
  public static final int LATE_FILING_DAYS = 45;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "politician_id", nullable = false)
  private Politician politician;

  @Column(name = "transaction_date", nullable = false)
  private LocalDate transactionDate;

  @Column(name = "disclosure_date")
  private LocalDate disclosureDate;

  @Column(name = "disclosure_lag_days")
  private Integer disclosureLagDays;

  @Column(name = "late_filing", nullable = false)
  private boolean lateFiling;

  @Column(name = "traded_after_disclosure", nullable = false)
  private boolean tradedAfterDisclosure;

  @Column(name = "owner", length = 40)
  private String owner;

  @Column(name = "ticker", length = 20)
  private String ticker;

  @Column(name = "asset_description", length = 8000)
  private String assetDescription;

  @Column(name = "asset_type", length = 100)
  private String assetType;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "trade_type", nullable = false, length = 20)
  private TradeType tradeType;

  @Column(name = "amount_min_usd")
  private Long amountMinUsd;

  @Column(name = "amount_max_usd")
  private Long amountMaxUsd;

  @Column(name = "amount_raw", length = 200)
  private String amountRaw;

  @Column(name = "amount_note", length = 300)
  private String amountNote;

  @Column(name = "source", nullable = false, length = 40)
  private String source;

  @Column(name = "source_link", length = 1000)
  private String sourceLink;

  @Column(name = "filing_id", length = 100)
  private String filingId;

  @Column(name = "comment", length = 8000)
  private String comment;

  @Column(name = "natural_key", nullable = false, length = 80, unique = true)
  private String naturalKey;

  @Column(name = "imported_at", nullable = false, updatable = false)
  private Instant importedAt;

  /** For JPA only. */
  protected Trade() {
  }

  /**
   * Creates a trade with a random id and no disclosure date, amount or optional texts.
   *
   * @param politician who traded
   * @param transactionDate the date of the transaction
   * @param tradeType the kind of transaction
   * @param source where the row came from, such as "house" or "senate", at most 40 characters
   * @param naturalKey the de-duplication key, at most 80 characters
   * @param importedAt when the row was imported
   * @throws IllegalArgumentException if a text is blank or too long
   */
  public Trade(Politician politician, LocalDate transactionDate, TradeType tradeType, String source,
      String naturalKey, Instant importedAt) {
    this.id = UUID.randomUUID();
    this.politician = ArgChecker.notNull(politician, "politician");
    this.transactionDate = ArgChecker.notNull(transactionDate, "transactionDate");
    this.tradeType = ArgChecker.notNull(tradeType, "tradeType");
    this.source = Columns.text(source, 40, "source");
    this.naturalKey = Columns.text(naturalKey, 80, "naturalKey");
    this.importedAt = ArgChecker.notNull(importedAt, "importedAt");
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return who traded (lazily loaded) */
  public Politician getPolitician() {
    return politician;
  }

  /** @return the transaction date */
  public LocalDate getTransactionDate() {
    return transactionDate;
  }

  /** @return the disclosure date, if known */
  public Optional<LocalDate> getDisclosureDate() {
    return Optional.ofNullable(disclosureDate);
  }

  /**
   * Sets the disclosure date and derives the lag in days, the late-filing flag (lag above
   * {@value #LATE_FILING_DAYS} days) and the traded-after-disclosure flag (negative lag).
   *
   * @param disclosureDate the disclosure date, or null if unknown
   */
  public void setDisclosureDate(LocalDate disclosureDate) {
    this.disclosureDate = disclosureDate;
    if (disclosureDate == null) {
      this.disclosureLagDays = null;
      this.lateFiling = false;
      this.tradedAfterDisclosure = false;
    } else {
      long lag = ChronoUnit.DAYS.between(transactionDate, disclosureDate);
      ArgChecker.isTrue(Math.abs(lag) <= Integer.MAX_VALUE, "disclosure lag %d days is out of range", lag);
      this.disclosureLagDays = (int) lag;
      this.lateFiling = lag > LATE_FILING_DAYS;
      this.tradedAfterDisclosure = lag < 0;
    }
  }

  /** @return calendar days from transaction to disclosure (negative if traded after), if disclosed */
  public OptionalInt getDisclosureLagDays() {
    return disclosureLagDays == null ? OptionalInt.empty() : OptionalInt.of(disclosureLagDays);
  }

  /** @return whether the disclosure came more than 45 days after the transaction */
  public boolean isLateFiling() {
    return lateFiling;
  }

  /** @return whether the transaction date is after the disclosure date (a data quirk) */
  public boolean isTradedAfterDisclosure() {
    return tradedAfterDisclosure;
  }

  /** @return the owner such as "SELF", "SPOUSE", "JOINT", "DEPENDENT", if given */
  public Optional<String> getOwner() {
    return Optional.ofNullable(owner);
  }

  /**
   * Sets the owner.
   *
   * @param owner the owner, at most 40 characters, or null
   */
  public void setOwner(String owner) {
    this.owner = Columns.optionalText(owner, 40, "owner");
  }

  /** @return the ticker, absent for assets without one */
  public Optional<String> getTicker() {
    return Optional.ofNullable(ticker);
  }

  /**
   * Sets the ticker.
   *
   * @param ticker the ticker, at most 20 characters, or null
   */
  public void setTicker(String ticker) {
    this.ticker = Columns.optionalText(ticker, 20, "ticker");
  }

  /** @return the asset description as disclosed, if any */
  public Optional<String> getAssetDescription() {
    return Optional.ofNullable(assetDescription);
  }

  /**
   * Sets the asset description.
   *
   * @param assetDescription the description, at most 8000 characters, or null
   */
  public void setAssetDescription(String assetDescription) {
    this.assetDescription = Columns.optionalText(assetDescription, 8000, "assetDescription");
  }

  /** @return the asset type such as "Stock", if given */
  public Optional<String> getAssetType() {
    return Optional.ofNullable(assetType);
  }

  /**
   * Sets the asset type.
   *
   * @param assetType the asset type, at most 100 characters, or null
   */
  public void setAssetType(String assetType) {
    this.assetType = Columns.optionalText(assetType, 100, "assetType");
  }

  /** @return the kind of transaction */
  public TradeType getTradeType() {
    return tradeType;
  }

  /** @return the amount band in USD, absent if the amount was unknown */
  public Optional<AmountBand> getAmountBand() {
    if (amountMinUsd == null) {
      return Optional.empty();
    }
    return Optional.of(new AmountBand(amountMinUsd,
        amountMaxUsd == null ? OptionalLong.empty() : OptionalLong.of(amountMaxUsd)));
  }

  /**
   * Sets the amount band.
   *
   * @param band the band, or null if unknown
   * @param raw the amount text as disclosed, at most 200 characters, or null
   */
  public void setAmount(AmountBand band, String raw) {
    this.amountMinUsd = band == null ? null : band.minUsd();
    this.amountMaxUsd = band == null || band.maxUsd().isEmpty() ? null : band.maxUsd().getAsLong();
    this.amountRaw = Columns.optionalText(raw, 200, "amountRaw");
  }

  /** @return the amount text as disclosed, if any */
  public Optional<String> getAmountRaw() {
    return Optional.ofNullable(amountRaw);
  }

  /** @return a note on how the amount was interpreted (truncated band etc.), if any */
  public Optional<String> getAmountNote() {
    return Optional.ofNullable(amountNote);
  }

  /**
   * Sets the amount note.
   *
   * @param amountNote the note, at most 300 characters, or null
   */
  public void setAmountNote(String amountNote) {
    this.amountNote = Columns.optionalText(amountNote, 300, "amountNote");
  }

  /** @return where the row came from */
  public String getSource() {
    return source;
  }

  /** @return the link to the filing, if any */
  public Optional<String> getSourceLink() {
    return Optional.ofNullable(sourceLink);
  }

  /**
   * Sets the link to the filing.
   *
   * @param sourceLink the link, at most 1000 characters, or null
   */
  public void setSourceLink(String sourceLink) {
    this.sourceLink = Columns.optionalText(sourceLink, 1000, "sourceLink");
  }

  /** @return the filing id, if any */
  public Optional<String> getFilingId() {
    return Optional.ofNullable(filingId);
  }

  /**
   * Sets the filing id.
   *
   * @param filingId the id, at most 100 characters, or null
   */
  public void setFilingId(String filingId) {
    this.filingId = Columns.optionalText(filingId, 100, "filingId");
  }

  /** @return the filer's comment, if any */
  public Optional<String> getComment() {
    return Optional.ofNullable(comment);
  }

  /**
   * Sets the comment.
   *
   * @param comment the comment, at most 8000 characters, or null
   */
  public void setComment(String comment) {
    this.comment = Columns.optionalText(comment, 8000, "comment");
  }

  /** @return the de-duplication key */
  public String getNaturalKey() {
    return naturalKey;
  }

  /** @return when the row was imported */
  public Instant getImportedAt() {
    return importedAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Trade that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Trade[" + id + ", " + transactionDate + ", " + tradeType + ", " + ticker + "]";
  }
}
