package dev.quantsdk.rest.jdk;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;

/** The JDK adapter on a real (embedded) PostgreSQL. */
class PostgresQuantHttpServerTest extends QuantHttpServerContract {

  @Override
  DatabaseConfig newDatabase() {
    return TestDatabases.postgres();
  }
}
