package dev.quantsdk.importers.internal;

import dev.quantsdk.importers.DisclosureFormat;
import dev.quantsdk.importers.DisclosureReader;
import dev.quantsdk.importers.RawDisclosure;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads House Stock Watcher CSV: a header line, then one trade per record; columns are mapped by
 * name through {@link RawField}'s aliases, unknown columns are ignored.
 *
 * <p>Mutable and not thread-safe.
 */
final class CsvDisclosureReader implements DisclosureReader {

  private final Reader text;
  private final CsvRecordReader csv;
  private final RawField[] columns;
  private final RawRowBuilder builder = new RawRowBuilder(DisclosureFormat.HOUSE_CSV);
  private RawDisclosure pending;
  private long rows;

  CsvDisclosureReader(Reader text, String name) {
    this.text = text;
    this.csv = new CsvRecordReader(text);
    String[] header = csv.next().orElseThrow(
        () -> new IllegalArgumentException(name + ": the file is empty"));
    columns = new RawField[header.length];
    Set<RawField> present = EnumSet.noneOf(RawField.class);
    for (int i = 0; i < header.length; i++) {
      Optional<RawField> field = RawField.lookup(header[i]);
      if (field.isPresent()) {
        columns[i] = field.get();
        present.add(field.get());
      }
    }
    List<String> missing = new ArrayList<>();
    for (RawField required : List.of(RawField.TRANSACTION_DATE, RawField.TYPE, RawField.AMOUNT)) {
      if (!present.contains(required)) {
        missing.add(required.canonicalName());
      }
    }
    if (!present.contains(RawField.POLITICIAN)
        && !(present.contains(RawField.FIRST_NAME) && present.contains(RawField.LAST_NAME))) {
      missing.add("representative");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: not a known disclosure format: the first line %s lacks the column(s) %s; expected"
              + " House Stock Watcher CSV (or a JSON array of rows or filings)",
          name, Arrays.toString(header), missing));
    }
  }

  @Override
  public DisclosureFormat format() {
    return DisclosureFormat.HOUSE_CSV;
  }

  @Override
  public long filingsRead() {
    return 0;
  }

  @Override
  public boolean hasNext() {
    if (pending == null) {
      Optional<String[]> record = csv.next();
      if (record.isEmpty()) {
        return false;
      }
      String[] fields = record.get();
      int usable = Math.min(fields.length, columns.length);
      for (int i = 0; i < usable; i++) {
        if (columns[i] != null) {
          builder.set(columns[i], fields[i]);
        }
      }
      rows++;
      String defect = fields.length == columns.length ? "" : String.format(Locale.ROOT,
          "the record has %d fields but the header has %d", fields.length, columns.length);
      pending = builder.build(rows, "line " + csv.recordLine(), defect);
    }
    return true;
  }

  @Override
  public RawDisclosure next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    RawDisclosure row = pending;
    pending = null;
    return row;
  }

  @Override
  public void close() {
    try {
      text.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
