package dev.quantsdk.rest.jdk;

import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.importers.ImportResult;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryStore;
import dev.quantsdk.jdbc.discovery.JdbcRunRecorder;
import dev.quantsdk.jdbc.discovery.JdbcTradeSource;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.rest.SteppingClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A database holding the bundled real House disclosures (imported with the importer) and the
 * results of one real discovery run over them (the discovery facade on the JDBC ports).
 */
final class HouseDiscoveries {

  static final Path HOUSE_FILE = Path.of(System.getProperty("quant.data.dir"), "congress",
      "house_transactions_2020_2022.csv");
  static final Instant START = Instant.parse("2026-11-22T03:00:00Z");

  private HouseDiscoveries() {
  }

  /** Opens (migrates) the database, imports the House file and runs a full discovery. */
  static QuantDatabase open(DatabaseConfig config) {
    QuantDatabase db = QuantDatabase.open(config);
    ImportResult imported = new DisclosureImporter(db.dataSource(),
        Clock.fixed(START, ZoneOffset.UTC)).importFile(HOUSE_FILE, n -> { });
    if (imported.imported() < 14_000) {
      throw new IllegalStateException("House import stored only " + imported.imported());
    }
    JdbcTradeSource source = new JdbcTradeSource(db.dataSource());
    // every reading of the clock is one millisecond later, so discoveries differ in time
    Clock clock = new SteppingClock(START, Duration.ofMillis(1));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      DiscoveryReport report = new DiscoveryService(source,
          new JdbcDiscoveryStore(db.dataSource(), clock), new JdbcRunRecorder(db.dataSource()),
          clock, pool, DiscoveryService.Settings.defaults())
          .scanAll(source.dataWindow().orElseThrow(), (done, total, item) -> { });
      if (report.cyclesFound() == 0 || report.criticalAnomalies() == 0) {
        throw new IllegalStateException("the discovery found nothing to serve: " + report);
      }
    } finally {
      pool.shutdownNow();
    }
    return db;
  }
}
