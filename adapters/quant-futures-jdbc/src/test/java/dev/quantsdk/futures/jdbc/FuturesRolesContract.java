package dev.quantsdk.futures.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.orchestration.futures.BacktestRun;
import dev.quantsdk.orchestration.futures.ChartPoint;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.persistence.DatabaseConfig;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The V9 futures grants: a worker (role {@code quant_discovery}) reads stored bars and writes
 * analyses and backtest runs, the outputs of a scheduled analysis, but cannot write bars or paper
 * trading; the host app's role writes all of them. Run once per database (H2 enforces grants too).
 */
abstract class FuturesRolesContract {

  static final AtomicInteger USERS = new AtomicInteger();
  private static final ContractSpec ESZ19 = FuturesCatalogue.contract("ESZ2019");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-10-01T00:00:00Z"),
      ZoneOffset.UTC);

  MigratedPool admin;
  DatabaseConfig adminConfig;

  abstract DatabaseConfig newDatabase();

  /** A login user of a group role, on the admin's database. */
  abstract DatabaseConfig loginUser(String role);

  /** The SQLState of a refused privilege. */
  abstract String refused();

  @BeforeEach
  void open() {
    adminConfig = newDatabase();
    admin = MigratedPool.migrated(adminConfig);
  }

  @AfterEach
  void close() {
    admin.close();
  }

  /** Three daily bars of ESZ2019 (prices illustrative: the grants are under test, not the data). */
  private static BarSeries bars() {
    return BarSeries.builder(TimeBase.EPOCH_DAY)
        .add(LocalDate.of(2019, 9, 23), 2992.0, 3003.0, 2984.5, 2993.75, 2993.75, 1_000, Double.NaN)
        .add(LocalDate.of(2019, 9, 24), 2995.0, 3007.75, 2957.75, 2970.0, 2970.0, 1_000, Double.NaN)
        .add(LocalDate.of(2019, 9, 25), 2968.5, 2992.25, 2955.0, 2987.0, 2987.0, 1_000, Double.NaN)
        .build();
  }

  private static BacktestRun run() {
    return new BacktestRun(UUID.randomUUID().toString(), "sma-cross", "ES",
        LocalDate.of(2019, 9, 23), LocalDate.of(2019, 9, 25), Map.of("fast", 2), Map.of(),
        CLOCK.instant(), List.of(new ChartPoint(LocalDate.of(2019, 9, 23), 100_000.0)));
  }

  private void storesAnalysesAndRunsAndReadsBars(MigratedPool user) {
    JdbcFuturesStore store = new JdbcFuturesStore(user.dataSource);
    FuturesAnalysisReport report = JdbcFuturesStoreContract.Es1.REPORT;
    BacktestRun run = run();

    store.saveAnalysis(report);
    store.saveBacktestRun(run);

    assertThat(store.latestAnalysis(report.instrument())).contains(report);
    assertThat(store.backtestRun(run.id())).contains(run);
    assertThat(JdbcBarSource.builder(user.dataSource).contract("ESZ2019", FuturesCatalogue.ES,
        ESZ19).build().load("ESZ2019").bars().series().size()).isEqualTo(3);
  }

  @Test
  void discoveryRole_storesAnalysesAndRuns_readsBars_butCannotWriteBarsOrPaperTrading() {
    new JdbcFuturesBars(admin.dataSource).store(bars(), i -> ESZ19);
    try (MigratedPool worker = MigratedPool.connect(loginUser("quant_discovery"))) {
      storesAnalysesAndRunsAndReadsBars(worker);

      assertThatThrownBy(() -> new JdbcFuturesBars(worker.dataSource).store(bars(), i -> ESZ19))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining(refused());
      assertThatThrownBy(() -> new JdbcPaperTradingStore(worker.dataSource, "worker", 1_000,
          List.of(ESZ19), List.of(ESZ19), TimeBase.EPOCH_DAY, CLOCK))
          .isInstanceOfSatisfying(SQLException.class,
              e -> assertThat(e.getSQLState()).isEqualTo(refused()));
    }
  }

  @Test
  void appRole_writesBarsAnalysesAndRuns() {
    try (MigratedPool app = MigratedPool.connect(loginUser("quant_app"))) {
      assertThat(new JdbcFuturesBars(app.dataSource).store(bars(), i -> ESZ19)).isEqualTo(3);
      storesAnalysesAndRunsAndReadsBars(app);
    }
  }
}
