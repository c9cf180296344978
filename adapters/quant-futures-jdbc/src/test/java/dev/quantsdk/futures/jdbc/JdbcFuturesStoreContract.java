package dev.quantsdk.futures.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.orchestration.futures.BacktestRun;
import dev.quantsdk.orchestration.futures.ChartPoint;
import dev.quantsdk.orchestration.futures.FileBarSource;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.orchestration.futures.FuturesAnalysisService;
import dev.quantsdk.orchestration.futures.InMemoryFuturesStore;
import dev.quantsdk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The futures store's contract, run once per database (H2 and a real PostgreSQL). */
abstract class JdbcFuturesStoreContract {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:00:00Z"),
      ZoneOffset.UTC);
  private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

  private MigratedPool db;
  private JdbcFuturesStore store;

  abstract DatabaseConfig newDatabase();

  /** One real analysis of the bundled ES1 file (default settings), shared by the tests. */
  static final class Es1 {
    static final InMemoryFuturesStore MEMORY = new InMemoryFuturesStore();
    static final FuturesAnalysisReport REPORT = analyse();

    private static FuturesAnalysisReport analyse() {
      Path es1 = Path.of(System.getProperty("quant.data.dir"), "futures",
          "ES1_front_month_daily.csv");
      AtomicLong nanos = new AtomicLong();
      FuturesAnalysisService service = new FuturesAnalysisService(FileBarSource.builder()
          .chris("ES1", es1, FuturesCatalogue.ES).build(), MEMORY, r -> { }, CLOCK,
          () -> nanos.addAndGet(1_000_000), FuturesAnalysisService.Settings.defaults());
      return service.analyze("ES1", (done, total, item) -> { });
    }
  }

  @BeforeEach
  void open() {
    db = MigratedPool.migrated(newDatabase());
    store = new JdbcFuturesStore(db.dataSource);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static FuturesAnalysisReport copy(FuturesAnalysisReport r, String runId,
      String instrument, Instant startedAt) {
    return new FuturesAnalysisReport(runId, instrument, startedAt,
        startedAt.plus(r.duration()), r.steps(), r.ingest(), r.features(), r.model(), r.signals(),
        r.backtest(), r.modelBacktest(), r.analytics());
  }

  private static BacktestRun run(String id, String strategy, Instant createdAt,
      List<ChartPoint> equity) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("trades", 12);
    metrics.put("sharpe", 0.8125);
    metrics.put("profit_factor", Double.POSITIVE_INFINITY);
    metrics.put("sortino", Double.NaN);
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("fast", 50);
    parameters.put("slow", 200);
    parameters.put("mode", "LONG_SHORT");
    parameters.put("multiplier", 50.0);
    parameters.put("features", List.of("ret_1", "rsi_14"));
    return new BacktestRun(id, strategy, "ES", LocalDate.of(1997, 9, 9),
        LocalDate.of(2019, 10, 18), parameters, metrics, createdAt, equity);
  }

  /** A daily curve of n points from 2000-01-03, 100,000 USD plus 25.5 a day. */
  private static List<ChartPoint> curve(int n) {
    List<ChartPoint> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ChartPoint(LocalDate.of(2000, 1, 3).plusDays(i), 100_000 + 25.5 * i));
    }
    return out;
  }

  @Test
  void saveAnalysis_realEs1Report_readsBackEqual() {
    FuturesAnalysisReport report = Es1.REPORT;
    assertThat(report.succeeded()).as("the bundled ES1 analysis succeeds").isTrue();
    assertThat(report.modelBacktest()).isPresent();

    store.saveAnalysis(report);

    assertThat(store.latestAnalysis("ES1")).contains(report);
  }

  @Test
  void saveBacktestRun_realEs1Run_readsBackEqualWithItsEquityCurve() {
    BacktestRun saved = Es1.MEMORY.backtestRun(Es1.REPORT.runId()).orElseThrow();
    assertThat(saved.equity()).isNotEmpty();

    store.saveBacktestRun(saved);

    assertThat(store.backtestRun(saved.id())).contains(saved);
    assertThat(db.count("SELECT COUNT(*) FROM backtest_equity")).isEqualTo(saved.equity().size());
  }

  @Test
  void saveAnalysis_sameRunId_replaces() {
    String id = UUID.randomUUID().toString();
    store.saveAnalysis(copy(Es1.REPORT, id, "ES1", T0));
    FuturesAnalysisReport later = copy(Es1.REPORT, id, "ES1", T0.plusSeconds(60));

    store.saveAnalysis(later);

    assertThat(db.count("SELECT COUNT(*) FROM futures_analyses")).isEqualTo(1);
    assertThat(store.latestAnalysis("ES1")).contains(later);
  }

  @Test
  void latestAnalysis_newestStartPerInstrument_emptyForUnknown() {
    FuturesAnalysisReport older = copy(Es1.REPORT, UUID.randomUUID().toString(), "ES1", T0);
    FuturesAnalysisReport newer = copy(Es1.REPORT, UUID.randomUUID().toString(), "ES1",
        T0.plusSeconds(3_600));
    FuturesAnalysisReport other = copy(Es1.REPORT, UUID.randomUUID().toString(), "ES2",
        T0.plusSeconds(7_200));
    store.saveAnalysis(newer);
    store.saveAnalysis(older);
    store.saveAnalysis(other);

    assertThat(store.latestAnalysis("ES1")).contains(newer);
    assertThat(store.latestAnalysis("ES2")).contains(other);
    assertThat(store.latestAnalysis("NQ1")).isEmpty();
  }

  @Test
  void backtestRuns_newestFirst_limitedAndPerStrategy() {
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    String c = UUID.randomUUID().toString();
    store.saveBacktestRun(run(b, "sma-cross", T0.plusSeconds(60), curve(3)));
    store.saveBacktestRun(run(a, "sma-cross", T0, List.of()));
    store.saveBacktestRun(run(c, "sma-cross", T0.plusSeconds(120), curve(2)));
    store.saveBacktestRun(run(UUID.randomUUID().toString(), "model-signal",
        T0.plusSeconds(180), List.of()));

    assertThat(store.backtestRuns("sma-cross", 2)).extracting(BacktestRun::id)
        .containsExactly(c, b);
    assertThat(store.backtestRuns("sma-cross", 10)).extracting(BacktestRun::id)
        .containsExactly(c, b, a);
    assertThat(store.backtestRuns("breakout", 10)).isEmpty();
  }

  @Test
  void saveBacktestRun_sameId_replacesRowAndCurve_acrossSeveralBatches() {
    String id = UUID.randomUUID().toString();
    int points = 2 * JdbcFuturesStore.BATCH + 7;
    BacktestRun first = run(id, "sma-cross", T0, curve(points));
    store.saveBacktestRun(first);
    assertThat(store.backtestRun(id)).contains(first);

    BacktestRun second = run(id, "sma-cross", T0.plusSeconds(5), curve(4));
    store.saveBacktestRun(second);

    assertThat(store.backtestRun(id)).contains(second);
    assertThat(db.count("SELECT COUNT(*) FROM backtest_runs")).isEqualTo(1);
    assertThat(db.count("SELECT COUNT(*) FROM backtest_equity")).isEqualTo(4);
  }

  @Test
  void backtestRun_metricsKeepNonFiniteValues_andParameterTypes() {
    BacktestRun saved = run(UUID.randomUUID().toString(), "sma-cross", T0, List.of());
    store.saveBacktestRun(saved);

    BacktestRun read = store.backtestRun(saved.id()).orElseThrow();

    assertThat(read.metrics().get("profit_factor")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat((Double) read.metrics().get("sortino")).isNaN();
    assertThat(read.metrics().get("trades")).isEqualTo(12);
    assertThat(read.parameters()).isEqualTo(saved.parameters());
  }

  @Test
  void backtestRun_unknownOrNonUuidId_isEmpty() {
    assertThat(store.backtestRun(UUID.randomUUID().toString())).isEmpty();
    assertThat(store.backtestRun("not-a-uuid")).isEmpty();
  }

  @Test
  void save_nonUuidId_isRefusedWithTheReason() {
    assertThatThrownBy(() -> store.saveBacktestRun(run("run-1", "sma-cross", T0, List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a UUID");
  }
}
