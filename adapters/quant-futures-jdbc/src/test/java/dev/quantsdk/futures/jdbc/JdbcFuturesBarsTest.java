package dev.quantsdk.futures.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bar store's upsert on both dialects: embedded H2 and a real PostgreSQL (zonky). */
class JdbcFuturesBarsTest {

  private static final ContractSpec ESU19 = FuturesCatalogue.contract("ESU2019");
  private static final ContractSpec ESZ19 = FuturesCatalogue.contract("ESZ2019");

  @TempDir
  Path directory;

  /** ES1/ES2 rows of 2019-09-19 and 2019-09-20 (ESU19's last two days) and ESZ19's 2019-09-23. */
  private static BarSeries bars(double lastClose) {
    return BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(LocalDate.of(2019, 9, 19), 3006.0, 3021.0, 3003.75, 3006.25, 3006.25, 1_000, 12_000)
        .add(LocalDate.of(2019, 9, 20), 3006.0, 3010.0, 2999.0, 3005.0, 3005.0, 900, Double.NaN)
        .add(LocalDate.of(2019, 9, 23), 2992.0, 3010.0, 2990.0, lastClose, Double.NaN, 800, 11_000)
        .build();
  }

  private static void storeTwiceAndCheck(DatabaseConfig config) throws SQLException {
    try (MigratedPool db = MigratedPool.migrated(config)) {
      JdbcFuturesBars store = new JdbcFuturesBars(db.dataSource);
      BarSeries first = bars(3001.0);
      BarSeries second = bars(3002.5);
      List<ContractSpec> held = List.of(ESU19, ESU19, ESZ19);

      assertThat(store.store(first, held::get)).isEqualTo(3);
      assertThat(store.store(second, held::get)).as("re-import rewrites, adds none").isEqualTo(3);

      assertThat(store.count(List.of(ESU19))).isEqualTo(2);
      assertThat(store.count(List.of(ESZ19))).isEqualTo(1);
      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT b.close_price, b.settle_price, b.open_interest, c.local_symbol "
              + "FROM futures_bars b JOIN futures_contracts c ON c.id = b.contract_id ORDER BY b.bar_time")) {
        rs.next();
        assertThat(rs.getDouble(1)).isEqualTo(3006.25);
        assertThat(rs.getLong(3)).isEqualTo(12_000);
        assertThat(rs.getString(4)).isEqualTo("ESU2019");
        rs.next();
        assertThat(rs.getObject(3)).as("absent open interest is NULL").isNull();
        rs.next();
        assertThat(rs.getDouble(1)).as("the second import's close").isEqualTo(3002.5);
        assertThat(rs.getObject(2)).as("absent settle is NULL").isNull();
        assertThat(rs.getString(4)).isEqualTo("ESZ2019");
      }
    }
  }

  @Test
  void store_h2_upsertsByContractAndTime() throws SQLException {
    storeTwiceAndCheck(TestDatabases.h2(directory));
  }

  @Test
  void store_postgres_upsertsByContractAndTime() throws SQLException {
    storeTwiceAndCheck(TestDatabases.postgres());
  }
}
