package dev.quantsdk.futures.jdbc;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;

class PostgresJdbcBarSourceTest extends JdbcBarSourceContract {

  @Override
  DatabaseConfig newDatabase() {
    return TestDatabases.postgres();
  }
}
