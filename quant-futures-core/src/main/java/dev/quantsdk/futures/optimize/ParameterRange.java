package dev.quantsdk.futures.optimize;

import dev.quantsdk.model.ArgChecker;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * An inclusive range of whole-number parameter values {@code start, start + step, ..., <= end},
 * written {@code start:end:step} (or {@code start:end} with step 1, or a single value). Immutable
 * and thread-safe.
 *
 * @param start the first value, {@code >= 1}
 * @param end the last value allowed, inclusive, {@code >= start}
 * @param step the increment, {@code >= 1}
 */
public record ParameterRange(int start, int end, int step) {

  /**
   * Validates the range.
   *
   * @throws IllegalArgumentException if start &lt; 1, end &lt; start or step &lt; 1
   */
  public ParameterRange {
    ArgChecker.positive(start, "start");
    ArgChecker.isTrue(end >= start, "range end %d must be >= its start %d", end, start);
    ArgChecker.positive(step, "step");
  }

  /**
   * A range of one value.
   *
   * @param value the value
   * @return the range
   */
  public static ParameterRange of(int value) {
    return new ParameterRange(value, value, 1);
  }

  /**
   * Parses {@code start:end:step}, {@code start:end} or {@code value} (the inverse of
   * {@link #toString()}).
   *
   * @param text the text
   * @return the range
   * @throws IllegalArgumentException if the text is not such a range of whole numbers
   */
  public static ParameterRange parse(String text) {
    ArgChecker.notNull(text, "text");
    String[] parts = text.trim().split(":", -1);
    if (parts.length > 3) {
      throw new IllegalArgumentException("range must be start:end:step, start:end or a value but was '" + text + "'");
    }
    int[] v = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        v[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "range '%s': '%s' is not a whole number (write start:end:step, e.g. 5:50:5)", text, parts[i]), e);
      }
    }
    return switch (v.length) {
      case 1 -> of(v[0]);
      case 2 -> new ParameterRange(v[0], v[1], 1);
      default -> new ParameterRange(v[0], v[1], v[2]);
    };
  }

  /**
   * The values in ascending order.
   *
   * @return the values
   */
  public int[] values() {
    return IntStream.iterate(start, v -> v <= end, v -> v + step).toArray();
  }

  /**
   * The number of values.
   *
   * @return {@code (end − start) / step + 1}
   */
  public int count() {
    return (end - start) / step + 1;
  }

  @Override
  public String toString() {
    return start + ":" + end + ":" + step;
  }
}
