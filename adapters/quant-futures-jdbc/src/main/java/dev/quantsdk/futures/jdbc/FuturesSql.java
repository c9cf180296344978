package dev.quantsdk.futures.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.quantsdk.persistence.DatabaseVendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Shared JDBC helpers of the module: the JSON mapper, JSON binding per vendor, ids and times. */
final class FuturesSql {

  /**
   * One mapper for the module, thread-safe once configured: records, {@code Optional}s and
   * {@code java.time} values; times and durations as ISO-8601 text; NaN and infinities as the
   * strings Jackson writes by default ({@code "NaN"}, {@code "Infinity"}), which it reads back.
   */
  static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private FuturesSql() {
  }

  static DatabaseVendor vendor(Connection connection) throws SQLException {
    return DatabaseVendor.fromProductName(connection.getMetaData().getDatabaseProductName());
  }

  /**
   * The placeholder that binds a JSON text parameter to a JSON column: PostgreSQL casts text to
   * jsonb; H2 needs {@code FORMAT JSON}, or it would store the text as one JSON string.
   */
  static String jsonParam(DatabaseVendor vendor) {
    return vendor == DatabaseVendor.POSTGRESQL ? "CAST(? AS JSONB)" : "? FORMAT JSON";
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  static <T> T fromJson(String text, Class<T> type, String what) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + what + " is not readable JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * A JSON object read back as a map; with {@code numeric}, the non-finite markers Jackson writes
   * for doubles ({@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}) turn back into doubles.
   */
  static Map<String, Object> objectMap(String text, String what, boolean numeric) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<?, ?> read = fromJson(text, Map.class, what);
    read.forEach((k, v) -> out.put(String.valueOf(k), numeric ? nonFinite(v) : v));
    return out;
  }

  private static Object nonFinite(Object value) {
    if (value instanceof String s) {
      switch (s) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          return s;
      }
    }
    return value;
  }

  static UUID uuid(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " '" + id + "' is not a UUID: the futures tables "
          + "key runs by UUID", e);
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
