package dev.quantsdk.dashboard;

import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.io.ChrisCsvLoader;
import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.importers.ImportResult;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryStore;
import dev.quantsdk.jdbc.discovery.JdbcRunRecorder;
import dev.quantsdk.jdbc.discovery.JdbcTradeSource;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.orchestration.futures.BacktestRun;
import dev.quantsdk.orchestration.futures.EquityCurves;
import dev.quantsdk.orchestration.futures.FuturesStore;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * The data behind the browser tests: the bundled real House disclosures imported with the
 * importer, one full discovery run over them (the discovery facade on the JDBC ports: cycles,
 * anomalies, the co-trading network, a job run), and one real {@code sma-cross} backtest of the
 * bundled ES front-month series stored with its equity curve.
 */
final class DashboardFixture {

  static final Path DATA = Path.of(System.getProperty("quant.data.dir"));
  static final Path HOUSE_FILE = DATA.resolve("congress/house_transactions_2020_2022.csv");
  static final Path ES1_FILE = DATA.resolve("futures/ES1_front_month_daily.csv");
  /** The stored backtest run's id. */
  static final String BACKTEST_ID = "6f1c2a43-0d5e-4c3b-9a57-3d1e8b2f0c11";
  /** The moving-average windows of the stored backtest, in bars. */
  static final int FAST = 20;
  static final int SLOW = 100;
  /** The most points the stored equity curve keeps. */
  static final int CHART_POINTS = 400;
  /** The House file has 14,000+ importable rows (samples/data/README.md). */
  static final int MIN_HOUSE_TRADES = 14_000;

  private DashboardFixture() {
  }

  /**
   * Opens (migrates) the database, imports the House file and runs one full discovery.
   *
   * @throws IllegalStateException if the import or the discovery found too little to show
   */
  static QuantDatabase openWithDiscoveries(DatabaseConfig config) {
    QuantDatabase db = QuantDatabase.open(config);
    ImportResult imported = new DisclosureImporter(db.dataSource(), Clock.systemUTC())
        .importFile(HOUSE_FILE, n -> { });
    if (imported.imported() < MIN_HOUSE_TRADES) {
      throw new IllegalStateException("House import stored only " + imported.imported());
    }
    JdbcTradeSource source = new JdbcTradeSource(db.dataSource());
    Clock clock = Clock.systemUTC();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      DiscoveryReport report = new DiscoveryService(source,
          new JdbcDiscoveryStore(db.dataSource(), clock), new JdbcRunRecorder(db.dataSource()),
          clock, pool, DiscoveryService.Settings.defaults())
          .scanAll(source.dataWindow().orElseThrow(), (done, total, item) -> { });
      if (report.cyclesFound() == 0 || report.criticalAnomalies() == 0) {
        throw new IllegalStateException("the discovery found nothing to show: " + report);
      }
    } finally {
      pool.shutdownNow();
    }
    return db;
  }

  /**
   * Runs the {@code sma-cross} backtest of the bundled ES1 series and stores it with its
   * downsampled equity curve.
   *
   * @return the stored run
   */
  static BacktestRun storeBacktest(FuturesStore store) {
    BarSeries bars = ChrisCsvLoader.load(ES1_FILE, ValidationPolicy.REPAIR).series();
    SmaCrossParams p = SmaCrossParams.es(FAST, SLOW);
    SmaCrossResult result = SmaCrossBacktest.run(SmaCrossColumns.of(bars), p);
    SmaCrossSummary s = result.summary();
    List<LocalDate> dates = IntStream.range(0, bars.size()).mapToObj(bars::date).toList();
    Map<String, Object> parameters = ordered("instrument", "ES1", "fast", p.fast(), "slow",
        p.slow());
    Map<String, Object> metrics = ordered("bars", s.bars(), "round_trips", s.roundTrips(),
        "net_pnl", s.netPnl(), "final_equity", s.finalEquity(), "sharpe", s.metrics().sharpe(),
        "max_drawdown_pct", s.metrics().maxDrawdownPct());
    BacktestRun run = new BacktestRun(BACKTEST_ID, "sma-cross", "ES", dates.get(0),
        dates.get(dates.size() - 1), parameters, metrics, Instant.now(),
        EquityCurves.downsample(dates, result.equity(), CHART_POINTS));
    store.saveBacktestRun(run);
    return run;
  }

  /** A map in the order of its name-value pairs (the order the dashboard lists them). */
  private static Map<String, Object> ordered(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }
}
