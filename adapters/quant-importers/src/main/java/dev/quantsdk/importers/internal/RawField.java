package dev.quantsdk.importers.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a raw disclosure row and the names (aliases) the known scrapes use for them.
 *
 * <p>Names match case-insensitively after trimming. Immutable and thread-safe.
 */
public enum RawField {
  /** The member's full name. */
  POLITICIAN("representative", "senator", "name", "politician"),
  /** The member's first name (Senate filings); joined with {@link #LAST_NAME}. */
  FIRST_NAME("first_name"),
  /** The member's last name (Senate filings). */
  LAST_NAME("last_name"),
  /** The Bioguide id. */
  BIOGUIDE("bioguide", "bioguide_id"),
  /** The House district code. */
  DISTRICT("district"),
  /** The trade date. */
  TRANSACTION_DATE("transaction_date"),
  /** The filing or receipt date ({@code date_recieved} is the Senate scrape's spelling). */
  DISCLOSURE_DATE("disclosure_date", "date_recieved", "date_received"),
  /** The owner. */
  OWNER("owner"),
  /** The ticker. */
  TICKER("ticker"),
  /** The asset description. */
  ASSET_DESCRIPTION("asset_description"),
  /** The asset type. */
  ASSET_TYPE("asset_type"),
  /** The transaction type. */
  TYPE("type", "transaction_type"),
  /** The amount band. */
  AMOUNT("amount"),
  /** The comment. */
  COMMENT("comment"),
  /** The link to the filing. */
  LINK("ptr_link", "source_url"),
  /** The filing id. */
  FILING_ID("filing_id");

  private static final Map<String, RawField> BY_NAME = new HashMap<>();

  static {
    for (RawField field : values()) {
      for (String alias : field.aliases) {
        BY_NAME.put(alias, field);
      }
    }
  }

  private final String[] aliases;

  RawField(String... aliases) {
    this.aliases = aliases;
  }

  /**
   * Finds the field a column or JSON key name stands for.
   *
   * @param name the name as written in the file
   * @return the field, empty for names the importer does not use (such as {@code disclosure_year})
   */
  public static Optional<RawField> lookup(String name) {
    return Optional.ofNullable(BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /**
   * The first (canonical) name of the field.
   *
   * @return the name, such as {@code ptr_link}
   */
  public String canonicalName() {
    return aliases[0];
  }
}
