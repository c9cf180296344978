package dev.quantsdk.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Databases on the one embedded PostgreSQL server of the test JVM; login roles are cluster-wide. */
final class PostgresTestDatabase implements TestDatabase {

  private static final AtomicInteger USERS = new AtomicInteger();

  @Override
  public DatabaseConfig newDatabase() {
    return EmbeddedPostgresHolder.newDatabase();
  }

  @Override
  public DatabaseConfig loginUser(DatabaseConfig admin, String role) {
    String user = role + "_login_" + USERS.incrementAndGet();
    String password = "pw-" + user;
    try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "' IN ROLE " + role);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String url = admin.jdbcUrl().replaceFirst("\\?.*$", "");
    return new DatabaseConfig(url, user, password, 2);
  }

  @Override
  public String refusalSqlState() {
    return "42501";
  }

  @Override
  public String isJsonObject(String column) {
    return "jsonb_typeof(" + column + ") = 'object'";
  }

  @Override
  public boolean hasColumnGrants() {
    return true;
  }
}
