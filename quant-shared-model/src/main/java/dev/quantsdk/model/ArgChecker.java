package dev.quantsdk.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * The one argument checker of the SDK. Each method returns its argument, so checks read
 * inline in compact constructors, and names the argument in its message.
 *
 * <p>Every failure is an {@link IllegalArgumentException} (or {@link NullPointerException}
 * for {@link #notNull}) whose message a user can act on. Messages are formatted with
 * {@link Locale#ROOT}. Stateless and thread-safe.
 */
public final class ArgChecker {

  private ArgChecker() {
  }

  /**
   * Checks that a value is not null.
   *
   * @param <T> the value type
   * @param value the value
   * @param name the argument name, used in the message
   * @return the value
   * @throws NullPointerException if the value is null
   */
  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /**
   * Checks that a string is neither null nor blank.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if blank
   */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Checks that a collection is not empty.
   *
   * @param <C> the collection type
   * @param value the collection
   * @param name the argument name
   * @return the collection
   * @throws IllegalArgumentException if empty
   */
  public static <C extends Collection<?>> C notEmpty(C value, String name) {
    notNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  /**
   * Checks that a condition holds.
   *
   * @param condition the condition
   * @param format message format ({@link String#format(Locale, String, Object...)} with {@link Locale#ROOT})
   * @param args message arguments
   * @throws IllegalArgumentException if the condition is false
   */
  public static void isTrue(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }

  /**
   * Checks that a value is finite (not NaN, not infinite).
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if not finite
   */
  public static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite but was " + value);
    }
    return value;
  }

  /**
   * Checks that a value is finite and strictly positive.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if not finite or not &gt; 0
   */
  public static double positive(double value, String name) {
    if (!(Double.isFinite(value) && value > 0)) {
      throw new IllegalArgumentException(name + " must be > 0 but was " + value);
    }
    return value;
  }

  /**
   * Checks that an integer is strictly positive.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if not &gt; 0
   */
  public static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0 but was " + value);
    }
    return value;
  }

  /**
   * Checks that a value is finite and not negative.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if not finite or &lt; 0
   */
  public static double notNegative(double value, String name) {
    if (!(Double.isFinite(value) && value >= 0)) {
      throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
    }
    return value;
  }

  /**
   * Checks that an integer is not negative.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if &lt; 0
   */
  public static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
    }
    return value;
  }

  /**
   * Checks that a value lies in the closed interval [low, high].
   *
   * @param value the value
   * @param low the lower bound, inclusive
   * @param high the upper bound, inclusive
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if outside the interval or NaN
   */
  public static double inRangeInclusive(double value, double low, double high, String name) {
    if (!(value >= low && value <= high)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must be in [%s, %s] but was %s", name, low, high, value));
    }
    return value;
  }

  /**
   * Checks that an integer lies in the closed interval [low, high].
   *
   * @param value the value
   * @param low the lower bound, inclusive
   * @param high the upper bound, inclusive
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if outside the interval
   */
  public static int inRangeInclusive(int value, int low, int high, String name) {
    if (value < low || value > high) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must be in [%d, %d] but was %d", name, low, high, value));
    }
    return value;
  }
}
