package dev.quantsdk.cli;

import dev.quantsdk.persistence.DatabaseConfig;
import java.util.List;

/**
 * The options every command accepts, before or after the command word: where the database is.
 * Each falls back to an environment variable, then to the embedded H2 file database
 * {@code ./quant-data/quant} under the current directory.
 *
 * <p>Stateless and thread-safe.
 */
public final class GlobalOptions {

  /** The JDBC URL of the database. */
  public static final OptionSpec DB = OptionSpec.valued("--db", "JDBC_URL",
          "JDBC URL of the database, H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql://host:port/db).")
      .withEnvironmentVariable("QUANT_DB_URL")
      .withDefault("embedded H2 file database jdbc:h2:file:./quant-data/quant under the current directory");

  /** The database user. */
  public static final OptionSpec DB_USER = OptionSpec.valued("--db-user", "USER", "Database user.")
      .withEnvironmentVariable("QUANT_DB_USER")
      .withDefault(DatabaseConfig.embeddedH2().user());

  /** The database password. */
  public static final OptionSpec DB_PASSWORD = OptionSpec.valued("--db-password", "PASSWORD",
          "Database password; prefer the environment variable, command lines are visible to other users.")
      .withEnvironmentVariable("QUANT_DB_PASSWORD")
      .withDefault("empty");

  /** All global options, in help order. */
  public static final List<OptionSpec> ALL = List.of(DB, DB_USER, DB_PASSWORD);

  private GlobalOptions() {
  }

  /**
   * Resolves the database to use: each setting from the command line, else from its environment
   * variable (when set and not empty), else the default.
   *
   * @param invocation the parsed command line
   * @param context the environment and working directory
   * @return the configuration with the default pool size
   * @throws UsageException if the URL is neither H2 nor PostgreSQL
   */
  public static DatabaseConfig database(Invocation invocation, CliContext context) {
    DatabaseConfig embedded = DatabaseConfig.embeddedH2(
        context.workingDirectory().resolve(DatabaseConfig.DEFAULT_H2_DIRECTORY));
    String url = invocation.value(DB, context.environment()).orElse(embedded.jdbcUrl());
    String user = invocation.value(DB_USER, context.environment()).orElse(embedded.user());
    String password = invocation.value(DB_PASSWORD, context.environment()).orElse(embedded.password());
    try {
      return DatabaseConfig.of(url, user, password);
    } catch (IllegalArgumentException e) {
      throw new UsageException(DB.name() + ": " + e.getMessage(), invocation.commandPath());
    }
  }
}
