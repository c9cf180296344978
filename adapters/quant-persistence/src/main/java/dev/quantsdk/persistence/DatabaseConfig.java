package dev.quantsdk.persistence;

import dev.quantsdk.model.ArgChecker;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where and how to connect: a JDBC URL, credentials and the connection-pool size.
 *
 * <p>Only H2 ({@code jdbc:h2:}) and PostgreSQL ({@code jdbc:postgresql:}) are supported; the
 * vendor is confirmed from the JDBC metadata when the database is opened. {@link #toString()}
 * masks the password. Immutable and thread-safe.
 *
 * @param jdbcUrl the JDBC URL, {@code jdbc:h2:...} or {@code jdbc:postgresql:...}
 * @param user the login user, not blank
 * @param password the password, may be empty (H2's default admin has none)
 * @param maxPoolSize the maximum number of pooled connections, in [1, 200]
 */
public record DatabaseConfig(String jdbcUrl, String user, String password, int maxPoolSize) {

  /** The default pool size: small, since the SDK is embedded in a host application. */
  public static final int DEFAULT_POOL_SIZE = 4;

  /** The largest accepted pool size. */
  public static final int MAX_POOL_SIZE = 200;

  /** The file name (without {@code .mv.db}) of the embedded H2 database inside its directory. */
  public static final String EMBEDDED_H2_FILE = "quant";

  /** The default directory of the embedded H2 database, relative to the working directory. */
  public static final String DEFAULT_H2_DIRECTORY = "quant-data";

  /**
   * Validates the configuration.
   *
   * @throws IllegalArgumentException if the URL is not an H2 or PostgreSQL JDBC URL, the user is
   *     blank or the pool size is outside [1, 200]
   * @throws NullPointerException if any argument is null
   */
  public DatabaseConfig {
    ArgChecker.notBlank(jdbcUrl, "jdbcUrl");
    ArgChecker.notBlank(user, "user");
    ArgChecker.notNull(password, "password");
    ArgChecker.isTrue(jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:postgresql:"),
        "jdbcUrl must start with jdbc:h2: or jdbc:postgresql: but was '%s'", jdbcUrl);
    ArgChecker.inRangeInclusive(maxPoolSize, 1, MAX_POOL_SIZE, "maxPoolSize");
  }

  /**
   * A configuration with the {@linkplain #DEFAULT_POOL_SIZE default pool size}.
   *
   * @param jdbcUrl the JDBC URL
   * @param user the login user
   * @param password the password
   * @return the configuration
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static DatabaseConfig of(String jdbcUrl, String user, String password) {
    return new DatabaseConfig(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
  }

  /**
   * An embedded H2 file database {@code <dir>/quant.mv.db}, user {@code sa} with an empty
   * password, default pool size.
   *
   * @param directory the directory holding the database file; made absolute
   * @return the configuration
   */
  public static DatabaseConfig embeddedH2(Path directory) {
    ArgChecker.notNull(directory, "directory");
    Path file = directory.toAbsolutePath().normalize().resolve(EMBEDDED_H2_FILE);
    // forward slashes work on every platform in an H2 URL
    String url = "jdbc:h2:file:" + file.toString().replace('\\', '/');
    return new DatabaseConfig(url, "sa", "", DEFAULT_POOL_SIZE);
  }

  /**
   * The default embedded H2 database: {@code jdbc:h2:file:<cwd>/quant-data/quant}.
   *
   * @return the configuration
   */
  public static DatabaseConfig embeddedH2() {
    return embeddedH2(Path.of(DEFAULT_H2_DIRECTORY));
  }

  /**
   * Returns a copy with another pool size.
   *
   * @param poolSize the maximum number of pooled connections, in [1, 200]
   * @return the new configuration
   */
  public DatabaseConfig withMaxPoolSize(int poolSize) {
    return new DatabaseConfig(jdbcUrl, user, password, poolSize);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "DatabaseConfig[jdbcUrl=%s, user=%s, password=%s, maxPoolSize=%d]",
        jdbcUrl, user, password.isEmpty() ? "" : "****", maxPoolSize);
  }
}
