package dev.quantsdk.jdbc.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.quantsdk.persistence.DatabaseVendor;
import dev.quantsdk.persistence.JdbcTransactions;
import javax.sql.DataSource;

/** Shared JDBC helpers: JSON binding per vendor and transactions. */
final class SqlSupport {

  /** One mapper for the module: thread-safe once configured. */
  static final ObjectMapper JSON = new ObjectMapper()
      .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

  private SqlSupport() {
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

  /** Runs work in one transaction on the discovery tables (see {@link JdbcTransactions}). */
  static <T> T inTransaction(DataSource ds, JdbcTransactions.Work<T> work) {
    return JdbcTransactions.inTransaction(ds, "discovery tables", work);
  }
}
