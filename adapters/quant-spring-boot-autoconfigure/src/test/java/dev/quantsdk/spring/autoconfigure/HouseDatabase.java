package dev.quantsdk.spring.autoconfigure;

import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryStore;
import dev.quantsdk.jdbc.discovery.JdbcRunRecorder;
import dev.quantsdk.jdbc.discovery.JdbcTradeSource;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * An H2 file database as a host would have it after {@code quant import house} and one
 * {@code quant discover}: the bundled real House disclosures imported by the SDK's importer and
 * one full discovery run over them, written through the JDBC ports. The Spring context under test
 * then connects to the same file through {@code spring.datasource.url}.
 */
final class HouseDatabase {

  /** When the rows were imported and discovered. */
  static final Instant SEEDED_AT = Instant.parse("2026-11-22T03:00:00Z");

  private static final int MIN_HOUSE_ROWS = 14_000;

  private HouseDatabase() {
  }

  /**
   * Creates, migrates and fills the database, then closes the SDK's own pool.
   *
   * @param directory a directory the test owns
   * @return the configuration (URL, user {@code sa}) to connect to it
   */
  static DatabaseConfig seed(Path directory) {
    DatabaseConfig config = DatabaseConfig.embeddedH2(directory);
    Path house = Path.of(System.getProperty("quant.data.dir"), "congress",
        "house_transactions_2020_2022.csv");
    Clock clock = Clock.fixed(SEEDED_AT, ZoneOffset.UTC);
    try (QuantDatabase db = QuantDatabase.open(config)) {
      long imported = new DisclosureImporter(db.dataSource(), clock).importFile(house, n -> { })
          .imported();
      if (imported < MIN_HOUSE_ROWS) {
        throw new IllegalStateException("the House file gave only " + imported + " trades");
      }
      JdbcTradeSource trades = new JdbcTradeSource(db.dataSource());
      DiscoveryReport report = new DiscoveryService(trades,
          new JdbcDiscoveryStore(db.dataSource(), clock), new JdbcRunRecorder(db.dataSource()),
          clock, Runnable::run, DiscoveryService.Settings.defaults())
          .scanAll(trades.dataWindow().orElseThrow(), (done, total, item) -> { });
      if (report.cyclesFound() == 0 || report.criticalAnomalies() == 0) {
        throw new IllegalStateException("nothing discovered to serve: " + report);
      }
    }
    return config;
  }
}
