package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.dashboard.DashboardAssets;
import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.jdbc.JdbcBarSource;
import dev.quantsdk.futures.jdbc.JdbcFuturesBars;
import dev.quantsdk.futures.jdbc.JdbcFuturesStore;
import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.importers.ImportResult;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryQueries;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryStore;
import dev.quantsdk.jdbc.discovery.JdbcRunRecorder;
import dev.quantsdk.jdbc.discovery.JdbcTradeSource;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.futures.BacktestRun;
import dev.quantsdk.orchestration.futures.EquityCurves;
import dev.quantsdk.orchestration.futures.FuturesStore;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.rest.jdk.QuantHttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * {@code quant demo [--no-serve] [--port 8080] [--db DIR] [--data DIR] [--json]}: the one-command
 * tour of the SDK on the bundled real data. It opens (creating and migrating) a dedicated embedded
 * H2 database, imports the House disclosures and the ES1/ES2 daily futures bars, runs the
 * discovery facade over every politician (with the bundled stock prices for abnormal returns and
 * the experiments) and the {@code sma-cross} backtest of the ES1 bars read back from the database,
 * stores the run with its equity curve through the JDBC futures store, prints the headline findings read back from the database, and then
 * serves the REST API (and the dashboard) until Ctrl-C.
 *
 * <p>Re-running it starts from the same state: the imports are idempotent (duplicates are counted,
 * nothing is stored twice), discovery replaces its window's results, and the backtest run has a
 * fixed id that a re-run replaces. Progress goes to stderr, findings to stdout. Immutable and
 * thread-safe.
 */
final class DemoCommand implements Command {

  /** The demo database's directory under the current directory when {@code --db} is absent. */
  static final String DEFAULT_DIRECTORY = "quant-data/demo";
  /** The system property {@code bin/quant} sets to the repository root. */
  static final String HOME_PROPERTY = "quant.home";
  /** The House file, relative to the data directory. */
  static final String HOUSE_FILE = "congress/house_transactions_2020_2022.csv";
  /** The ES front-month file, relative to the data directory. */
  static final String ES1_FILE = "futures/ES1_front_month_daily.csv";
  /** The ES second-month file, relative to the data directory. */
  static final String ES2_FILE = "futures/ES2_second_month_daily.csv";
  /** The stock price directory, relative to the data directory. */
  static final String STOCKS_DIR = "stocks";
  /** The backtest's fast and slow SMA windows, bars. */
  static final int FAST = 10;
  static final int SLOW = 50;
  /** The backtest's commission, USD per contract per fill, and slippage, ticks per fill. */
  static final double COMMISSION = 2.5;
  static final int SLIPPAGE_TICKS = 1;
  /** The fixed id of the demo's backtest run, so that a re-run replaces it. */
  static final String BACKTEST_RUN_ID = UUID.nameUUIDFromBytes(
      "quant-demo:sma-cross:ES1".getBytes(StandardCharsets.UTF_8)).toString();
  /** Points kept of the equity curve for charts. */
  static final int CHART_POINTS = 500;
  /** How many cycles, anomaly types and communities are printed. */
  static final int TOP = 5;
  static final int TOP_COMMUNITIES = 3;
  /** Members listed per community in the text output. */
  static final int MEMBERS_SHOWN = 8;

