package dev.quantsdk.futures.jdbc;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;

class PostgresJdbcFuturesStoreTest extends JdbcFuturesStoreContract {

  @Override
  DatabaseConfig newDatabase() {
    return TestDatabases.postgres();
  }
}
