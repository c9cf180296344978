package dev.quantsdk.importers;

import dev.quantsdk.model.Chamber;

/**
 * The file layouts the importer reads, detected from content by {@link DisclosureReader#open}.
 *
 * <p>Immutable and thread-safe.
 */
public enum DisclosureFormat {
  /** House Stock Watcher rows as CSV with a header line (old and newer scrapes). */
  HOUSE_CSV(Chamber.HOUSE, "house-stock-watcher"),
  /** House Stock Watcher rows as a JSON array of flat objects with the CSV's field names. */
  HOUSE_JSON(Chamber.HOUSE, "house-stock-watcher"),
  /** Senate Stock Watcher per-filing daily summaries: a JSON array of filings holding {@code transactions}. */
  SENATE_FILINGS_JSON(Chamber.SENATE, "senate-stock-watcher"),
  /** Senate Stock Watcher {@code all_transactions.json}: a JSON array of flat rows naming the {@code senator}. */
  SENATE_FLAT_JSON(Chamber.SENATE, "senate-stock-watcher");

  private final Chamber chamber;
  private final String source;

  DisclosureFormat(Chamber chamber, String source) {
    this.chamber = chamber;
    this.source = source;
  }

  /**
   * The chamber whose members file this kind of report.
   *
   * @return the chamber
   */
  public Chamber chamber() {
    return chamber;
  }

  /**
   * The value written to {@code trades.source} for rows of this format.
   *
   * @return the source name, such as {@code house-stock-watcher}
   */
  public String source() {
    return source;
  }

  /**
   * Whether the format groups trades by filing object.
   *
   * @return true for {@link #SENATE_FILINGS_JSON}
   */
  public boolean isPerFiling() {
    return this == SENATE_FILINGS_JSON;
  }
}