  static final OptionSpec NO_SERVE = OptionSpec.flag("--no-serve",
      "Print the findings and exit instead of serving the API and dashboard.");
  static final OptionSpec PORT = OptionSpec.valued("--port", "N",
      "The TCP port to serve on, on 127.0.0.1 (0 picks a free one).").withDefault("8080");
  static final OptionSpec DATA = OptionSpec.valued("--data", "DIR",
      "The bundled data directory (congress/, futures/, stocks/).")
      .withDefault("samples/data of the repository bin/quant belongs to");
  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print the findings as one JSON object: database, imports, discovery, cycles, anomalies, "
          + "network, backtest, url (docs/cli.md).");

  private final Consumer<Runnable> shutdownHooks;

  /** The command of {@code bin/quant}: stops serving on the JVM's shutdown (Ctrl-C, SIGTERM). */
  DemoCommand() {
    this(hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook, "quant-demo-stop")));
  }

  /**
   * A command that stops serving when a registered hook runs.
   *
   * @param shutdownHooks registers the action that stops the server
   */
  DemoCommand(Consumer<Runnable> shutdownHooks) {
    this.shutdownHooks = shutdownHooks;
  }

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "Import the bundled real data, run discovery and a backtest, print the findings, serve.";
  }

  @Override
  public String description() {
    return "The one-command tour on the bundled real data: creates the embedded H2 database "
        + DEFAULT_DIRECTORY + " under the current directory (or DIR/quant.mv.db with --db DIR; a "
        + "jdbc: URL is used as it is), imports the House disclosures 2020-2022 and the ES1/ES2 "
        + "daily bars (policy repair), runs discovery over every politician with the bundled "
        + "stock prices, backtests sma-cross " + FAST + "/" + SLOW + " long-short on the ES1 bars "
        + "read back from the database (one contract, commission 2.50 USD per fill, 1 tick slippage) and stores the run with its "
        + "equity curve; then prints the strongest cycles with their q-values, the most severe "
        + "anomaly of each type with its explanation, the co-trading communities and the "
        + "backtest's metrics, all read back from the database, and serves the API and dashboard "
        + "at http://127.0.0.1:8080 until Ctrl-C. Re-running it starts from the same state. "
        + "QUANT_DB_URL and friends are ignored: the demo never writes into a configured "
        + "database unless --db names it.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(NO_SERVE, PORT, DATA, JSON);
  }

  @Override
  public List<String> examples() {
    return List.of("demo", "demo --no-serve", "demo --no-serve --json",
        "demo --port 9090 --db /tmp/quant-demo");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    boolean serve = !invocation.flag(NO_SERVE);
    int port = port(invocation);
    Path data = dataDirectory(invocation, context);
    if (serve) {
      checkPortFree(port);
    }
    DatabaseConfig database = database(invocation, context)
        .withMaxPoolSize(QuantHttpServer.Settings.onLoopback(port).threads() + 1);
    PrintStream err = context.err();
    err.println("quant demo: database " + CliDatabase.redactedUrl(database.jdbcUrl()));
    try (CliDatabase db = CliDatabase.open(database)) {
      ImportResult house = importHouse(data, db.dataSource(), context);
      List<BarsImport> bars = List.of(importBars(data, ES1_FILE, 1, db.dataSource(), context),
          importBars(data, ES2_FILE, 2, db.dataSource(), context));
      DiscoveryReport discovery = discover(data, db.dataSource(), context);
      FuturesStore store = new JdbcFuturesStore(db.dataSource());
      backtest(db.dataSource(), store, context);
      Findings findings = Findings.read(db.dataSource(), store);
      Optional<QuantHttpServer> server = serve
          ? Optional.of(start(port, db.dataSource(), store, context)) : Optional.empty();
      Optional<String> url = server.map(s -> "http://127.0.0.1:" + s.address().getPort());
      if (invocation.flag(JSON)) {
        CliJson.print(json(database, house, bars, discovery, findings, url), context.out());
      } else {
        print(house, bars, discovery, findings, url, context.out());
      }
      if (server.isPresent()) {
        awaitStop(server.get(), url.orElseThrow(), context);
      }
    }
    return ExitStatus.OK;
  }

  // ---------------------------------------------------------------- resolution of the inputs

  private int port(Invocation invocation) {
    String text = invocation.value(PORT).orElse("8080");
    try {
      int value = Integer.parseInt(text);
      if (value >= 0 && value <= 65535) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--port must be a whole number in 0..65535 but was '" + text + "'",
        invocation.commandPath());
  }

  /**
   * Fails before any work when the port is taken, rather than after the import and discovery
   * (the server binds it again once the findings are ready; a port taken in between still fails
   * then, with the same advice).
   */
  static void checkPortFree(int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
    } catch (IOException e) {
      throw new BadInputException(String.format(Locale.ROOT, "port %d on 127.0.0.1 is in use "
          + "(%s): pass --port N, or --no-serve to print the findings only", port,
          e.getMessage()), e);
    }
  }

  /**
   * The data directory: {@code --data}, else {@code samples/data} under the {@value #HOME_PROPERTY}
   * property; each bundled file must be there.
   */
  static Path dataDirectory(Invocation invocation, CliContext context) {
    Optional<String> typed = invocation.value(DATA);
    Path dir;
    if (typed.isPresent()) {
      dir = context.resolve(typed.get());
    } else {
      String home = System.getProperty(HOME_PROPERTY);
      if (home == null || home.isBlank()) {
        throw new BadInputException("cannot find the bundled data: run the demo through bin/quant "
            + "(which knows the repository), or pass --data DIR naming the repository's "
            + "samples/data directory");
      }
      dir = Path.of(home).resolve("samples/data").toAbsolutePath().normalize();
    }
    for (String needed : List.of(HOUSE_FILE, ES1_FILE, ES2_FILE, STOCKS_DIR)) {
      if (!Files.exists(dir.resolve(needed))) {
        throw new BadInputException(String.format(Locale.ROOT, "the bundled data is not complete "
            + "in %s: %s is missing; pass --data DIR naming the repository's samples/data "
            + "directory", dir, needed));
      }
    }
    return dir;
  }

  /**
   * The demo's database: {@code --db} as given on the command line (a {@code jdbc:} URL as it is,
   * anything else a directory for an embedded H2 file), else {@value #DEFAULT_DIRECTORY}; the
   * environment variables are not read.
   */
  static DatabaseConfig database(Invocation invocation, CliContext context) {
    Optional<String> db = invocation.value(GlobalOptions.DB);
    if (db.isPresent() && db.get().startsWith("jdbc:")) {
      DatabaseConfig embedded = DatabaseConfig.embeddedH2();
      try {
        return DatabaseConfig.of(db.get(),
            invocation.value(GlobalOptions.DB_USER).orElse(embedded.user()),
            invocation.value(GlobalOptions.DB_PASSWORD).orElse(embedded.password()));
      } catch (IllegalArgumentException e) {
        throw new UsageException(GlobalOptions.DB.name() + ": " + e.getMessage(),
            invocation.commandPath());
      }
    }
    return DatabaseConfig.embeddedH2(context.resolve(db.orElse(DEFAULT_DIRECTORY)));
  }

  // ---------------------------------------------------------------- the four steps

  private static ImportResult importHouse(Path data, DataSource dataSource, CliContext context) {
    Path file = data.resolve(HOUSE_FILE);
    long rows = Math.max(1, ImportCommand.countLines(HOUSE_FILE, file) - 1);
    Step step = Step.begin(context, 1, "importing the House disclosures (" + HOUSE_FILE + ")");
    ProgressMeter meter = new ProgressMeter(context.err(), context.stderrIsTerminal(),
        context.nanoClock(), "imported", "rows");
    ImportResult result = new DisclosureImporter(dataSource, context.clock())
        .importFile(file, done -> meter.update(done, Math.min(1.0, (double) done / rows)));
    meter.finish(result.rows());
    step.end(String.format(Locale.ROOT, "%,d rows: %,d new, %,d already stored, %,d rejected",
        result.rows(), result.imported(), result.duplicates(), result.rejected()));
    return result;
  }

  /**
   * What one bar file's import did.
   *
   * @param file the file, relative to the data directory
   * @param symbol the nearby series, e.g. {@code ES1}
   * @param rows data rows read
   * @param stored bars written (inserted or rewritten)
   * @param repaired inconsistent rows repaired
   */
  record BarsImport(String file, String symbol, int rows, int stored, int repaired) {
  }

  private static BarsImport importBars(Path data, String typed, int nearby, DataSource dataSource,
      CliContext context) {
    String symbol = "ES" + nearby;
    Step step = Step.begin(context, 2, "importing the " + symbol + " daily bars (" + typed + ")");
    ValidatedBars bars = FuturesBarFiles.loadSeries(typed, data.resolve(typed),
        FuturesBarFiles.Format.CHRIS, ValidationPolicy.REPAIR);
    FuturesBarFiles.SymbolSpec spec = new FuturesBarFiles.SymbolSpec(FuturesCatalogue.ES, null,
        nearby);
    BarSeries series = bars.series();
    int stored = new JdbcFuturesBars(dataSource).store(series,
        i -> spec.contractOn(series.date(i)));
    BarsImport result = new BarsImport(typed, symbol, bars.report().rowsRead(), stored,
        bars.report().issues().size());
    step.end(String.format(Locale.ROOT, "%,d rows, %,d bars stored, %d repaired", result.rows(),
        result.stored(), result.repaired()));
    return result;
  }

  private static DiscoveryReport discover(Path data, DataSource dataSource, CliContext context) {
    Step step = Step.begin(context, 3, "running discovery over every politician (cycles, "
        + "anomalies, co-trading network, experiments)");
    DiscoveryService.Settings settings = DiscoveryService.Settings.defaults()
        .withPrices(PriceDirectory.load(data.resolve(STOCKS_DIR), STOCKS_DIR));
    JdbcTradeSource source = new JdbcTradeSource(dataSource);
    DiscoveryWindow window = source.dataWindow().orElseThrow(() ->
        new BadInputException("the demo database holds no trades after the import"));
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quant-demo-discover");
      t.setDaemon(true);
      return t;
    });
    try {
      DiscoveryService service = new DiscoveryService(source,
          new JdbcDiscoveryStore(dataSource, context.clock()), new JdbcRunRecorder(dataSource),
          context.clock(), pool, settings);
      ProgressMeter meter = new ProgressMeter(context.err(), context.stderrIsTerminal(),
          context.nanoClock(), "scanned", "items");
      DiscoveryReport report = service.scanAll(window,
          (done, total, item) -> meter.update(done, total == 0 ? 1.0 : (double) done / total));
      meter.finish(report.politicians());
      for (DiscoveryReport.Failure f : report.failures()) {
        context.err().println("  failed: " + f.politician() + ": " + f.reason());
      }
      step.end(String.format(Locale.ROOT, "%d politicians over %s: %d cycles, %,d anomalies, "
          + "%d experiments", report.politicians(), report.window(), report.cyclesFound(),
          report.anomalies(), report.experiments()));
      return report;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The backtest's parameters: ES1's contract terms with the demo's windows and costs. */
  static SmaCrossParams backtestParams() {
    SmaCrossParams es = SmaCrossParams.es(FAST, SLOW);
    return new SmaCrossParams(FAST, SLOW, es.mode(), es.contracts(), es.multiplier(),
        es.tickSize(), COMMISSION, SLIPPAGE_TICKS, es.capital(), es.barsPerYear());
  }

  private static void backtest(DataSource dataSource, FuturesStore store, CliContext context) {
    Step step = Step.begin(context, 4, "backtesting sma-cross " + FAST + "/" + SLOW
        + " on the stored ES1 (front-month) bars");
    // the bars as stored in step 2, read back as the nearby-1 series of ES
    BarSeries bars = JdbcBarSource.builder(dataSource).nearby("ES1", FuturesCatalogue.ES, 1)
        .build().load("ES1").bars().series();
    SmaCrossParams p = backtestParams();
    SmaCrossResult result = SmaCrossBacktest.run(SmaCrossColumns.of(bars), p);
    SmaCrossSummary s = result.summary();
    List<LocalDate> dates = new ArrayList<>(bars.size());
    for (int i = 0; i < bars.size(); i++) {
      dates.add(bars.date(i));
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("instrument", "ES1");
    parameters.put("fast", p.fast());
    parameters.put("slow", p.slow());
    parameters.put("mode", p.mode().toString());
    parameters.put("contracts", p.contracts());
    parameters.put("multiplier", p.multiplier());
    parameters.put("tick_size", p.tickSize());
    parameters.put("commission", p.commission());
    parameters.put("slippage_ticks", p.slippageTicks());
    parameters.put("capital", p.capital());
    parameters.put("bars_per_year", p.barsPerYear());
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("bars", s.bars());
    metrics.put("fills", s.fills());
    metrics.put("round_trips", s.roundTrips());
    metrics.put("fees", s.fees());
    metrics.put("gross_pnl", s.grossPnl());
    metrics.put("net_pnl", s.netPnl());
    metrics.put("final_equity", s.finalEquity());
    metrics.put("total_return", s.metrics().totalReturn());
    metrics.put("cagr", s.metrics().cagr());
    metrics.put("sharpe", s.metrics().sharpe());
    metrics.put("sortino", s.metrics().sortino());
    metrics.put("max_drawdown", s.metrics().maxDrawdown());
    metrics.put("max_drawdown_pct", s.metrics().maxDrawdownPct());
    metrics.put("win_rate", s.metrics().winRate());
    metrics.put("profit_factor", s.metrics().profitFactor());
    store.saveBacktestRun(new BacktestRun(BACKTEST_RUN_ID, SmaCrossOptions.SMA_CROSS, "ES",
        dates.get(0), dates.get(dates.size() - 1), parameters, metrics,
        context.clock().instant(), EquityCurves.downsample(dates, result.equity(), CHART_POINTS)));
    step.end(String.format(Locale.ROOT, "%,d bars, %,d fills, run %s stored", s.bars(), s.fills(),
        BACKTEST_RUN_ID));
  }

  private QuantHttpServer start(int port, DataSource dataSource, FuturesStore store,
      CliContext context) {
    QuantHttpServer.Settings defaults = QuantHttpServer.Settings.onLoopback(port);
    QuantHttpServer.Settings settings = new QuantHttpServer.Settings(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), defaults.threads(),
        defaults.queueCapacity(), defaults.maxBodyBytes(), Duration.ofSeconds(5));
    // the dashboard's backtest panel reads the stored runs and may run new ones on the stored bars
    QuantApi api = QuantApi.builder(dataSource).clock(context.clock())
        .settings(QuantApi.Settings.defaults()).futuresStore(store)
        .barSource(JdbcBarSource.builder(dataSource).nearby("ES1", FuturesCatalogue.ES, 1)
            .nearby("ES2", FuturesCatalogue.ES, 2).build())
        .build();
    try {
      return QuantHttpServer.start(api, settings, new DashboardAssets());
    } catch (UncheckedIOException e) {
      throw new BadInputException(e.getMessage() + " (is another server on port " + port
          + "? pass --port N or --no-serve)", e);
    }
  }

  private void awaitStop(QuantHttpServer server, String url, CliContext context) {
    CountDownLatch stopped = new CountDownLatch(1);
    shutdownHooks.accept(() -> {
      server.close();
      stopped.countDown();
    });
    context.err().printf(Locale.ROOT, "quant demo: serving the dashboard at %s/ and the API at "
        + "%s/api/v1 (OpenAPI: %s/openapi.json); Ctrl-C to stop%n", url, url, url);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
      throw new BadInputException("demo interrupted before it stopped", e);
    }
    context.err().println("quant demo: server stopped");
  }

  /** One numbered step's progress lines on stderr. */
  private static final class Step {
    static final int STEPS = 4;
    private final CliContext context;
    private final long started;

    private Step(CliContext context) {
      this.context = context;
      this.started = context.nanoClock().getAsLong();
    }

    static Step begin(CliContext context, int number, String what) {
      context.err().printf(Locale.ROOT, "[%d/%d] %s ...%n", number, STEPS, what);
      context.err().flush();
      return new Step(context);
    }

    void end(String outcome) {
      double seconds = (context.nanoClock().getAsLong() - started) / 1e9;
      context.err().printf(Locale.ROOT, "      %s (%.1f s)%n", outcome, seconds);
      context.err().flush();
    }
  }

  // ---------------------------------------------------------------- the findings

  /**
   * A co-trading community of the stored network.
   *
   * @param community the community's number in the stored network
   * @param members the members' names, sorted
   */
  record Community(int community, List<String> members) {
  }

  /**
   * The headline findings, read back from the database and the futures store.
   *
   * @param cycles the strongest stored cycles, strongest first (maps of
   *     {@link JdbcDiscoveryQueries#patterns})
   * @param anomalies the most severe stored anomaly of each type, most severe first (maps of
   *     {@link JdbcDiscoveryQueries#anomalies})
   * @param network the latest stored network (its map), if any
   * @param communities the network's communities, largest first (ties by number)
   * @param backtest the stored backtest run
   */
  record Findings(List<Map<String, Object>> cycles, List<Map<String, Object>> anomalies,
      Optional<Map<String, Object>> network, List<Community> communities, BacktestRun backtest) {

    static Findings read(DataSource dataSource, FuturesStore store) {
      JdbcDiscoveryQueries q = new JdbcDiscoveryQueries(dataSource);
      List<Map<String, Object>> cycles = q.patterns("fourier_cycle", Optional.empty(), TOP);
      // most severe first; among equally severe ones of a type the smallest trade id (a stable
      // name-based UUID), so that a re-run prints the same example
      Map<Object, Map<String, Object>> worstByType = new LinkedHashMap<>();
      for (Map<String, Object> a : q.anomalies(Optional.empty(), JdbcDiscoveryQueries.MAX_LIMIT)) {
        worstByType.merge(a.get("anomaly_type"), a, (kept, next) ->
            number(next.get("severity")) == number(kept.get("severity"))
                && String.valueOf(next.get("trade")).compareTo(String.valueOf(kept.get("trade")))
                < 0 ? next : kept);
      }
      Optional<Map<String, Object>> network = q.latestNetwork(Optional.empty());
      List<Community> communities = network.map(Findings::communities).orElse(List.of());
      BacktestRun run = store.backtestRun(BACKTEST_RUN_ID).orElseThrow(() ->
          new IllegalStateException("the futures store lost the demo's backtest run "
              + BACKTEST_RUN_ID));
      return new Findings(cycles, List.copyOf(worstByType.values()), network, communities, run);
    }

    private static List<Community> communities(Map<String, Object> network) {
      Map<Integer, List<String>> byCommunity = new LinkedHashMap<>();
      for (Object o : (List<?>) network.get("nodes")) {
        Map<?, ?> node = (Map<?, ?>) o;
        int community = ((Number) node.get("community")).intValue();
        Object name = node.get("politician_name");
        byCommunity.computeIfAbsent(community, k -> new ArrayList<>())
            .add(name == null ? String.valueOf(node.get("politician")) : name.toString());
      }
      List<Community> out = new ArrayList<>();
      byCommunity.forEach((c, members) -> out.add(new Community(c,
          members.stream().sorted().toList())));
      out.sort(Comparator.comparingInt((Community c) -> -c.members().size())
          .thenComparingInt(Community::community));
      return out;
    }

    int edges() {
      return network.map(n -> ((List<?>) n.get("edges")).size()).orElse(0);
    }

    int nodes() {
      return network.map(n -> ((List<?>) n.get("nodes")).size()).orElse(0);
    }

    Optional<Double> modularity() {
      return network.map(n -> n.get("modularity")).map(m -> ((Number) m).doubleValue());
    }

    double metric(String key) {
      Object v = backtest.metrics().get(key);
      return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
  }

  private static String summary(Map<String, Object> anomaly) {
    Object explanation = anomaly.get("explanation");
    if (explanation instanceof Map<?, ?> m && m.get("summary") != null) {
      return m.get("summary").toString();
    }
    return String.valueOf(explanation);
  }

  // ---------------------------------------------------------------- output

  private static void print(ImportResult house, List<BarsImport> bars, DiscoveryReport d,
      Findings f, Optional<String> url, PrintStream out) {
    out.println("Quant SDK demo on the bundled real data");
    out.println();
    out.printf(Locale.ROOT, "House disclosures: %,d rows, %,d imported now, %,d already stored, "
        + "%,d rejected, %,d late filings%n", house.rows(), house.imported(), house.duplicates(),
        house.rejected(), house.lateFilings());
    for (BarsImport b : bars) {
      out.printf(Locale.ROOT, "%s daily bars: %,d rows, %,d stored, %d repaired%n", b.symbol(),
          b.rows(), b.stored(), b.repaired());
    }
    out.printf(Locale.ROOT, "Discovery over %s: %d politicians (%d failed), %d significant cycles "
        + "(q <= 0.05), %,d anomalies (%,d critical), %d experiments%n", d.window(),
        d.politicians(), d.failed(), d.cyclesFound(), d.anomalies(), d.criticalAnomalies(),
        d.experiments());
    out.println();
    out.println("Strongest activity cycles:");
    for (Map<String, Object> c : f.cycles()) {
      out.printf(Locale.ROOT, "  %-24s %6.1f-day cycle  strength %.3f  q = %.2e%n",
          c.get("politician_name"), number(c.get("period_days")), number(c.get("strength")),
          number(c.get("q_value")));
    }
    out.println();
    out.println("Most severe anomaly of each type:");
    for (Map<String, Object> a : f.anomalies()) {
      out.printf(Locale.ROOT, "  %.3f %-17s %s: %s%n", number(a.get("severity")),
          a.get("anomaly_type"), a.get("politician_name"), summary(a));
    }
    out.println();
    if (f.network().isPresent()) {
      out.printf(Locale.ROOT, "Co-trading network: %d members, %d significant links, %d "
          + "communities, modularity %.3f%n", f.nodes(), f.edges(), f.communities().size(),
          f.modularity().orElse(Double.NaN));
      for (Community c : f.communities().subList(0, Math.min(TOP_COMMUNITIES,
          f.communities().size()))) {
        List<String> shown = c.members().subList(0, Math.min(MEMBERS_SHOWN, c.members().size()));
        int more = c.members().size() - shown.size();
        out.printf(Locale.ROOT, "  community %d (%d members): %s%s%n", c.community(),
            c.members().size(), String.join(", ", shown), more > 0 ? ", and " + more + " more" : "");
      }
    } else {
      out.println("Co-trading network: none stored");
    }
    out.println();
    BacktestRun r = f.backtest();
    out.printf(Locale.ROOT, "Backtest sma-cross %s/%s %s on ES1 %s .. %s (run %s):%n",
        r.parameters().get("fast"), r.parameters().get("slow"), r.parameters().get("mode"),
        r.periodStart(), r.periodEnd(), r.id());
    out.printf(Locale.ROOT, "  net P&L %,.2f USD (fees %,.2f over %,d fills), final equity %,.2f "
        + "USD%n", f.metric("net_pnl"), f.metric("fees"), (long) f.metric("fills"),
        f.metric("final_equity"));
    out.printf(Locale.ROOT, "  Sharpe %.3f, max drawdown %,.2f USD (%.1f %%), equity curve of %d "
        + "points stored%n", f.metric("sharpe"), f.metric("max_drawdown"),
        f.metric("max_drawdown_pct") * 100, r.equity().size());
    url.ifPresent(u -> {
      out.println();
      out.println("Dashboard: " + u + "/   API: " + u + "/api/v1/discoveries/recent");
    });
    out.flush();
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** The findings as the documented JSON object (docs/cli.md, {@code quant demo}). */
  static ObjectNode json(DatabaseConfig database, ImportResult house, List<BarsImport> bars,
      DiscoveryReport d, Findings f, Optional<String> url) {
    ObjectNode json = CliJson.object();
    json.put("database", CliDatabase.redactedUrl(database.jdbcUrl()));
    ObjectNode imports = json.putObject("imports");
    ObjectNode h = imports.putObject("house");
    h.put("rows", house.rows());
    h.put("imported", house.imported());
    h.put("duplicates", house.duplicates());
    h.put("rejected", house.rejected());
    h.put("late_filings", house.lateFilings());
    ArrayNode futures = imports.putArray("futures");
    for (BarsImport b : bars) {
      futures.addObject().put("symbol", b.symbol()).put("file", b.file()).put("rows", b.rows())
          .put("stored", b.stored()).put("repaired", b.repaired());
    }
    ObjectNode discovery = json.putObject("discovery");
    discovery.put("window_start", d.window().from().toString());
    discovery.put("window_end", d.window().to().toString());
    discovery.put("politicians", d.politicians());
    discovery.put("failed", d.failed());
    discovery.put("cycles_found", d.cyclesFound());
    discovery.put("anomalies", d.anomalies());
    discovery.put("critical_anomalies", d.criticalAnomalies());
    discovery.put("experiments", d.experiments());
    discovery.put("duration_ms", d.duration().toMillis());
    ArrayNode cycles = json.putArray("cycles");
    for (Map<String, Object> c : f.cycles()) {
      ObjectNode o = cycles.addObject();
      o.put("politician", (String) c.get("politician"));
      o.put("politician_name", (String) c.get("politician_name"));
      BacktestCommand.number(o, "period_days", number(c.get("period_days")));
      BacktestCommand.number(o, "strength", number(c.get("strength")));
      BacktestCommand.number(o, "p_value", number(c.get("p_value")));
      BacktestCommand.number(o, "q_value", number(c.get("q_value")));
      o.put("description", (String) c.get("description"));
    }
    ArrayNode anomalies = json.putArray("anomalies");
    for (Map<String, Object> a : f.anomalies()) {
      ObjectNode o = anomalies.addObject();
      o.put("id", (String) a.get("id"));
      o.put("politician_name", (String) a.get("politician_name"));
      o.put("anomaly_type", (String) a.get("anomaly_type"));
      BacktestCommand.number(o, "severity", number(a.get("severity")));
      o.put("explanation", summary(a));
    }
    if (f.network().isPresent()) {
      ObjectNode n = json.putObject("network");
      n.put("nodes", f.nodes());
      n.put("edges", f.edges());
      n.put("communities", f.communities().size());
      BacktestCommand.number(n, "modularity", f.modularity().orElse(Double.NaN));
      ArrayNode largest = n.putArray("largest_communities");
      for (Community c : f.communities().subList(0, Math.min(TOP_COMMUNITIES,
          f.communities().size()))) {
        ObjectNode o = largest.addObject();
        o.put("community", c.community());
        o.put("size", c.members().size());
        ArrayNode members = o.putArray("members");
        c.members().forEach(members::add);
      }
    } else {
      json.putNull("network");
    }
    BacktestRun r = f.backtest();
    ObjectNode b = json.putObject("backtest");
    b.put("run_id", r.id());
    b.put("strategy", r.strategy());
    b.put("instrument", String.valueOf(r.parameters().get("instrument")));
    b.put("fast", ((Number) r.parameters().get("fast")).intValue());
    b.put("slow", ((Number) r.parameters().get("slow")).intValue());
    b.put("period_start", r.periodStart().toString());
    b.put("period_end", r.periodEnd().toString());
    for (String key : List.of("fills", "round_trips")) {
      b.put(key, (long) f.metric(key));
    }
    for (String key : List.of("fees", "gross_pnl", "net_pnl", "final_equity", "sharpe",
        "max_drawdown", "max_drawdown_pct")) {
      BacktestCommand.number(b, key, f.metric(key));
    }
    b.put("equity_points", r.equity().size());
    if (url.isPresent()) {
      json.put("url", url.get());
    } else {
      json.putNull("url");
    }
    return json;
  }
}
