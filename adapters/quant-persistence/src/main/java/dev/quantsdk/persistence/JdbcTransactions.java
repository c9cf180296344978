package dev.quantsdk.persistence;

import dev.quantsdk.model.ArgChecker;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One JDBC transaction per unit of work, for the adapters that write with plain JDBC (the discovery
 * ports, the webhook outbox and dispatcher). Stateless and thread-safe.
 */
public final class JdbcTransactions {

  private JdbcTransactions() {
  }

  /**
   * A unit of work on one connection.
   *
   * @param <T> what the work returns
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Runs the work.
     *
     * @param connection the connection, with auto-commit off
     * @return the result
     * @throws SQLException if the database fails
     */
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs work in one transaction on a connection of its own: commits on success, rolls back on any
   * failure and rethrows it; the connection's auto-commit mode is restored before it goes back to
   * the pool.
   *
   * @param <T> what the work returns
   * @param dataSource the data source
   * @param what the tables or task, named in the error message (e.g. "webhook tables")
   * @param work the work
   * @return what the work returned
   * @throws IllegalStateException for an {@link SQLException}, with its SQLState in the message
   * @throws RuntimeException whatever the work threw, after the rollback
   */
  public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    ArgChecker.notNull(work, "work");
    try (Connection c = ArgChecker.notNull(dataSource, "dataSource").getConnection()) {
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
      throw new IllegalStateException(what + ": database error (SQLState " + e.getSQLState()
          + "): " + e.getMessage(), e);
    }
  }
}
