package dev.quantsdk.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscoverySeederTest {

  private static final long SEED = 7L;
  private static final int TARGET = 3_000;

  private QuantDatabase database;

  private DataSource migrated(boolean withHouse) {
    database = QuantDatabase.open(TestDatabases.postgres());
    DataSource pool = database.dataSource();
    if (withHouse) {
      new DisclosureImporter(pool, Clock.systemUTC()).importFile(Path.of(
          System.getProperty("quant.data.dir"), "congress/house_transactions_2020_2022.csv"),
          n -> { });
    }
    return pool;
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void seed_insertsTheTarget_asNightlyRunsOverTheHousePoliticians() throws SQLException {
    DataSource db = migrated(true);

    DiscoverySeeder.Result r = DiscoverySeeder.seed(db, TARGET, SEED);

    assertThat(r.before()).isZero();
    assertThat(r.inserted()).isEqualTo(TARGET);
    assertThat(r.firstNight()).isPresent();
    assertThat(r.firstNight().get()).isBefore(DiscoverySeeder.LAST_NIGHT);
    assertThat(longOf(db, "SELECT COUNT(*) FROM pattern_discoveries")).isEqualTo(TARGET);
    // every row belongs to a House member and to one seeded nightly run
    assertThat(longOf(db, "SELECT COUNT(*) FROM pattern_discoveries d JOIN politicians p "
        + "ON p.id = d.politician_id JOIN job_runs j ON j.id = d.run_id WHERE p.chamber = "
        + "'HOUSE' AND j.kind = 'discovery.nightly' AND j.message = '"
        + DiscoverySeeder.SEED_MESSAGE + "'")).isEqualTo(TARGET);
    assertThat(longOf(db, "SELECT COUNT(*) FROM job_runs")).isEqualTo(r.nights());
    // spread over many members, both pattern types, both windows
    assertThat(longOf(db, "SELECT COUNT(DISTINCT politician_id) FROM pattern_discoveries"))
        .isGreaterThan(100);
    assertThat(longOf(db, "SELECT COUNT(DISTINCT pattern_type) FROM pattern_discoveries "
        + "WHERE pattern_type IN ('fourier_cycle', 'fourier_cycle_candidate')")).isEqualTo(2);
    assertThat(longOf(db, "SELECT COUNT(*) FROM pattern_discoveries "
        + "WHERE window_end - window_start + 1 NOT IN (365, 1096)")).isZero();
    // a run on night N analyses the window ending on N - 1 and stores the rows during night N
    assertThat(longOf(db, "SELECT COUNT(*) FROM pattern_discoveries d JOIN job_runs j "
        + "ON j.id = d.run_id WHERE (d.discovery_date AT TIME ZONE 'UTC')::date "
        + "<> d.window_end + 1 OR d.discovery_date < j.started_at "
        + "OR d.discovery_date > j.finished_at")).isZero();
    // a surviving cycle's q-value is at least its false-alarm probability; confidence = 1 - q
    assertThat(longOf(db, "SELECT COUNT(*) FROM pattern_discoveries WHERE pattern_type = "
        + "'fourier_cycle' AND ((parameters->>'q_value')::float8 "
        + "< (parameters->>'false_alarm_probability')::float8 "
        + "OR abs(confidence - (1 - (parameters->>'q_value')::float8)) > 1e-12)")).isZero();
    assertThat(longOf(db, "SELECT COUNT(*) FROM pattern_discoveries WHERE pattern_type = "
        + "'fourier_cycle_candidate' AND (parameters ? 'q_value' "
        + "OR (parameters->>'period_days')::float8 <= 2)")).isZero();
  }

  @Test
  void seed_leavesAFullTableAlone_andReseedsItsOwnRowsDeterministically() throws SQLException {
    DataSource db = migrated(true);
    DiscoverySeeder.seed(db, TARGET, SEED);
    Set<UUID> first = ids(db);

    DiscoverySeeder.Result again = DiscoverySeeder.seed(db, TARGET, SEED);
    DiscoverySeeder.Result more = DiscoverySeeder.seed(db, TARGET + 500, SEED);

    assertThat(again.inserted()).isZero();
    assertThat(again.before()).isEqualTo(TARGET);
    assertThat(more.deleted()).isEqualTo(TARGET);
    assertThat(more.inserted()).isEqualTo(TARGET + 500);
    Set<UUID> second = ids(db);
    assertThat(second).hasSize(TARGET + 500).containsAll(first);
  }

  @Test
  void seed_refusesADatabaseWithoutHousePoliticians() {
    DataSource db = migrated(false);

    assertThatThrownBy(() -> DiscoverySeeder.seed(db, TARGET, SEED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no House politicians are stored");
  }

  private static long longOf(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Set<UUID> ids(DataSource db) throws SQLException {
    Set<UUID> out = new HashSet<>();
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM pattern_discoveries")) {
      while (rs.next()) {
        out.add(rs.getObject(1, UUID.class));
      }
    }
    return out;
  }
}
