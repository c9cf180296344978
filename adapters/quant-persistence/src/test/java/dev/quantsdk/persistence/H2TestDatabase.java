package dev.quantsdk.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** H2 file databases in a temporary directory; users are per database. */
final class H2TestDatabase implements TestDatabase {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private final Path directory;

  H2TestDatabase(Path directory) {
    this.directory = directory;
  }

  @Override
  public DatabaseConfig newDatabase() {
    return DatabaseConfig.embeddedH2(directory.resolve("db" + COUNTER.incrementAndGet()));
  }

  @Override
  public DatabaseConfig loginUser(DatabaseConfig admin, String role) {
    String user = role + "_login";
    String password = "pw-" + role;
    try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
        Statement s = c.createStatement()) {
      s.execute("CREATE USER IF NOT EXISTS " + user + " PASSWORD '" + password + "'");
      s.execute("GRANT " + role + " TO " + user);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new DatabaseConfig(admin.jdbcUrl(), user, password, 2);
  }

  @Override
  public String refusalSqlState() {
    return "90096";
  }

  @Override
  public String isJsonObject(String column) {
    return column + " IS JSON OBJECT";
  }

  @Override
  public boolean hasColumnGrants() {
    return false;
  }
}
