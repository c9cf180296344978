package dev.quantsdk.importers;

import dev.quantsdk.model.ArgChecker;

/**
 * One disclosed trade exactly as a file states it, before validation.
 *
 * <p>Every text field holds the value as given (not trimmed); a field the row does not carry is the
 * empty string, so a raw row never holds {@code null}. Immutable and thread-safe.
 *
 * @param row the 1-based number of the trade among the file's trades (header line and filing
 *     objects not counted)
 * @param location where to find the row in the file, such as {@code "line 2413"} or
 *     {@code "filing 5, transaction 2"}
 * @param format the file's format
 * @param politician the member's full name as given ({@code "Hon. Virginia Foxx"}, or Senate first
 *     and last name joined by a space)
 * @param bioguideId the member's Bioguide id, when the file carries it
 * @param district the House district code ({@code "NC05"}), when given
 * @param transactionDate the trade date text (ISO or MM/DD/YYYY)
 * @param disclosureDate the date the report was filed or received (ISO or MM/DD/YYYY), empty when
 *     the format has none
 * @param owner the owner (self, spouse, joint, dependent, child)
 * @param ticker the ticker, {@code "--"} or empty when the asset has none
 * @param assetDescription the asset's description
 * @param assetType the asset type, when given
 * @param type the transaction type text ({@code purchase}, {@code Sale (Partial)}, ...)
 * @param amount the amount band text ({@code "$1,001 - $15,000"})
 * @param comment the filer's comment, when given
 * @param link the link to the filing ({@code ptr_link} or {@code source_url})
 * @param filingId the filing id, when given
 * @param defect a structural problem found while reading the row (such as a CSV record with the
 *     wrong number of fields), empty when none; a row with a defect is rejected
 */
public record RawDisclosure(
    long row,
    String location,
    DisclosureFormat format,
    String politician,
    String bioguideId,
    String district,
    String transactionDate,
    String disclosureDate,
    String owner,
    String ticker,
    String assetDescription,
    String assetType,
    String type,
    String amount,
    String comment,
    String link,
    String filingId,
    String defect) {

  /**
   * Validates the row.
   *
   * @throws IllegalArgumentException if the row number is not positive
   * @throws NullPointerException if any field is null (absent fields are empty strings)
   */
  public RawDisclosure {
    ArgChecker.isTrue(row > 0, "row must be >= 1 but was %d", row);
    ArgChecker.notNull(location, "location");
    ArgChecker.notNull(format, "format");
    ArgChecker.notNull(politician, "politician");
    ArgChecker.notNull(bioguideId, "bioguideId");
    ArgChecker.notNull(district, "district");
    ArgChecker.notNull(transactionDate, "transactionDate");
    ArgChecker.notNull(disclosureDate, "disclosureDate");
    ArgChecker.notNull(owner, "owner");
    ArgChecker.notNull(ticker, "ticker");
    ArgChecker.notNull(assetDescription, "assetDescription");
    ArgChecker.notNull(assetType, "assetType");
    ArgChecker.notNull(type, "type");
    ArgChecker.notNull(amount, "amount");
    ArgChecker.notNull(comment, "comment");
    ArgChecker.notNull(link, "link");
    ArgChecker.notNull(filingId, "filingId");
    ArgChecker.notNull(defect, "defect");
  }
}
