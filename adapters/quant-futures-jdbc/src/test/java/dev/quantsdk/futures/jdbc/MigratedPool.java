package dev.quantsdk.futures.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A migrated test database behind a small pool, without Hibernate's bootstrap (plain JDBC). */
final class MigratedPool implements AutoCloseable {

  final HikariDataSource dataSource;

  private MigratedPool(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Opens a pool on the database and migrates it to the latest version. */
  static MigratedPool migrated(DatabaseConfig config) {
    MigratedPool pool = connect(config);
    QuantDatabase.migrate(pool.dataSource);
    return pool;
  }

  /** Opens a pool (for another login user) without migrating. */
  static MigratedPool connect(DatabaseConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(4);
    return new MigratedPool(new HikariDataSource(hikari));
  }

  void execute(String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  long count(String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
