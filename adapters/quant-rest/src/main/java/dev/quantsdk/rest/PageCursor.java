package dev.quantsdk.rest;

import dev.quantsdk.model.ArgChecker;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * A keyset-pagination cursor: the sort key of the last item of a page (a number, an instant and
 * the row id, whichever the list sorts by) and the list it belongs to. Encoded as opaque URL-safe
 * text. Keyset pages stay correct while rows are added or removed between requests (an anomaly
 * marked investigated never shifts the next page, as an offset would). Immutable and thread-safe.
 *
 * @param scope which list the cursor belongs to, such as {@code recent}
 * @param number the numeric sort key (strength, severity), 0 where the list has none
 * @param time the time sort key
 * @param id the id of the last row, the final tie-breaker
 */
public record PageCursor(String scope, double number, Instant time, UUID id) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /**
   * Validates the cursor.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the scope holds {@code |} or the number is not finite
   */
  public PageCursor {
    ArgChecker.notBlank(scope, "scope");
    ArgChecker.isTrue(scope.indexOf('|') < 0, "scope must not contain '|': %s", scope);
    ArgChecker.finite(number, "number");
    ArgChecker.notNull(time, "time");
    ArgChecker.notNull(id, "id");
  }

  /**
   * Parses an encoded cursor; the inverse of {@link #toString()}.
   *
   * @param text the encoded cursor
   * @param expectedScope the list it must belong to
   * @return the cursor
   * @throws IllegalArgumentException if the text is not a cursor of that list
   */
  public static PageCursor parse(String text, String expectedScope) {
    ArgChecker.notNull(text, "text");
    String plain;
    try {
      plain = new String(DECODER.decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cursor: '" + text + "'", e);
    }
    String[] parts = plain.split("\\|", -1);
    if (parts.length != 4 || !parts[0].equals(expectedScope)) {
      throw new IllegalArgumentException("not a cursor of this list: '" + text + "'");
    }
    try {
      return new PageCursor(parts[0], Double.parseDouble(parts[1]), Instant.parse(parts[2]),
          UUID.fromString(parts[3]));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("not a cursor: '" + text + "'", e);
    }
  }

  /**
   * The encoded cursor, URL-safe.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String plain = String.format(Locale.ROOT, "%s|%s|%s|%s", scope, Double.toString(number), time,
        id);
    return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
