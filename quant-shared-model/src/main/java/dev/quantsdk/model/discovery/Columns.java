package dev.quantsdk.model.discovery;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;

/**
 * Checks of values destined for database columns, shared by the entities of both packages:
 * maximum text lengths (so an oversized value fails with a message naming the column instead of
 * a vendor error at flush time) and the shape of JSON text. The database parses JSON itself
 * (PostgreSQL {@code jsonb}, H2 {@code JSON}) and rejects malformed documents; these checks catch
 * the common mistakes early. Stateless and thread-safe.
 */
public final class Columns {

  private Columns() {
  }

  /**
   * Checks that a text is not blank and at most {@code max} characters long.
   *
   * @param value the text
   * @param max the column length
   * @param name the column or argument name, used in the message
   * @return the text
   * @throws IllegalArgumentException if blank or too long
   * @throws NullPointerException if the text is null
   */
  public static String text(String value, int max, String name) {
    ArgChecker.notBlank(value, name);
    ArgChecker.isTrue(value.length() <= max, "%s must be at most %d characters but has %d", name, max,
        value.length());
    return value;
  }

  /**
   * Like {@link #text(String, int, String)} but lets {@code null} (an absent value) through.
   *
   * @param value the text, or null
   * @param max the column length
   * @param name the column or argument name
   * @return the text, or null
   * @throws IllegalArgumentException if present and blank or too long
   */
  public static String optionalText(String value, int max, String name) {
    return value == null ? null : text(value, max, name);
  }

  /**
   * Checks that a text looks like a JSON object: not blank, starts with '{' and ends with '}'.
   *
   * @param json the JSON text
   * @param name the column or argument name, used in the message
   * @return the text, trimmed
   * @throws IllegalArgumentException if the text is not an object
   * @throws NullPointerException if the text is null
   */
  public static String jsonObject(String json, String name) {
    String trimmed = ArgChecker.notBlank(json, name).trim();
    ArgChecker.isTrue(trimmed.startsWith("{") && trimmed.endsWith("}"),
        "%s must be a JSON object such as {\"period_days\": 90} but was '%s'", name, abbreviate(trimmed));
    return trimmed;
  }

  /**
   * Checks that a text looks like a JSON array: not blank, starts with '[' and ends with ']'.
   *
   * @param json the JSON text
   * @param name the column or argument name, used in the message
   * @return the text, trimmed
   * @throws IllegalArgumentException if the text is not an array
   * @throws NullPointerException if the text is null
   */
  public static String jsonArray(String json, String name) {
    String trimmed = ArgChecker.notBlank(json, name).trim();
    ArgChecker.isTrue(trimmed.startsWith("[") && trimmed.endsWith("]"),
        "%s must be a JSON array such as [1, 2] but was '%s'", name, abbreviate(trimmed));
    return trimmed;
  }

  /**
   * Checks a fraction in [0, 1] such as a strength, confidence or severity.
   *
   * @param value the value
   * @param name the column or argument name
   * @return the value
   * @throws IllegalArgumentException if outside [0, 1] or NaN
   */
  public static double unitInterval(double value, String name) {
    return ArgChecker.inRangeInclusive(value, 0.0, 1.0, name);
  }

  /**
   * Checks a closed date window: both ends present and the end not before the start.
   *
   * @param start the first day
   * @param end the last day
   * @param name the window's name, used in the message (such as "window" or "period")
   * @throws IllegalArgumentException if the end is before the start
   * @throws NullPointerException if an end is null
   */
  public static void window(LocalDate start, LocalDate end, String name) {
    ArgChecker.notNull(start, name + "Start");
    ArgChecker.notNull(end, name + "End");
    ArgChecker.isTrue(!end.isBefore(start), "%s end %s is before %s start %s", name, end, name, start);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
