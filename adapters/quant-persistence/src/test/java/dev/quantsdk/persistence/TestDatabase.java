package dev.quantsdk.persistence;

/**
 * A database vendor as the contract tests need it: fresh empty databases, login users in a
 * role, and the vendor's answers for permission refusals and JSON checks.
 */
interface TestDatabase {

  /** An admin (schema owner) configuration of a fresh, empty database. */
  DatabaseConfig newDatabase();

  /**
   * Creates a login user that belongs to a group role, in the database of {@code admin}.
   *
   * @param admin the admin configuration returned by {@link #newDatabase()}
   * @param role "quant_app" or "quant_discovery"
   * @return a configuration connecting as the new user
   */
  DatabaseConfig loginUser(DatabaseConfig admin, String role);

  /** The SQLState of "permission denied" (PostgreSQL 42501, H2 90096). */
  String refusalSqlState();

  /** A SQL predicate that holds when {@code column} stores a JSON object (not a JSON string). */
  String isJsonObject(String column);

  /** Whether the database has column-level UPDATE grants (PostgreSQL yes, H2 no). */
  boolean hasColumnGrants();
}
