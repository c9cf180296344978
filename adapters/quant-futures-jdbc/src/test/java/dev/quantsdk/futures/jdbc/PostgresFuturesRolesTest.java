package dev.quantsdk.futures.jdbc;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;

class PostgresFuturesRolesTest extends FuturesRolesContract {

  @Override
  DatabaseConfig newDatabase() {
    return TestDatabases.postgres();
  }

  @Override
  DatabaseConfig loginUser(String role) {
    String user = role + "_futures_" + USERS.incrementAndGet();
    admin.execute("CREATE ROLE " + user + " LOGIN PASSWORD 'pw-" + user + "' IN ROLE " + role);
    return new DatabaseConfig(adminConfig.jdbcUrl().replaceFirst("\\?.*$", ""), user,
        "pw-" + user, 2);
  }

  /** PostgreSQL's insufficient_privilege. */
  @Override
  String refused() {
    return "42501";
  }
}
