package dev.quantsdk.importers;

import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.TradeType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A validated trade ready to be written to the {@code trades} table.
 *
 * <p>Its natural key is {@code contentHash + "-" + occurrence}: the hash covers the normalised
 * content (source, politician key, transaction and disclosure dates, owner, ticker, asset
 * description, type, raw amount, link), and the occurrence numbers identical rows of one file
 * (1, 2, ...), so genuinely repeated lines are all kept while re-importing the file yields the same
 * keys. Immutable and thread-safe.
 *
 * @param row the 1-based row number in the file
 * @param source the source name ({@code house-stock-watcher}, {@code senate-stock-watcher})
 * @param politician who filed
 * @param transactionDate the trade date
 * @param disclosureDate the filing date, absent when the format has none
 * @param disclosureLagDays days from trade to disclosure (negative when traded after disclosure),
 *     absent without a disclosure date
 * @param lateFiling whether the lag exceeds the STOCK Act's 45 days
 * @param tradedAfterDisclosure whether the trade date is after the disclosure date
 * @param owner the owner in upper case ({@code SELF}, {@code SPOUSE}, {@code JOINT},
 *     {@code DEPENDENT}, {@code CHILD}), absent when not given
 * @param ticker the ticker, absent for {@code --} or blank
 * @param assetDescription the asset description, trimmed
 * @param assetType the asset type, when given
 * @param type the transaction type
 * @param amount the amount band, raw text and note
 * @param link the link to the filing, when given
 * @param filingId the filing id, when given
 * @param comment the filer's comment, absent for {@code --} or blank
 * @param contentHash the hex SHA-256 of the normalised content (64 characters)
 * @param occurrence which identical row of the file this is, from 1
 */
public record NormalizedTrade(
    long row,
    String source,
    PoliticianIdentity politician,
    LocalDate transactionDate,
    Optional<LocalDate> disclosureDate,
    OptionalInt disclosureLagDays,
    boolean lateFiling,
    boolean tradedAfterDisclosure,
    Optional<String> owner,
    Optional<String> ticker,
    Optional<String> assetDescription,
    Optional<String> assetType,
    TradeType type,
    ParsedAmount amount,
    Optional<String> link,
    Optional<String> filingId,
    Optional<String> comment,
    String contentHash,
    int occurrence) implements TradeNormalizer.Outcome {

  /** The STOCK Act's filing limit in days: a longer lag is a late filing. */
  public static final int STOCK_ACT_LIMIT_DAYS = 45;

  /**
   * Validates the trade.
   *
   * @throws IllegalArgumentException if the row or occurrence is not positive, the hash is not 64
   *     characters, or the late flag disagrees with the lag
   */
  public NormalizedTrade {
    ArgChecker.isTrue(row > 0, "row must be >= 1 but was %d", row);
    ArgChecker.notBlank(source, "source");
    ArgChecker.notNull(politician, "politician");
    ArgChecker.notNull(transactionDate, "transactionDate");
    ArgChecker.notNull(disclosureDate, "disclosureDate");
    ArgChecker.notNull(disclosureLagDays, "disclosureLagDays");
    ArgChecker.notNull(owner, "owner");
    ArgChecker.notNull(ticker, "ticker");
    ArgChecker.notNull(assetDescription, "assetDescription");
    ArgChecker.notNull(assetType, "assetType");
    ArgChecker.notNull(type, "type");
    ArgChecker.notNull(amount, "amount");
    ArgChecker.notNull(link, "link");
    ArgChecker.notNull(filingId, "filingId");
    ArgChecker.notNull(comment, "comment");
    ArgChecker.isTrue(contentHash.length() == 64, "contentHash must be 64 hex characters: '%s'",
        contentHash);
    ArgChecker.positive(occurrence, "occurrence");
    ArgChecker.isTrue(lateFiling == (disclosureLagDays.isPresent()
        && disclosureLagDays.getAsInt() > STOCK_ACT_LIMIT_DAYS),
        "lateFiling %s disagrees with the lag %s", lateFiling, disclosureLagDays);
  }

  /**
   * The value of {@code trades.natural_key}.
   *
   * @return {@code contentHash-occurrence}, at most 80 characters
   */
  public String naturalKey() {
    return contentHash + "-" + occurrence;
  }

  /**
   * This trade as the given occurrence of identical rows.
   *
   * @param number the occurrence, from 1
   * @return the trade with that occurrence
   */
  public NormalizedTrade withOccurrence(int number) {
    return number == occurrence ? this : new NormalizedTrade(row, source, politician,
        transactionDate, disclosureDate, disclosureLagDays, lateFiling, tradedAfterDisclosure, owner,
        ticker, assetDescription, assetType, type, amount, link, filingId, comment, contentHash,
        number);
  }
}
