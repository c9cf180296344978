package dev.quantsdk.persistence;

/** {@link RoleSeparationContract} on a real PostgreSQL 16 (refusals are SQLState 42501). */
class PostgresRoleSeparationTest extends RoleSeparationContract {

  @Override
  protected TestDatabase testDatabase() {
    return new PostgresTestDatabase();
  }
}
