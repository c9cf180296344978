package dev.quantsdk.importers;

import dev.quantsdk.persistence.QuantDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh migrated databases for tests: H2 in memory, and databases on the one embedded PostgreSQL
 * server of the test JVM ({@link dev.quantsdk.testing.TestDatabases#postgresServer()}).
 */
final class TestDatabases {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestDatabases() {
  }

  /** The kinds of database the import tests run on. */
  enum Kind {
    H2, POSTGRESQL
  }

  static DataSource fresh(Kind kind) {
    return kind == Kind.H2 ? h2() : postgres();
  }

  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:importers_" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("");
    QuantDatabase.migrate(ds);
    return ds;
  }

  static DataSource postgres() {
    EmbeddedPostgres server = server();
    String name = "importers_" + COUNTER.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    DataSource ds = server.getDatabase("postgres", name);
    QuantDatabase.migrate(ds);
    return ds;
  }


  private static EmbeddedPostgres server() {
    return dev.quantsdk.testing.TestDatabases.postgresServer();
  }

  static long count(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static Path dataFile(String relative) {
    String dir = System.getProperty("quant.data.dir");
    if (dir == null) {
      throw new IllegalStateException("system property quant.data.dir is not set (surefire sets it)");
    }
    Path file = Path.of(dir).resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("missing bundled data file " + file);
    }
    return file;
  }
}
