package dev.quantsdk.webhooks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** The module's JDBC plumbing: one transaction per unit of work, instants in and out. */
final class Jdbc {

  private Jdbc() {
  }

  /** A unit of work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs work in one transaction on a connection of its own: commits on success, rolls back on any
   * failure and rethrows it (SQL errors as {@link IllegalStateException} with the SQLState).
   */
  static <T> T transaction(DataSource ds, Work<T> work) {
    try (Connection c = ds.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("webhook tables: database error (SQLState " + e.getSQLState()
          + "): " + e.getMessage(), e);
    }
  }

  static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  static Optional<Instant> instant(Timestamp ts) {
    return Optional.ofNullable(ts).map(Timestamp::toInstant);
  }
}
