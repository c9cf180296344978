package dev.quantsdk.benchmarks.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.rest.PageCursor;
import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.rest.jdk.QuantHttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The load fixture of {@code benchmarks/load/recent-discoveries.sh}: a PostgreSQL database with
 * {@code --rows} (default 1,000,000) realistic {@code pattern_discoveries} rows served by the JDK
 * HTTP adapter ({@link QuantHttpServer}) on loopback, until the process is stopped.
 *
 * <p>Steps: start an embedded PostgreSQL 16 (zonky) whose data directory survives restarts
 * ({@code --data-dir}, default {@code benchmarks/target/load-pgdata}), or use {@code --db
 * JDBC_URL} with {@code QUANT_DB_USER} / {@code QUANT_DB_PASSWORD} from the environment; migrate
 * with {@link QuantDatabase#migrate}; import the bundled House file when no House politician is
 * stored; seed with {@link DiscoverySeeder} (skipped when the rows are there); {@code ANALYZE};
 * with {@code --explain}, print the plans of the recent page's SQL (first page and a page
 * {@code --deep} rows down); start the server and print {@code READY <url>} and
 * {@code DEEP_CURSOR <cursor>} (the cursor of the page starting {@code --deep} rows down, default
 * 10,000).
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.quantsdk.benchmarks.load.RecentDiscoveriesServer [--port 8089] [--rows N] [--threads N]
 * [--pool N] [--deep N] [--explain] [--data-dir DIR] [--samples DIR] [--db JDBC_URL]}.
 * Not thread-safe (a command-line program).
 */
public final class RecentDiscoveriesServer {

  /**
   * The SQL of quant-rest's recent page ({@code ApiQueries.recentDiscoveries}), for the plans
   * and the deep cursor only: the server itself runs quant-rest's own copy.
   */
  static final String RECENT_SQL = "SELECT d.id, d.politician_id, p.full_name, d.pattern_type, "
      + "d.strength, d.confidence, d.parameters, d.description, d.window_start, d.window_end, "
      + "d.discovery_date FROM pattern_discoveries d JOIN politicians p ON p.id = d.politician_id"
      + "%s ORDER BY d.discovery_date DESC, d.strength DESC, d.id LIMIT ?";
  static final String RECENT_AFTER = " WHERE d.discovery_date <= ? AND (d.discovery_date < ?"
      + " OR (d.discovery_date = ? AND (d.strength < ? OR (d.strength = ? AND d.id > ?))))";

  private static final String HOUSE_FILE = "congress/house_transactions_2020_2022.csv";
  private static final long SEED = 20261122L;
  private static final String USAGE = "usage: RecentDiscoveriesServer [--port 8089] [--rows N] "
      + "[--threads N] [--pool N] [--deep N] [--explain] [--data-dir DIR] [--samples DIR] "
      + "[--db JDBC_URL (user and password from QUANT_DB_USER, QUANT_DB_PASSWORD)]";

  private RecentDiscoveriesServer() {
  }

