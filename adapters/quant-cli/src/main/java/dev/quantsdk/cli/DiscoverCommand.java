package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.jdbc.discovery.JdbcDiscoveryStore;
import dev.quantsdk.jdbc.discovery.JdbcRunRecorder;
import dev.quantsdk.jdbc.discovery.JdbcTradeSource;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.discovery.PoliticianRef;
import dev.quantsdk.orchestration.discovery.ProgressListener;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code quant discover}: runs the discovery engines over the trades in the database and stores
 * the results (cycles, anomalies, the co-trading network, experiments). Re-running the same window
 * replaces its results. Immutable and thread-safe.
 */
final class DiscoverCommand implements Command {

  static final OptionSpec ALL = OptionSpec.flag("--all",
      "Scan every politician with trades in the window (the default), including the network and "
          + "the experiments.");
  static final OptionSpec POLITICIAN = OptionSpec.valued("--politician", "ID_OR_NAME",
      "Scan one politician: the stored id, the full name, or a unique part of it.");
  static final OptionSpec FROM = OptionSpec.valued("--from", "DATE",
      "First transaction date of the window (YYYY-MM-DD).").withDefault("the earliest stored trade");
  static final OptionSpec TO = OptionSpec.valued("--to", "DATE",
      "Last transaction date of the window (YYYY-MM-DD).").withDefault("the latest stored trade");
  static final OptionSpec PRICES = OptionSpec.valued("--prices", "DIR",
      "Daily prices (TICKER.csv files and a GSPC*.csv S&P 500 index file, Yahoo columns) for "
          + "abnormal returns and the model experiments, e.g. samples/data/stocks.");
  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print one JSON object: politicians, cycles_found, anomalies, critical_anomalies, network "
          + "{nodes, edges, communities, modularity}, experiments, duration_ms.");

  @Override
  public String name() {
    return "discover";
  }

  @Override
  public String summary() {
    return "Run the discovery engines over the stored trades and store what they find.";
  }

  @Override
  public String description() {
    return "Scans the trades in the database over a window: for each politician the strongest "
        + "activity cycle (periodogram with a red-noise bootstrap null; Benjamini-Hochberg across "
        + "everyone scanned, reported at q <= 0.05) and anomalous trades (late disclosure, unusual "
        + "amount or ticker, cluster trading, abnormal return with --prices, isolation forest); "
        + "with --all also the co-trading network (SDSM backbone, Leiden communities, PageRank, "
        + "betweenness) and, with --prices, the abnormal-return model experiments. Results are "
        + "stored per window: re-running a window replaces them. A politician whose analysis fails "
        + "is reported on stderr while the others are stored. Progress goes to stderr.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(ALL, POLITICIAN, FROM, TO, PRICES, JSON);
  }

  @Override
  public List<String> examples() {
    return List.of("discover --json",
        "discover --all --from 2020-01-01 --to 2021-12-31 --prices samples/data/stocks --json",
        "discover --politician \"Nancy Pelosi\"");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    if (invocation.flag(ALL) && invocation.value(POLITICIAN).isPresent()) {
      throw new UsageException("--all and --politician exclude each other",
          List.of(QuantCli.PROGRAM, name()));
    }
    Optional<LocalDate> from = date(invocation, FROM, name());
    Optional<LocalDate> to = date(invocation, TO, name());
    DiscoveryReport report = execute(invocation, context, invocation.value(POLITICIAN), from, to,
        invocation.value(PRICES));
    if (invocation.flag(JSON)) {
      printJson(report, context.out());
    } else {
      printSummary(report, context.out());
    }
    return ExitStatus.OK;
  }

  /**
   * Runs one discovery scan for the discovery and scan commands: opens the database, resolves the
   * window and the politician, runs the facade with a progress meter on stderr, and prints each
   * failed politician on stderr.
   */
  static DiscoveryReport execute(Invocation invocation, CliContext context,
      Optional<String> politicianKey, Optional<LocalDate> from, Optional<LocalDate> to,
      Optional<String> pricesDir) {
    var prices = pricesDir.map(typed -> PriceDirectory.load(context.resolve(typed), typed));
    try (CliDatabase db = CliDatabase.open(GlobalOptions.database(invocation, context))) {
      JdbcTradeSource source = new JdbcTradeSource(db.dataSource());
      Optional<DiscoveryWindow> data = source.dataWindow();
      if (data.isEmpty()) {
        throw new BadInputException("the database holds no trades: import some first "
            + "(quant import house FILE)");
      }
      LocalDate start = from.orElse(data.get().from());
      LocalDate end = to.orElse(data.get().to());
      if (end.isBefore(start)) {
        throw new BadInputException("--to " + end + " is before --from " + start);
      }
      DiscoveryWindow window = DiscoveryWindow.of(start, end);
      Optional<PoliticianRef> one = Optional.empty();
      if (politicianKey.isPresent()) {
        String key = politicianKey.get();
        try {
          one = Optional.of(source.find(key).orElseThrow(() ->
              new BadInputException("no politician matches '" + key + "'")));
        } catch (IllegalArgumentException e) {
          throw new BadInputException(e.getMessage(), e);
        }
      }
      DiscoveryService.Settings settings = DiscoveryService.Settings.defaults();
      if (prices.isPresent()) {
        settings = settings.withPrices(prices.get());
      }
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "quant-discover");
        t.setDaemon(true);
        return t;
      });
      try {
        DiscoveryService service = new DiscoveryService(source,
            new JdbcDiscoveryStore(db.dataSource(), context.clock()),
            new JdbcRunRecorder(db.dataSource()), context.clock(), pool, settings);
        ProgressMeter meter = new ProgressMeter(context.err(), context.stderrIsTerminal(),
            context.nanoClock(), "scanned", "items");
        ProgressListener listener = (done, total, item) ->
            meter.update(done, total == 0 ? 1.0 : (double) done / total);
        DiscoveryReport report = one.isPresent()
            ? service.scanPolitician(one.get(), window, listener)
            : service.scanAll(window, listener);
        meter.finish(report.politicians());
        for (DiscoveryReport.Failure f : report.failures()) {
          context.err().println("failed: " + f.politician() + ": " + f.reason());
        }
        return report;
      } finally {
        pool.shutdownNow();
      }
    }
  }

  static Optional<LocalDate> date(Invocation invocation, OptionSpec option, String command) {
    Optional<String> v = invocation.value(option);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.get()));
    } catch (DateTimeParseException e) {
      throw new UsageException(option.name() + " expects a date YYYY-MM-DD but got '" + v.get()
          + "'", List.of(QuantCli.PROGRAM, command));
    }
  }

  static void printJson(DiscoveryReport r, PrintStream out) {
    ObjectNode json = CliJson.object();
    json.put("politicians", r.politicians());
    json.put("cycles_found", r.cyclesFound());
    json.put("anomalies", r.anomalies());
    json.put("critical_anomalies", r.criticalAnomalies());
    if (r.network().isPresent()) {
      DiscoveryReport.NetworkSummary n = r.network().get();
      ObjectNode net = json.putObject("network");
      net.put("nodes", n.nodes());
      net.put("edges", n.edges());
      net.put("communities", n.communities());
      if (Double.isFinite(n.modularity())) {
        net.put("modularity", n.modularity());
      } else {
        net.putNull("modularity");
      }
    } else {
      json.putNull("network");
    }
    json.put("experiments", r.experiments());
    json.put("duration_ms", r.duration().toMillis());
    CliJson.print(json, out);
  }

  private static void printSummary(DiscoveryReport r, PrintStream out) {
    out.printf(Locale.ROOT, "Scanned %d politicians over %s in %.1f s: %d succeeded, %d failed.%n",
        r.politicians(), r.window(), r.duration().toMillis() / 1000.0, r.succeeded(), r.failed());
    out.printf(Locale.ROOT, "Cycles found (q <= 0.05): %d; anomalies: %d (%d critical); "
        + "experiments: %d.%n", r.cyclesFound(), r.anomalies(), r.criticalAnomalies(),
        r.experiments());
    r.network().ifPresent(n -> out.printf(Locale.ROOT,
        "Network: %d members, %d significant links, %d communities, modularity %.3f.%n",
        n.nodes(), n.edges(), n.communities(), n.modularity()));
    out.println("Run 'quant discoveries --json' to list the stored results.");
  }
}
