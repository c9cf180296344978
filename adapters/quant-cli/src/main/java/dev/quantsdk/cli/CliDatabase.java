package dev.quantsdk.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The database of one CLI run: a small connection pool, migrated with
 * {@link QuantDatabase#migrate(DataSource)} on open.
 *
 * <p>Commands that only need JDBC (such as {@code import}) use this instead of
 * {@link QuantDatabase#open}, which also bootstraps Hibernate: that bootstrap takes several seconds,
 * longer than importing the bundled House file. Thread-safe; close it when the command ends (an
 * embedded H2 file database is closed with its last connection).
 */
final class CliDatabase implements AutoCloseable {

  private final HikariDataSource pool;

  private CliDatabase(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * Opens the pool and migrates the schema to the latest version.
   *
   * @param config where and how to connect
   * @return the open database
   * @throws BadInputException if the database cannot be reached or migrated; the message names the
   *     URL without its parameters (which may carry a password)
   */
  static CliDatabase open(DatabaseConfig config) {
    return open(config, true);
  }

  /**
   * Connects without migrating: for login users of the {@code quant_discovery} or
   * {@code quant_app} roles, which may not run DDL (the schema owner migrates first).
   */
  static CliDatabase connect(DatabaseConfig config) {
    return open(config, false);
  }

  private static CliDatabase open(DatabaseConfig config, boolean migrate) {
    ArgChecker.notNull(config, "config");
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setMinimumIdle(1);
    hikari.setPoolName("quant-cli");
    HikariDataSource pool = null;
    try {
      pool = new HikariDataSource(hikari);
      if (migrate) {
        QuantDatabase.migrate(pool);
      } else {
        QuantDatabase.vendorOf(pool);
      }
      return new CliDatabase(pool);
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.close();
      }
      throw new BadInputException(String.format(Locale.ROOT, "cannot open database %s as user %s: %s",
          redactedUrl(config.jdbcUrl()), config.user(), deepestMessage(e)), e);
    }
  }

  /**
   * Returns the pooled data source.
   *
   * @return the data source, valid until {@link #close()}
   */
  DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }

  /**
   * Drops the parameters of a JDBC URL ({@code ?...} or {@code ;...}), which may carry a password.
   *
   * @param jdbcUrl the URL
   * @return the URL up to its first parameter
   */
  static String redactedUrl(String jdbcUrl) {
    int cut = jdbcUrl.length();
    for (char separator : new char[] {'?', ';'}) {
      int at = jdbcUrl.indexOf(separator);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return jdbcUrl.substring(0, cut);
  }

  private static String deepestMessage(Throwable e) {
    Throwable deepest = e;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    return deepest.getMessage() == null ? deepest.toString() : deepest.getMessage();
  }
}
