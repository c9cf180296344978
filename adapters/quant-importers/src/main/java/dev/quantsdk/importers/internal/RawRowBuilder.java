package dev.quantsdk.importers.internal;

import dev.quantsdk.importers.DisclosureFormat;
import dev.quantsdk.importers.RawDisclosure;
import java.util.Arrays;

/**
 * Collects the field values of one row and builds the {@link RawDisclosure}.
 *
 * <p>Mutable and not thread-safe; reused row after row by one parser.
 */
public final class RawRowBuilder {

  private static final int FIELDS = RawField.values().length;

  private final DisclosureFormat format;
  private final String[] values = new String[FIELDS];
  private final String[] inherited = new String[FIELDS];

  /**
   * Creates a builder for rows of one format.
   *
   * @param format the format
   */
  public RawRowBuilder(DisclosureFormat format) {
    this.format = format;
    Arrays.fill(inherited, "");
    Arrays.fill(values, "");
  }

  /**
   * Sets a field of the current row; the first value wins when two aliases of a field are present.
   *
   * @param field the field
   * @param value the value as given
   * @return this builder
   */
  public RawRowBuilder set(RawField field, String value) {
    if (values[field.ordinal()].isEmpty()) {
      values[field.ordinal()] = value;
    }
    return this;
  }

  /**
   * Sets a field shared by every row of the current filing (Senate filing objects).
   *
   * @param field the field
   * @param value the value as given
   */
  public void setInherited(RawField field, String value) {
    if (inherited[field.ordinal()].isEmpty()) {
      inherited[field.ordinal()] = value;
    }
  }

  /** Forgets the fields of the current filing. */
  public void clearInherited() {
    Arrays.fill(inherited, "");
  }

  /**
   * Builds the row from the fields set since the last build, then clears them.
   *
   * @param row the 1-based row number
   * @param location where the row is in the file
   * @return the raw row
   */
  public RawDisclosure build(long row, String location) {
    return build(row, location, "");
  }

  /**
   * Builds a row that carries a structural defect (it will be rejected), then clears the fields.
   *
   * @param row the 1-based row number
   * @param location where the row is in the file
   * @param defect the problem, empty when none
   * @return the raw row
   */
  public RawDisclosure build(long row, String location, String defect) {
    String politician = get(RawField.POLITICIAN);
    if (politician.isEmpty()) {
      politician = (get(RawField.FIRST_NAME).trim() + " " + get(RawField.LAST_NAME).trim()).trim();
    }
    RawDisclosure raw = new RawDisclosure(row, location, format,
        politician,
        get(RawField.BIOGUIDE),
        get(RawField.DISTRICT),
        get(RawField.TRANSACTION_DATE),
        get(RawField.DISCLOSURE_DATE),
        get(RawField.OWNER),
        get(RawField.TICKER),
        get(RawField.ASSET_DESCRIPTION),
        get(RawField.ASSET_TYPE),
        get(RawField.TYPE),
        get(RawField.AMOUNT),
        get(RawField.COMMENT),
        get(RawField.LINK),
        get(RawField.FILING_ID),
        defect);
    Arrays.fill(values, "");
    return raw;
  }

  /**
   * Builds a transaction row of a filing: fields this builder lacks come from the filing's shared
   * fields held by {@code filing}.
   *
   * @param filing the builder holding the filing's shared fields
   * @param row the 1-based row number
   * @param location where the row is in the file
   * @param defect the problem, empty when none
   * @return the raw row
   */
  public RawDisclosure buildWith(RawRowBuilder filing, long row, String location, String defect) {
    System.arraycopy(filing.inherited, 0, inherited, 0, FIELDS);
    return build(row, location, defect);
  }

  private String get(RawField field) {
    String value = values[field.ordinal()];
    return value.isEmpty() ? inherited[field.ordinal()] : value;
  }
}