  /**
   * Runs the fixture until the process is stopped (SIGTERM or Ctrl-C).
   *
   * @param args the options above
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options;
    try {
      options = options(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    PrintStream out = System.out;
    int port = Integer.parseInt(options.getOrDefault("--port", "8089"));
    long rows = Long.parseLong(options.getOrDefault("--rows", "1000000"));
    QuantHttpServer.Settings settings = QuantHttpServer.Settings.onLoopback(port);
    if (options.containsKey("--threads")) {
      settings = settings.withThreads(Integer.parseInt(options.get("--threads")));
    }
    int poolSize = Integer.parseInt(options.getOrDefault("--pool",
        Integer.toString(settings.threads())));
    long deep = Long.parseLong(options.getOrDefault("--deep", "10000"));

    EmbeddedPostgres postgres = null;
    HikariConfig hikari = new HikariConfig();
    hikari.setMaximumPoolSize(poolSize);
    hikari.setMinimumIdle(poolSize);
    hikari.setPoolName("load-fixture");
    if (options.containsKey("--db")) {
      hikari.setJdbcUrl(options.get("--db"));
      hikari.setUsername(System.getenv().getOrDefault("QUANT_DB_USER", "postgres"));
      hikari.setPassword(System.getenv().getOrDefault("QUANT_DB_PASSWORD", ""));
    } else {
      Path dir = Path.of(options.getOrDefault("--data-dir", "benchmarks/target/load-pgdata"));
      Files.createDirectories(dir);
      long t0 = System.nanoTime();
      postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
          .start();
      out.printf(Locale.ROOT, "embedded PostgreSQL on port %d, data in %s (%d ms)%n",
          postgres.getPort(), dir.toAbsolutePath(), millisSince(t0));
      hikari.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      hikari.setUsername("postgres");
    }
    HikariDataSource pool = new HikariDataSource(hikari);
    EmbeddedPostgres pg = postgres;
    QuantHttpServer server;
    try {
      prepare(pool, rows, deep, options, out);
      Optional<String> cursor = cursorAt(pool, deep);
      QuantApi api = QuantApi.create(pool, Clock.systemUTC(), QuantApi.Settings.defaults());
      server = QuantHttpServer.start(api, settings);
      out.printf(Locale.ROOT, "server threads %d, connection pool %d%n", settings.threads(),
          poolSize);
      out.println("DEEP_CURSOR " + cursor.orElse(""));
      out.println("READY " + server.baseUrl());
      out.flush();
    } catch (RuntimeException | SQLException | IOException e) {
      pool.close();
      if (pg != null) {
        pg.close();
      }
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      pool.close();
      if (pg != null) {
        try {
          pg.close();
        } catch (IOException e) {
          System.err.println("cannot stop PostgreSQL: " + e.getMessage());
        }
      }
    }, "load-fixture-stop"));
    server.awaitStop();
  }

  private static void prepare(HikariDataSource pool, long rows, long deep,
      Map<String, String> options, PrintStream out) throws SQLException, IOException {
    long t0 = System.nanoTime();
    int applied = QuantDatabase.migrate(pool);
    out.printf(Locale.ROOT, "migrated: %d migrations applied (%d ms)%n", applied,
        millisSince(t0));
    if (housePoliticians(pool) == 0) {
      Path samples = Path.of(options.getOrDefault("--samples",
          System.getProperty("quant.data.dir", "samples/data")));
      t0 = System.nanoTime();
      new DisclosureImporter(pool, Clock.systemUTC()).importFile(samples.resolve(HOUSE_FILE),
          n -> { });
      out.printf(Locale.ROOT, "imported %s (%d ms)%n", HOUSE_FILE, millisSince(t0));
    }
    t0 = System.nanoTime();
    DiscoverySeeder.Result seeded = DiscoverySeeder.seed(pool, rows, SEED);
    out.printf(Locale.ROOT, "pattern_discoveries: %d rows before, %d seeded rows replaced, "
        + "%d inserted over %d nights%s (%d ms), %d House politicians%n", seeded.before(),
        seeded.deleted(), seeded.inserted(), seeded.nights(),
        seeded.firstNight().map(d -> " from " + d + " to " + DiscoverySeeder.LAST_NIGHT)
            .orElse(""), millisSince(t0), housePoliticians(pool));
    t0 = System.nanoTime();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("ANALYZE politicians");
      s.execute("ANALYZE pattern_discoveries");
    }
    out.printf(Locale.ROOT, "analyzed (%d ms)%n", millisSince(t0));
    if (options.containsKey("--explain")) {
      explain(pool, deep, out);
    }
  }

  private static long housePoliticians(HikariDataSource pool) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT COUNT(*) FROM politicians WHERE chamber = 'HOUSE'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The keys of the row {@code offset} rows down the recent order, as the API's cursor. */
  private static Optional<String> cursorAt(HikariDataSource pool, long offset)
      throws SQLException {
    if (offset <= 0) {
      return Optional.empty();
    }
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT d.discovery_date, d.strength, d.id FROM pattern_discoveries d "
            + "ORDER BY d.discovery_date DESC, d.strength DESC, d.id OFFSET ? LIMIT 1")) {
      ps.setLong(1, offset - 1);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new PageCursor("recent", rs.getDouble(2),
            rs.getTimestamp(1).toInstant(), rs.getObject(3, UUID.class)).toString());
      }
    }
  }

  private static void explain(HikariDataSource pool, long deep, PrintStream out)
      throws SQLException {
    try (Connection c = pool.getConnection()) {
      out.println("EXPLAIN ANALYZE, first page (limit 10 + 1):");
      try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) "
          + String.format(Locale.ROOT, RECENT_SQL, ""))) {
        ps.setInt(1, 11);
        print(ps, out);
      }
      try (PreparedStatement key = c.prepareStatement(
          "SELECT d.discovery_date, d.strength, d.id FROM pattern_discoveries d "
              + "ORDER BY d.discovery_date DESC, d.strength DESC, d.id OFFSET ? LIMIT 1")) {
        key.setLong(1, Math.max(0, deep - 1));
        List<Object> keys = new ArrayList<>();
        try (ResultSet rs = key.executeQuery()) {
          if (!rs.next()) {
            return;
          }
          keys.add(rs.getTimestamp(1));
          keys.add(rs.getDouble(2));
          keys.add(rs.getObject(3, UUID.class));
        }
        out.printf(Locale.ROOT, "EXPLAIN ANALYZE, the page after row %d (limit 10 + 1):%n",
            deep);
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) "
            + String.format(Locale.ROOT, RECENT_SQL, RECENT_AFTER))) {
          ps.setTimestamp(1, (Timestamp) keys.get(0));
          ps.setTimestamp(2, (Timestamp) keys.get(0));
          ps.setTimestamp(3, (Timestamp) keys.get(0));
          ps.setDouble(4, (Double) keys.get(1));
          ps.setDouble(5, (Double) keys.get(1));
          ps.setObject(6, keys.get(2));
          ps.setInt(7, 11);
          print(ps, out);
        }
      }
    }
  }

  private static void print(PreparedStatement ps, PrintStream out) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.println("  " + rs.getString(1));
      }
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new HashMap<>();
    List<String> valued = List.of("--port", "--rows", "--threads", "--pool", "--deep",
        "--data-dir", "--samples", "--db");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--explain")) {
        out.put(a, "");
      } else if (valued.contains(a) && i + 1 < args.length) {
        out.put(a, args[++i]);
      } else {
        throw new IllegalArgumentException("unknown or incomplete option: " + a);
      }
    }
    return out;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
