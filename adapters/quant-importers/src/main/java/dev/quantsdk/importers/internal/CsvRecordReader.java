package dev.quantsdk.importers.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A streaming RFC 4180 CSV tokeniser: comma separated, fields optionally in double quotes, a
 * doubled quote inside quotes is one quote, quoted fields may hold line breaks; LF and CRLF line
 * ends; a leading byte-order mark is skipped.
 *
 * <p>Mutable and not thread-safe. It does not close the reader.
 */
public final class CsvRecordReader {

  private static final int BUFFER = 1 << 16;

  private final Reader reader;
  private final char[] buffer = new char[BUFFER];
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;
  private boolean started;
  private final StringBuilder field = new StringBuilder(64);

  /**
   * Creates a tokeniser.
   *
   * @param reader the text to read
   */
  public CsvRecordReader(Reader reader) {
    this.reader = reader;
  }

  /**
   * Reads the next record.
   *
   * @return the fields of the record, empty at the end of the input (blank lines are skipped)
   * @throws UncheckedIOException if reading fails
   * @throws IllegalArgumentException if a quoted field is not closed before the end of the input
   */
  public Optional<String[]> next() {
    if (!started) {
      started = true;
      if (fill() && buffer[position] == '\uFEFF') {
        position++;
      }
    }
    // skip blank lines between records
    while (fill() && (buffer[position] == '\n' || buffer[position] == '\r')) {
      if (buffer[position] == '\n') {
        line++;
      }
      position++;
    }
    if (!fill()) {
      return Optional.empty();
    }
    recordLine = line;
    List<String> fields = new ArrayList<>(16);
    field.setLength(0);
    boolean quoted = false;
    boolean inQuotes = false;
    while (fill()) {
      char c = buffer[position++];
      if (inQuotes) {
        if (c == '"') {
          if (fill() && buffer[position] == '"') {
            field.append('"');
            position++;
          } else {
            inQuotes = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0 && !quoted) {
        inQuotes = true;
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        quoted = false;
      } else if (c == '\n') {
        line++;
        fields.add(field.toString());
        return Optional.of(fields.toArray(new String[0]));
      } else if (c == '\r') {
        if (fill() && buffer[position] == '\n') {
          position++;
        }
        line++;
        fields.add(field.toString());
        return Optional.of(fields.toArray(new String[0]));
      } else {
        field.append(c);
      }
    }
    if (inQuotes) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "CSV record starting at line %d has a quoted field that is never closed", recordLine));
    }
    fields.add(field.toString());
    return Optional.of(fields.toArray(new String[0]));
  }

  /**
   * The 1-based line on which the last record returned by {@link #next()} starts.
   *
   * @return the line number
   */
  public long recordLine() {
    return recordLine;
  }

  private boolean fill() {
    if (position < limit) {
      return true;
    }
    try {
      int read;
      do {
        read = reader.read(buffer, 0, BUFFER);
      } while (read == 0);
      if (read < 0) {
        position = 0;
        limit = 0;
        return false;
      }
      position = 0;
      limit = read;
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UncheckedIOException("the file is not valid UTF-8 after line " + line
          + "; convert it to UTF-8 and import it again", e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading CSV failed near line " + line + ": " + e.getMessage(), e);
    }
  }
}
