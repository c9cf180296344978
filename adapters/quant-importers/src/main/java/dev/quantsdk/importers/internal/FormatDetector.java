package dev.quantsdk.importers.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.quantsdk.importers.DisclosureFormat;
import dev.quantsdk.importers.DisclosureReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Detects a disclosure file's format from its first characters and opens the matching reader.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormatDetector {

  /** How many characters are examined: the first JSON object must fit. */
  static final int PEEK_CHARS = 1 << 18;

  static final JsonFactory JSON = JsonFactory.builder().build();

  private FormatDetector() {
  }

  /**
   * Detects the format and opens a reader positioned at the start of the content.
   *
   * @param text the content, which must support mark/reset
   * @param name the file name for messages
   * @return the reader
   * @throws IllegalArgumentException if the format is unknown
   */
  public static DisclosureReader open(BufferedReader text, String name) {
    char[] peek = new char[PEEK_CHARS];
    int length = 0;
    try {
      text.mark(PEEK_CHARS + 1);
      int read;
      while (length < PEEK_CHARS && (read = text.read(peek, length, PEEK_CHARS - length)) > 0) {
        length += read;
      }
      text.reset();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UncheckedIOException(String.format(Locale.ROOT, "%s is not valid UTF-8 within its"
          + " first %d characters; convert it to UTF-8 and import it again", name, PEEK_CHARS), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    int first = 0;
    while (first < length && (Character.isWhitespace(peek[first]) || peek[first] == '\uFEFF')) {
      first++;
    }
    if (first == length) {
      throw new IllegalArgumentException(name + ": the file is empty; expected House Stock Watcher CSV"
          + " or a Senate/House Stock Watcher JSON array");
    }
    char c = peek[first];
    if (c == '{') {
      throw new IllegalArgumentException(name + ": the file is a single JSON object; expected a JSON"
          + " array of trade rows or of filings with 'transactions'");
    }
    if (c == '[') {
      return new JsonDisclosureReader(text, name, detectJson(peek, length, name));
    }
    return new CsvDisclosureReader(text, name);
  }

  private static DisclosureFormat detectJson(char[] peek, int length, String name) {
    try (JsonParser parser = JSON.createParser(peek, 0, length)) {
      parser.nextToken(); // the array
      JsonToken element = parser.nextToken();
      if (element == JsonToken.END_ARRAY) {
        throw new IllegalArgumentException(name + ": the JSON array is empty, so there is nothing to"
            + " import and no format to detect");
      }
      if (element != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: the JSON array's first element is %s, expected an object (a trade row or a filing)",
            name, element));
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName().trim().toLowerCase(Locale.ROOT);
        if (key.equals("transactions")) {
          return DisclosureFormat.SENATE_FILINGS_JSON;
        }
        if (key.equals("senator")) {
          return DisclosureFormat.SENATE_FLAT_JSON;
        }
        if (key.equals("representative") || key.equals("district")) {
          return DisclosureFormat.HOUSE_JSON;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      if (token == null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: the first JSON object is longer than %d characters without a 'transactions',"
                + " 'representative' or 'senator' key; unknown format", name, PEEK_CHARS));
      }
      throw new IllegalArgumentException(name + ": the first JSON object has none of the keys"
          + " 'transactions' (Senate filings), 'senator' (Senate all_transactions.json) or"
          + " 'representative' (House Stock Watcher); unknown format");
    } catch (IOException e) {
      if (length == PEEK_CHARS) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: the first JSON object is longer than %d characters without a 'transactions',"
                + " 'representative' or 'senator' key; unknown format", name, PEEK_CHARS), e);
      }
      throw new IllegalArgumentException(name + ": not valid JSON: " + originalMessage(e), e);
    }
  }

  static String originalMessage(IOException e) {
    return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
  }
}
