package dev.quantsdk.futures.jdbc;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2FuturesRolesTest extends FuturesRolesContract {

  @TempDir
  Path dir;

  @Override
  DatabaseConfig newDatabase() {
    return TestDatabases.h2(dir);
  }

  @Override
  DatabaseConfig loginUser(String role) {
    String user = role + "_futures_" + USERS.incrementAndGet();
    admin.execute("CREATE USER " + user + " PASSWORD 'pw-" + user + "'");
    admin.execute("GRANT " + role + " TO " + user);
    return new DatabaseConfig(adminConfig.jdbcUrl(), user, "pw-" + user, 2);
  }

  /** H2's "not enough rights". */
  @Override
  String refused() {
    return "90096";
  }
}
