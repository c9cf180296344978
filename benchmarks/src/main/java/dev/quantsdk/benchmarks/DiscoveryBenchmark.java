package dev.quantsdk.benchmarks;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryStore;
import dev.quantsdk.jdbc.discovery.JdbcRunRecorder;
import dev.quantsdk.jdbc.discovery.JdbcTradeSource;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.orchestration.discovery.DiscoveryStore;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.discovery.Findings;
import dev.quantsdk.orchestration.discovery.PoliticianRef;
import dev.quantsdk.orchestration.discovery.ProgressListener;
import dev.quantsdk.orchestration.discovery.RunRecorder;
import dev.quantsdk.orchestration.discovery.TradeSource;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole discovery over the bundled House file (183 members, 14.8k trades, JVM start
 * excluded): cycles with the red-noise bootstrap and BH, anomaly scoring, the SDSM network with
 * communities and centralities. {@code engines}: the scan against an in-memory trade list and a
 * store that discards results; {@code endToEnd}: reading trades from and writing every result to
 * an embedded H2 database through the JDBC ports. {@code threads} is the size of the executor for
 * per-politician work.
 *
 * <p>Run from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar DiscoveryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class DiscoveryBenchmark {

  @Param({"1", "2"})
  public int threads;

  private Path dir;
  private QuantDatabase db;
  private ExecutorService pool;
  private DiscoveryWindow window;
  private List<DisclosedTrade> trades;
  private List<PoliticianRef> politicians;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path house = Path.of(System.getProperty("quant.data.dir", "samples/data"))
        .resolve("congress/house_transactions_2020_2022.csv");
    dir = Files.createTempDirectory("quant-discovery-bench");
    db = QuantDatabase.open(DatabaseConfig.embeddedH2(dir.resolve("db")));
    new DisclosureImporter(db.dataSource(), Clock.systemUTC()).importFile(house, n -> { });
    JdbcTradeSource source = new JdbcTradeSource(db.dataSource());
    window = source.dataWindow().orElseThrow();
    trades = source.trades(window);
    politicians = source.politicians();
    pool = Executors.newFixedThreadPool(threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    pool.shutdownNow();
    db.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public DiscoveryReport engines() {
    TradeSource inMemory = new TradeSource() {
      @Override
      public List<PoliticianRef> politicians() {
        return politicians;
      }

      @Override
      public Optional<PoliticianRef> find(String idOrName) {
        return Optional.empty();
      }

      @Override
      public List<DisclosedTrade> trades(DiscoveryWindow w) {
        return trades;
      }

      @Override
      public Optional<DiscoveryWindow> dataWindow() {
        return Optional.of(window);
      }
    };
    return new DiscoveryService(inMemory, DISCARD, RunRecorder.NONE, Clock.systemUTC(), pool,
        DiscoveryService.Settings.defaults()).scanAll(window, ProgressListener.NONE);
  }

  @Benchmark
  public DiscoveryReport endToEnd() {
    return new DiscoveryService(new JdbcTradeSource(db.dataSource()),
        new JdbcDiscoveryStore(db.dataSource(), Clock.systemUTC()),
        new JdbcRunRecorder(db.dataSource()), Clock.systemUTC(), pool,
        DiscoveryService.Settings.defaults()).scanAll(window, ProgressListener.NONE);
  }

  private static final DiscoveryStore DISCARD = new DiscoveryStore() {
    @Override
    public void replacePatterns(String runId, DiscoveryWindow w, String politicianId,
        String patternType, List<Findings.Pattern> patterns) {
      // discarded: the benchmark measures the engines
    }

    @Override
    public void replaceAnomalies(String runId, DiscoveryWindow w, String politicianId,
        List<Findings.Anomaly> anomalies) {
      // discarded
    }

    @Override
    public void replaceNetwork(String runId, DiscoveryWindow w, Findings.Network network) {
      // discarded
    }

    @Override
    public void replaceExperiments(String runId, DiscoveryWindow w,
        List<Findings.Experiment> experiments) {
      // discarded
    }
  };
}
