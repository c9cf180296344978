package dev.quantsdk.benchmarks;

import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.importers.DisclosureReader;
import dev.quantsdk.importers.ImportResult;
import dev.quantsdk.importers.JdbcTradeWriter;
import dev.quantsdk.importers.NormalizedTrade;
import dev.quantsdk.importers.PoliticianIdentity;
import dev.quantsdk.importers.TradeNormalizer;
import dev.quantsdk.persistence.QuantDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import throughput of the bundled House Stock Watcher file (14,796 rows) into H2 (in memory) and
 * embedded PostgreSQL: the full importer (parse, validate, de-duplicate, batch insert with a commit
 * every 1,000 rows) against a raw JDBC batch insert of the same, already parsed rows (the floor).
 * Scores are rows per second. Each invocation starts from empty {@code trades} and
 * {@code politicians} tables.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar ImportBenchmark}
 * (the data is read from {@code samples/data}, or {@code -Dquant.data.dir=...} passed with
 * {@code -jvmArgsAppend}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ImportBenchmark {

  /** Rows in the House file: the score's unit is rows per second. */
  private static final int HOUSE_ROWS = 14_796;
  private static final int IMPORTED_ROWS = 14_791;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

  /** The database. */
  @Param({"H2", "POSTGRESQL"})
  public String database;

  private EmbeddedPostgres postgres;
  private DataSource dataSource;
  private Path houseFile;
  private List<NormalizedTrade> parsedRows;

  /**
   * Starts the database, migrates it and parses the file once for the floor.
   *
   * @throws IOException if PostgreSQL cannot start
   */
  @Setup(Level.Trial)
  public void start() throws IOException {
    houseFile = Path.of(System.getProperty("quant.data.dir", "samples/data"))
        .resolve("congress/house_transactions_2020_2022.csv");
    if (!Files.isRegularFile(houseFile)) {
      throw new IllegalStateException("run from the repository root: missing " + houseFile.toAbsolutePath());
    }
    if (database.equals("H2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:import_bench;DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      h2.setPassword("");
      dataSource = h2;
    } else {
      postgres = EmbeddedPostgres.builder().start();
      dataSource = postgres.getPostgresDatabase();
    }
    QuantDatabase.migrate(dataSource);
    parsedRows = parse(houseFile);
  }

  /**
   * Empties the tables before each import.
   *
   * @throws SQLException if the database fails
   */
  @Setup(Level.Invocation)
  public void empty() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("DELETE FROM trades");
      s.execute("DELETE FROM politicians");
    }
  }

  /**
   * Stops PostgreSQL.
   *
   * @throws IOException if stopping fails
   */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  /**
   * The importer: read, validate, de-duplicate and write the whole file.
   *
   * @return the import result
   */
  @Benchmark
  @OperationsPerInvocation(HOUSE_ROWS)
  public ImportResult importer() {
    ImportResult result = new DisclosureImporter(dataSource, CLOCK).importFile(houseFile, rows -> { });
    if (result.imported() != IMPORTED_ROWS) {
      throw new IllegalStateException("imported " + result.imported() + " rows, expected " + IMPORTED_ROWS);
    }
    return result;
  }

  /**
   * The floor: plain JDBC batch inserts of the same rows, already parsed, with the same commit
   * interval and no duplicate check.
   *
   * @return the rows inserted
   * @throws SQLException if the database fails
   */
  @Benchmark
  @OperationsPerInvocation(HOUSE_ROWS)
  public int rawJdbcFloor() throws SQLException {
    int inserted = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      Map<String, UUID> politicians = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO politicians (id, full_name, chamber,"
          + " state, district, bioguide_id, natural_key) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (NormalizedTrade trade : parsedRows) {
          PoliticianIdentity p = trade.politician();
          if (!politicians.containsKey(p.naturalKey())) {
            UUID id = UUID.nameUUIDFromBytes(p.naturalKey().getBytes(StandardCharsets.UTF_8));
            politicians.put(p.naturalKey(), id);
            ps.setObject(1, id);
            ps.setString(2, p.fullName());
            ps.setString(3, p.chamber().name());
            text(ps, 4, p.state());
            text(ps, 5, p.district());
            text(ps, 6, p.bioguideId());
            ps.setString(7, p.naturalKey());
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO trades (id, politician_id,"
          + " transaction_date, disclosure_date, disclosure_lag_days, late_filing,"
          + " traded_after_disclosure, owner, ticker, asset_description, asset_type, trade_type,"
          + " amount_min_usd, amount_max_usd, amount_raw, amount_note, source, source_link, filing_id,"
          + " comment, natural_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?)")) {
        int inBatch = 0;
        for (NormalizedTrade t : parsedRows) {
          ps.setObject(1, JdbcTradeWriter.tradeId(t.naturalKey()));
          ps.setObject(2, politicians.get(t.politician().naturalKey()));
          ps.setObject(3, t.transactionDate());
          ps.setObject(4, t.disclosureDate().orElseThrow());
          ps.setInt(5, t.disclosureLagDays().orElseThrow());
          ps.setBoolean(6, t.lateFiling());
          ps.setBoolean(7, t.tradedAfterDisclosure());
          text(ps, 8, t.owner());
          text(ps, 9, t.ticker());
          text(ps, 10, t.assetDescription());
          text(ps, 11, t.assetType());
          ps.setString(12, t.type().name());
          if (t.amount().band().isPresent()) {
            ps.setLong(13, t.amount().band().get().minUsd());
          } else {
            ps.setNull(13, Types.BIGINT);
          }
          if (t.amount().band().isPresent() && t.amount().band().get().maxUsd().isPresent()) {
            ps.setLong(14, t.amount().band().get().maxUsd().getAsLong());
          } else {
            ps.setNull(14, Types.BIGINT);
          }
          ps.setString(15, t.amount().raw());
          text(ps, 16, t.amount().note());
          ps.setString(17, t.source());
          text(ps, 18, t.link());
          text(ps, 19, t.filingId());
          text(ps, 20, t.comment());
          ps.setString(21, t.naturalKey());
          ps.addBatch();
          if (++inBatch == DisclosureImporter.DEFAULT_BATCH_SIZE) {
            inserted += ps.executeBatch().length;
            c.commit();
            inBatch = 0;
          }
        }
        inserted += ps.executeBatch().length;
        c.commit();
      }
    }
    return inserted;
  }

  private static void text(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      ps.setString(index, value.get());
    } else {
      ps.setNull(index, Types.VARCHAR);
    }
  }

  private static List<NormalizedTrade> parse(Path file) {
    TradeNormalizer normalizer = new TradeNormalizer(CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate());
    Map<String, Integer> occurrences = new HashMap<>();
    List<NormalizedTrade> rows = new ArrayList<>(HOUSE_ROWS);
    try (DisclosureReader reader = DisclosureReader.open(file)) {
      while (reader.hasNext()) {
        if (normalizer.normalize(reader.next()) instanceof NormalizedTrade trade) {
          rows.add(trade.withOccurrence(occurrences.merge(trade.contentHash(), 1, Integer::sum)));
        }
      }
    }
    return rows;
  }
}
