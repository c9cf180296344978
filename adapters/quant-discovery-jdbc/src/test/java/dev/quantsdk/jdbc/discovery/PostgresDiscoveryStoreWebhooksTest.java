package dev.quantsdk.jdbc.discovery;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;

class PostgresDiscoveryStoreWebhooksTest extends DiscoveryStoreWebhooksContract {

  @Override
  DatabaseConfig newDatabase() {
    return TestDatabases.postgres();
  }
}
