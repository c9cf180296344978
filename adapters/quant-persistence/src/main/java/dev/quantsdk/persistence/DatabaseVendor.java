package dev.quantsdk.persistence;

import dev.quantsdk.model.ArgChecker;
import java.util.Locale;

/**
 * The databases Quant SDK migrates and runs on, with the classpath folder of each one's
 * Flyway migrations.
 */
public enum DatabaseVendor {
  /** H2 2.x (embedded file or in-memory database). */
  H2("H2", "h2"),
  /** PostgreSQL 13 or later. */
  POSTGRESQL("PostgreSQL", "postgresql");

  private final String productName;
  private final String folder;

  DatabaseVendor(String productName, String folder) {
    this.productName = productName;
    this.folder = folder;
  }

  /**
   * The Flyway location of this vendor's migrations, such as
   * {@code classpath:db/migration/quant/h2}.
   *
   * @return the location
   */
  public String migrationLocation() {
    return "classpath:db/migration/quant/" + folder;
  }

  /**
   * The vendor named by {@link java.sql.DatabaseMetaData#getDatabaseProductName()}.
   *
   * @param databaseProductName the product name reported by the JDBC driver
   * @return the vendor
   * @throws IllegalArgumentException if the product is neither H2 nor PostgreSQL
   */
  public static DatabaseVendor fromProductName(String databaseProductName) {
    ArgChecker.notNull(databaseProductName, "databaseProductName");
    for (DatabaseVendor vendor : values()) {
      if (vendor.productName.equalsIgnoreCase(databaseProductName.trim())) {
        return vendor;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "unsupported database '%s': Quant SDK migrates only H2 and PostgreSQL", databaseProductName));
  }
}
