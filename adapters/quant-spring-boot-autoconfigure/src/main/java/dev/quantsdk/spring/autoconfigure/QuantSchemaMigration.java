package dev.quantsdk.spring.autoconfigure;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.persistence.DatabaseVendor;
import dev.quantsdk.persistence.QuantDatabase;
import javax.sql.DataSource;

/**
 * The outcome of migrating the Quant schema on a host's data source at start-up (Flyway, the
 * migrations of quant-shared-model, history in {@value QuantDatabase#HISTORY_TABLE}, so the host's
 * own Flyway history is untouched). The {@link dev.quantsdk.rest.QuantApi} bean is created after
 * it. Immutable and thread-safe.
 *
 * @param vendor the database the migrations were picked for ({@code H2} or {@code POSTGRESQL}: a
 *     name rather than quant-persistence's enum, so this type loads without that optional module)
 * @param applied how many migrations this start applied (0 when the schema was up to date)
 */
public record QuantSchemaMigration(String vendor, int applied) {

  /**
   * Validates the outcome.
   *
   * @throws NullPointerException if the vendor is null
   * @throws IllegalArgumentException if the vendor is blank or {@code applied} negative
   */
  public QuantSchemaMigration {
    ArgChecker.notBlank(vendor, "vendor");
    ArgChecker.isTrue(applied >= 0, "applied must not be negative but was %s", applied);
  }

  /**
   * Migrates the Quant schema to the latest version.
   *
   * @param dataSource the host's data source, connecting as a user allowed to run DDL (the schema
   *     owner)
   * @return the outcome
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   * @throws IllegalStateException if the database cannot be reached
   * @throws org.flywaydb.core.api.FlywayException if a migration fails (for example as a login
   *     without DDL rights: set {@code quant.migrate=false} for such a host)
   */
  public static QuantSchemaMigration run(DataSource dataSource) {
    ArgChecker.notNull(dataSource, "dataSource");
    DatabaseVendor vendor = QuantDatabase.vendorOf(dataSource);
    return new QuantSchemaMigration(vendor.name(), QuantDatabase.migrate(dataSource));
  }
}
