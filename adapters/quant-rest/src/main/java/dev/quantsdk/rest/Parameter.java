package dev.quantsdk.rest;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One declared request parameter of a {@link Route}: where it is, its type, bounds and default.
 * The same declaration validates requests and describes the parameter in the OpenAPI document.
 * Immutable and thread-safe.
 *
 * @param name the name as it appears in the query or the path template
 * @param in {@code query} or {@code path}
 * @param type the value type
 * @param required whether a request must carry it (path parameters always)
 * @param defaultValue the value used when absent, as text
 * @param minimum the smallest allowed value of a number, if bounded
 * @param maximum the largest allowed value of a number, if bounded
 * @param description the description for the documentation
 */
public record Parameter(String name, In in, Type type, boolean required,
    Optional<String> defaultValue, Optional<Double> minimum, Optional<Double> maximum,
    String description) {

  /** Where a parameter is carried. */
  public enum In {
    /** In the query string. */
    QUERY,
    /** A {@code {name}} segment of the path template. */
    PATH
  }

  /** A parameter's value type. */
  public enum Type {
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    NUMBER,
    /** A UUID such as {@code 3f0e...}. */
    UUID,
    /** Free text. */
    STRING,
    /** An ISO date such as {@code 2019-10-18}. */
    DATE
  }

  /**
   * Validates the declaration.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a path parameter is optional or the bounds are reversed
   */
  public Parameter {
    ArgChecker.notBlank(name, "name");
    ArgChecker.notNull(in, "in");
    ArgChecker.notNull(type, "type");
    ArgChecker.notNull(defaultValue, "defaultValue");
    ArgChecker.notNull(minimum, "minimum");
    ArgChecker.notNull(maximum, "maximum");
    ArgChecker.notBlank(description, "description");
    ArgChecker.isTrue(in == In.QUERY || required, "path parameter %s must be required", name);
    ArgChecker.isTrue(minimum.isEmpty() || maximum.isEmpty() || minimum.get() <= maximum.get(),
        "parameter %s: minimum %s > maximum %s", name, minimum, maximum);
  }

  /**
   * An optional whole-number query parameter in [min, max] with a default.
   *
   * @param name the name
   * @param min the smallest value
   * @param max the largest value
   * @param defaultValue the default
   * @param description the description
   * @return the declaration
   */
  public static Parameter integer(String name, int min, int max, int defaultValue,
      String description) {
    return new Parameter(name, In.QUERY, Type.INTEGER, false,
        Optional.of(Integer.toString(defaultValue)), Optional.of((double) min),
        Optional.of((double) max), description);
  }

  /**
   * An optional decimal query parameter in [min, max] with a default.
   *
   * @param name the name
   * @param min the smallest value
   * @param max the largest value
   * @param defaultValue the default
   * @param description the description
   * @return the declaration
   */
  public static Parameter number(String name, double min, double max, double defaultValue,
      String description) {
    return new Parameter(name, In.QUERY, Type.NUMBER, false,
        Optional.of(Double.toString(defaultValue)), Optional.of(min), Optional.of(max),
        description);
  }

  /**
   * An optional text query parameter without a default.
   *
   * @param name the name
   * @param description the description
   * @return the declaration
   */
  public static Parameter text(String name, String description) {
    return new Parameter(name, In.QUERY, Type.STRING, false, Optional.empty(), Optional.empty(),
        Optional.empty(), description);
  }

  /**
   * An optional ISO date query parameter without a default.
   *
   * @param name the name
   * @param description the description
   * @return the declaration
   */
  public static Parameter date(String name, String description) {
    return new Parameter(name, In.QUERY, Type.DATE, false, Optional.empty(), Optional.empty(),
        Optional.empty(), description);
  }

  /**
   * A text path parameter.
   *
   * @param name the name in the template
   * @param description the description
   * @return the declaration
   */
  public static Parameter textPath(String name, String description) {
    return new Parameter(name, In.PATH, Type.STRING, true, Optional.empty(), Optional.empty(),
        Optional.empty(), description);
  }

  /**
   * A UUID path parameter.
   *
   * @param name the name in the template
   * @param description the description
   * @return the declaration
   */
  public static Parameter uuidPath(String name, String description) {
    return new Parameter(name, In.PATH, Type.UUID, true, Optional.empty(), Optional.empty(),
        Optional.empty(), description);
  }

  /**
   * This parameter's raw text in a call: the path segment, the single query value, or the
   * default.
   *
   * @param call the call
   * @return the text, absent if the parameter is absent and has no default
   * @throws ApiException (400) if a query parameter is repeated or a required one is missing
   */
  public Optional<String> raw(Call call) {
    if (in == In.PATH) {
      return Optional.of(call.pathVariable(name));
    }
    List<String> values = call.request().query().getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw ApiException.badRequest(name, name + " must be given once but was given "
          + values.size() + " times");
    }
    if (values.isEmpty()) {
      if (required) {
        throw ApiException.badRequest(name, name + " is required");
      }
      return defaultValue;
    }
    return Optional.of(values.get(0));
  }

  /**
   * The value as a whole number within the bounds.
   *
   * @param call the call
   * @return the value
   * @throws ApiException (400) if it is not a whole number or out of bounds
   * @throws IllegalStateException if this is not an integer parameter with a default
   */
  public int intValue(Call call) {
    checkType(Type.INTEGER);
    String text = raw(call).orElseThrow(() -> new IllegalStateException(name + " has no default"));
    double value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name, String.format(Locale.ROOT,
          "%s must be a whole number in %s but was '%s'", name, range(true), text));
    }
    checkBounds(value, text, true);
    return (int) value;
  }

  /**
   * The value as a finite decimal number within the bounds.
   *
   * @param call the call
   * @return the value
   * @throws ApiException (400) if it is not a finite number or out of bounds
   * @throws IllegalStateException if this is not a number parameter with a default
   */
  public double doubleValue(Call call) {
    checkType(Type.NUMBER);
    String text = raw(call).orElseThrow(() -> new IllegalStateException(name + " has no default"));
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value)) {
      throw ApiException.badRequest(name, String.format(Locale.ROOT,
          "%s must be a number in %s but was '%s'", name, range(false), text));
    }
    checkBounds(value, text, false);
    return value;
  }

  /**
   * The value as a UUID.
   *
   * @param call the call
   * @return the value
   * @throws ApiException (400) if it is not a UUID in the canonical 8-4-4-4-12 hex form
   * @throws IllegalStateException if this is not a UUID parameter
   */
  public UUID uuidValue(Call call) {
    checkType(Type.UUID);
    String text = raw(call).orElseThrow(() -> ApiException.badRequest(name, name + " is required"));
    if (text.length() != 36) {
      throw notUuid(text);
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw notUuid(text);
    }
  }

  /**
   * The value as text.
   *
   * @param call the call
   * @return the text, absent if not given and without default
   * @throws ApiException (400) if repeated
   */
  public Optional<String> textValue(Call call) {
    checkType(Type.STRING);
    return raw(call);
  }

  /**
   * The value as an ISO date.
   *
   * @param call the call
   * @return the date, absent if not given
   * @throws ApiException (400) if it is not a date {@code yyyy-MM-dd}
   */
  public Optional<LocalDate> dateValue(Call call) {
    checkType(Type.DATE);
    Optional<String> text = raw(call);
    try {
      return text.map(t -> LocalDate.parse(t.trim()));
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name, String.format(Locale.ROOT,
          "%s must be a date yyyy-MM-dd such as 2019-10-18 but was '%s'", name, text.get()));
    }
  }

  private ApiException notUuid(String text) {
    return ApiException.badRequest(name, String.format(Locale.ROOT,
        "%s must be a UUID such as 123e4567-e89b-12d3-a456-426614174000 but was '%s'", name, text));
  }

  private void checkType(Type expected) {
    if (type != expected) {
      throw new IllegalStateException("parameter " + name + " is " + type + ", not " + expected);
    }
  }

  private void checkBounds(double value, String text, boolean whole) {
    if (minimum.isPresent() && value < minimum.get() || maximum.isPresent() && value > maximum.get()) {
      throw ApiException.badRequest(name, String.format(Locale.ROOT, "%s must be %s in %s but was %s",
          name, whole ? "a whole number" : "a number", range(whole), text.trim()));
    }
  }

  private String range(boolean whole) {
    String lo = minimum.map(v -> format(v, whole)).orElse("-inf");
    String hi = maximum.map(v -> format(v, whole)).orElse("inf");
    return "[" + lo + ", " + hi + "]";
  }

  private static String format(double v, boolean whole) {
    return whole ? Long.toString((long) v) : Double.toString(v);
  }
}
