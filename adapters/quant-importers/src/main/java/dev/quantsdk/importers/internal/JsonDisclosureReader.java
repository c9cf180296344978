package dev.quantsdk.importers.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.quantsdk.importers.DisclosureFormat;
import dev.quantsdk.importers.DisclosureReader;
import dev.quantsdk.importers.RawDisclosure;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a JSON array of flat trade rows, or of Senate filings each holding a {@code transactions}
 * array, with Jackson's streaming parser. A filing's rows are buffered until the filing object ends,
 * because its identity fields (such as {@code bioguide}) may follow the transactions.
 *
 * <p>Mutable and not thread-safe.
 */
final class JsonDisclosureReader implements DisclosureReader {

  private final String name;
  private final DisclosureFormat format;
  private final JsonParser parser;
  private final RawRowBuilder builder;
  private final ArrayDeque<RawDisclosure> pending = new ArrayDeque<>();
  private long rows;
  private long elements;
  private boolean finished;

  JsonDisclosureReader(Reader text, String name, DisclosureFormat format) {
    this.name = name;
    this.format = format;
    this.builder = new RawRowBuilder(format);
    try {
      this.parser = FormatDetector.JSON.createParser(text);
      parser.nextToken(); // START_ARRAY, checked by the detector
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public DisclosureFormat format() {
    return format;
  }

  @Override
  public long filingsRead() {
    return format.isPerFiling() ? elements : 0;
  }

  @Override
  public boolean hasNext() {
    try {
      while (pending.isEmpty() && !finished) {
        readElement();
      }
    } catch (IOException e) {
      throw failure(e);
    }
    return !pending.isEmpty();
  }

  @Override
  public RawDisclosure next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    return pending.poll();
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readElement() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY || token == null) {
      finished = true;
      return;
    }
    elements++;
    int line = parser.currentLocation().getLineNr();
    String where = String.format(Locale.ROOT, "%s %d (line %d)",
        format.isPerFiling() ? "filing" : "element", elements, line);
    if (token != JsonToken.START_OBJECT) {
      parser.skipChildren();
      rows++;
      pending.add(builder.build(rows, where,
          "the array element is " + describe(token) + ", not an object"));
      return;
    }
    if (format.isPerFiling()) {
      readFiling(where);
    } else {
      readFields(builder);
      rows++;
      pending.add(builder.build(rows, where));
    }
  }

  private void readFiling(String where) throws IOException {
    builder.clearInherited();
    List<RawRowBuilder> transactions = new ArrayList<>();
    List<String> defects = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      if (key.trim().equalsIgnoreCase("transactions") && value == JsonToken.START_ARRAY) {
        JsonToken element;
        while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
          RawRowBuilder transaction = new RawRowBuilder(format);
          if (element == JsonToken.START_OBJECT) {
            readFields(transaction);
            defects.add("");
          } else {
            parser.skipChildren();
            defects.add("the transaction is " + describe(element) + ", not an object");
          }
          transactions.add(transaction);
        }
      } else {
        Optional<RawField> field = RawField.lookup(key);
        if (value.isScalarValue()) {
          if (field.isPresent()) {
            builder.setInherited(field.get(), text(value));
          }
        } else {
          parser.skipChildren();
        }
      }
    }
    for (int i = 0; i < transactions.size(); i++) {
      RawRowBuilder transaction = transactions.get(i);
      rows++;
      pending.add(transaction.buildWith(builder, rows, where + ", transaction " + (i + 1),
          defects.get(i)));
    }
  }

  private void readFields(RawRowBuilder target) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      Optional<RawField> field = RawField.lookup(parser.currentName());
      JsonToken value = parser.nextToken();
      if (value.isScalarValue()) {
        if (field.isPresent()) {
          target.set(field.get(), text(value));
        }
      } else {
        parser.skipChildren();
      }
    }
  }

  private String text(JsonToken value) throws IOException {
    return value == JsonToken.VALUE_NULL ? "" : parser.getText();
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  private IllegalArgumentException failure(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
      return new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: not valid JSON after %d rows, at line %d: %s", name, rows,
          parser == null ? 0 : parser.currentLocation().getLineNr(),
          FormatDetector.originalMessage(e)), e);
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      throw new UncheckedIOException(name + " is not valid UTF-8 after " + rows
          + " rows; convert it to UTF-8 and import it again", e);
    }
    throw new UncheckedIOException("reading " + name + " failed after " + rows + " rows: "
        + e.getMessage(), e);
  }
}
