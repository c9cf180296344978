package dev.quantsdk.jdbc.discovery;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;

class PostgresDiscoveryPortsTest extends JdbcDiscoveryPortsContract {

  @Override
  DatabaseConfig newDatabase() {
    return TestDatabases.postgres();
  }
}
