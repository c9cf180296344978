package dev.quantsdk.orchestration.discovery;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.discovery.anomaly.AnomalyDetector;
import dev.quantsdk.discovery.anomaly.MarketPrices;
import dev.quantsdk.discovery.anomaly.TradeAnomaly;
import dev.quantsdk.discovery.anomaly.TradeAnomalyScorer;
import dev.quantsdk.discovery.anomaly.TradeFeatures;
import dev.quantsdk.discovery.cycle.ActivitySeries;
import dev.quantsdk.discovery.cycle.CycleDetector;
import dev.quantsdk.discovery.cycle.PeriodogramCycleDetector;
import dev.quantsdk.discovery.stats.BenjaminiHochberg;
import dev.quantsdk.model.ArgChecker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The discovery facade: scans one politician, or everyone over a window, and stores what it finds
 * through the {@link DiscoveryStore} port.
 *
 * <p>A scan is a run with an id, a start and an end, recorded by the {@link RunRecorder}. For each
 * politician with trades in the window it detects the strongest activity cycle
 * ({@link CycleDetector}) over the politician's own active span (first to last trade in the
 * window, at least {@value #MIN_SPAN_DAYS} days), searching periods from 2 samples up to a third
 * of that span (a cycle must repeat at least {@value #MIN_REPETITIONS} times), and scores the trades for anomalies ({@link AnomalyDetector}); across
 * all politicians it controls the false-discovery rate of the cycles with Benjamini–Hochberg
 * and, for a full scan, builds the co-trading network and runs the abnormal-return experiments
 * (when prices are supplied). One failing politician never loses the others' results: each
 * politician's analyses run and are stored independently, and a failure is reported with its
 * reason. Results are replaced per (politician, type, window), so re-runs never duplicate.
 *
 * <p>Per-politician work runs on the caller's {@link Executor}; the results do not depend on the
 * executor (each politician's randomness comes from the run seed and the politician's id). Time
 * comes from the {@link Clock}. Thread-safe; one instance may run several scans.
 */
public final class DiscoveryService {

  /** The pattern type of a cycle. */
  public static final String FOURIER_CYCLE = CycleDetector.KIND;
  /** The FDR level at which a cycle is a discovery. */
  public static final double DEFAULT_FDR = 0.05;
  /** A politician needs at least this many trades in the window for a cycle search. */
  public static final int MIN_TRADES_FOR_CYCLES = 8;
  /** A politician's active span (first to last trade) must cover at least this many days. */
  public static final int MIN_SPAN_DAYS = 90;
  /** The longest period searched is the active span divided by this. */
  public static final int MIN_REPETITIONS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(DiscoveryService.class);

  private final TradeSource source;
  private final DiscoveryStore store;
  private final RunRecorder recorder;
  private final Clock clock;
  private final Executor executor;
  private final Settings settings;

  /**
   * The analysis settings. Immutable.
   *
   * @param seed the run seed for every randomised method
   * @param fdr the cycles' false-discovery-rate level, in (0, 1)
   * @param criticalSeverity severity at or above which an anomaly is critical
   * @param cycleDetector the cycle detector
   * @param dayBasis calendar or business days for activity series
   * @param prices market prices for abnormal returns and experiments, if any
   */
  public record Settings(long seed, double fdr, double criticalSeverity,
      CycleDetector cycleDetector, ActivitySeries.DayBasis dayBasis,
      Optional<MarketPrices> prices) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if a level is out of range
     */
    public Settings {
      ArgChecker.isTrue(fdr > 0 && fdr < 1, "fdr must be in (0, 1) but was %s", fdr);
      ArgChecker.inRangeInclusive(criticalSeverity, 0, 1, "criticalSeverity");
      ArgChecker.notNull(cycleDetector, "cycleDetector");
      ArgChecker.notNull(dayBasis, "dayBasis");
      ArgChecker.notNull(prices, "prices");
    }

    /**
     * The defaults: seed 1, FDR 5 %, critical at 0.8, the red-noise periodogram detector on
     * business days (markets are shut at weekends: on calendar days every member's empty
     * weekends alone make a 7-day cycle and its 3.5-day harmonic), no prices.
     *
     * @return the settings
     */
    public static Settings defaults() {
      return new Settings(1L, DEFAULT_FDR, 0.8, PeriodogramCycleDetector.redNoise(),
          ActivitySeries.DayBasis.BUSINESS, Optional.empty());
    }

    /**
     * A copy with prices.
     *
     * @param marketPrices the prices
     * @return the settings
     */
    public Settings withPrices(MarketPrices marketPrices) {
      return new Settings(seed, fdr, criticalSeverity, cycleDetector, dayBasis,
          Optional.of(marketPrices));
    }

    /**
     * A copy with another seed.
     *
     * @param newSeed the seed
     * @return the settings
     */
    public Settings withSeed(long newSeed) {
      return new Settings(newSeed, fdr, criticalSeverity, cycleDetector, dayBasis, prices);
    }
  }

  /**
   * Creates the service.
   *
   * @param source where politicians and trades are read
   * @param store where results are written
   * @param recorder where runs are recorded
   * @param clock the clock
   * @param executor runs per-politician work
   * @param settings the analysis settings
   */
  public DiscoveryService(TradeSource source, DiscoveryStore store, RunRecorder recorder,
      Clock clock, Executor executor, Settings settings) {
    this.source = ArgChecker.notNull(source, "source");
    this.store = ArgChecker.notNull(store, "store");
    this.recorder = ArgChecker.notNull(recorder, "recorder");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.executor = ArgChecker.notNull(executor, "executor");
    this.settings = ArgChecker.notNull(settings, "settings");
  }

  /**
   * Scans everyone with trades in the window: cycles, anomalies, the network and the
   * experiments.
   *
   * @param window the window; use {@link TradeSource#dataWindow()} for all data
   * @param listener progress
   * @return the run's report
   */
  public DiscoveryReport scanAll(DiscoveryWindow window, ProgressListener listener) {
    return scan("discovery.scan-all", window, Optional.empty(), listener);
  }

  /**
   * Scans one politician: cycles and anomalies (anomaly features such as cluster trading still
   * use every politician's trades in the window).
   *
   * @param politician the politician
   * @param window the window
   * @param listener progress
   * @return the run's report
   */
  public DiscoveryReport scanPolitician(PoliticianRef politician, DiscoveryWindow window,
      ProgressListener listener) {
    return scan("discovery.scan-politician", window, Optional.of(politician), listener);
  }

  private DiscoveryReport scan(String kind, DiscoveryWindow window, Optional<PoliticianRef> only,
      ProgressListener listener) {
    ArgChecker.notNull(window, "window");
    ArgChecker.notNull(listener, "listener");
    String runId = UUID.randomUUID().toString();
    Instant started = clock.instant();
    recorder.started(runId, kind, started);

    List<DisclosedTrade> all = source.trades(window);
    Map<String, List<DisclosedTrade>> byPolitician = new TreeMap<>();
    for (DisclosedTrade t : all) {
      byPolitician.computeIfAbsent(t.politicianId(), k -> new ArrayList<>()).add(t);
    }
    Map<String, String> names = new LinkedHashMap<>();
    if (only.isPresent()) {
      names.put(only.get().id(), only.get().name());
    } else {
      for (PoliticianRef p : source.politicians()) {
        if (byPolitician.containsKey(p.id())) {
          names.put(p.id(), p.name());
        }
      }
    }
    boolean full = only.isEmpty();
    int total = names.size() + (full ? 2 : 0);
    AtomicInteger done = new AtomicInteger();

    // anomalies need every member's trades (cluster trading); isolate a failing member if needed
    Map<String, List<TradeAnomaly>> anomalies = new TreeMap<>();
    Map<String, String> failures = new TreeMap<>();
    Optional<TradeFeatures.Table> features = detectAnomalies(all, byPolitician, names, anomalies,
        failures);

    // per politician: cycle search, in parallel, collected in politician order
    List<String> ids = new ArrayList<>(names.keySet());
    List<CompletableFuture<Optional<CycleDetector.Result>>> futures = new ArrayList<>();
    for (String id : ids) {
      List<DisclosedTrade> trades = byPolitician.getOrDefault(id, List.of());
      futures.add(CompletableFuture.supplyAsync(() -> detectCycle(id, trades, window), executor));
    }
    Map<String, CycleDetector.Result> cycles = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      try {
        futures.get(i).join().ifPresent(r -> cycles.put(id, r));
      } catch (CompletionException e) {
        failures.putIfAbsent(id, reason("cycle detection", e.getCause()));
      }
    }

    // BH across everyone scanned; then store per politician
    List<String> tested = new ArrayList<>(cycles.keySet());
    double[] p = tested.stream().mapToDouble(id -> cycles.get(id).falseAlarmProbability())
        .toArray();
    double[] q = BenjaminiHochberg.qValues(p);
    Map<String, Double> qById = new TreeMap<>();
    for (int i = 0; i < tested.size(); i++) {
      qById.put(tested.get(i), q[i]);
    }
    int cyclesFound = 0;
    int anomalyCount = 0;
    int critical = 0;
    for (String id : ids) {
      String name = names.get(id);
      if (!failures.containsKey(id)) {
        try {
          List<Findings.Pattern> patterns = new ArrayList<>();
          CycleDetector.Result r = cycles.get(id);
          if (r != null && qById.get(id) <= settings.fdr()) {
            patterns.add(pattern(id, r, qById.get(id)));
          }
          store.replacePatterns(runId, window, id, FOURIER_CYCLE, patterns);
          List<Findings.Anomaly> found = anomalies.getOrDefault(id, List.of()).stream()
              .map(DiscoveryService::anomaly).toList();
          store.replaceAnomalies(runId, window, id, found);
          cyclesFound += patterns.size();
          anomalyCount += found.size();
          critical += (int) found.stream()
              .filter(a -> a.severity() >= settings.criticalSeverity()).count();
        } catch (RuntimeException e) {
          failures.put(id, reason("storing results", e));
        }
      }
      listener.progress(done.incrementAndGet(), total, name);
    }

    Optional<DiscoveryReport.NetworkSummary> network = Optional.empty();
    int experiments = 0;
    if (full) {
      network = NetworkStage.run(all, window, settings.seed(), runId, store);
      listener.progress(done.incrementAndGet(), total, "network");
      if (settings.prices().isPresent() && features.isPresent()) {
        try {
          List<Findings.Experiment> ex = AbnormalReturnExperiments.run(features.get());
          store.replaceExperiments(runId, window, ex);
          experiments = ex.size();
        } catch (RuntimeException e) {
          LOG.warn("run {}: experiments failed: {}", runId, e.getMessage());
        }
      }
      listener.progress(done.incrementAndGet(), total, "experiments");
    }

    List<DiscoveryReport.Failure> failed = new ArrayList<>();
    failures.forEach((id, why) -> failed.add(new DiscoveryReport.Failure(names.get(id), why)));
    DiscoveryReport report = new DiscoveryReport(runId, kind, window, started, clock.instant(),
        names.size(), names.size() - failed.size(), failed, cyclesFound, anomalyCount, critical,
        network, experiments);
    recorder.finished(report);
    return report;
  }

  /**
   * Scores every member's trades together; returns the feature table (also the experiments'
   * input), or empty when the fallback scored members one by one.
   */
  private Optional<TradeFeatures.Table> detectAnomalies(List<DisclosedTrade> all,
      Map<String, List<DisclosedTrade>> byId, Map<String, String> names,
      Map<String, List<TradeAnomaly>> out, Map<String, String> failures) {
    TradeAnomalyScorer detector = TradeAnomalyScorer.standard(settings.seed());
    try {
      TradeFeatures.Table table = TradeFeatures.standard().compute(all, settings.prices());
      for (TradeAnomaly a : detector.score(table).anomalies()) {
        if (names.containsKey(a.politicianId())) {
          out.computeIfAbsent(a.politicianId(), k -> new ArrayList<>()).add(a);
        }
      }
      return Optional.of(table);
    } catch (RuntimeException whole) {
      // isolate: score each politician alone (without cross-member features), so one member's
      // bad data fails only that member
      LOG.warn("anomaly detection over all trades failed ({}); scoring politicians one by one",
          whole.getMessage());
      out.clear();
      for (String id : names.keySet()) {
        try {
          out.put(id, detector.detect(byId.getOrDefault(id, List.of()), settings.prices())
              .anomalies());
        } catch (RuntimeException e) {
          failures.put(id, reason("anomaly detection", e));
        }
      }
      return Optional.empty();
    }
  }

  private Optional<CycleDetector.Result> detectCycle(String politicianId,
      List<DisclosedTrade> trades, DiscoveryWindow window) {
    if (trades.size() < MIN_TRADES_FOR_CYCLES) {
      return Optional.empty();
    }
    // the member's own active span: leading and trailing silence (a member elected mid-window,
    // a stray early date) is a step, not a cycle, and would show as spurious low-frequency power
    LocalDate first = trades.stream().map(DisclosedTrade::transactionDate)
        .min(LocalDate::compareTo).orElseThrow();
    LocalDate last = trades.stream().map(DisclosedTrade::transactionDate)
        .max(LocalDate::compareTo).orElseThrow();
    first = first.isBefore(window.from()) ? window.from() : first;
    last = last.isAfter(window.to()) ? window.to() : last;
    long spanDays = ChronoUnit.DAYS.between(first, last) + 1;
    if (spanDays < MIN_SPAN_DAYS) {
      return Optional.empty();
    }
    ActivitySeries series = ActivitySeries.ofTrades(trades, first, last, settings.dayBasis(),
        ActivitySeries.Weighting.COUNT);
    long seed = settings.seed() * 31 + politicianId.hashCode();
    return Optional.of(detectorFor(spanDays).detect(series, seed));
  }

  /** A cycle must repeat at least {@value #MIN_REPETITIONS} times within the active span. */
  private CycleDetector detectorFor(long spanDays) {
    CycleDetector d = settings.cycleDetector();
    if (d instanceof PeriodogramCycleDetector p) {
      double samplesPerDay = 1.0 / settings.dayBasis().calendarDaysPerSample();
      return p.withPeriodBand(2.0 / samplesPerDay, (double) spanDays / MIN_REPETITIONS);
    }
    return d;
  }

  private static Findings.Pattern pattern(String id, CycleDetector.Result r, double q) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("period_days", r.periodDays());
    params.put("frequency_per_day", r.frequencyPerDay());
    params.put("normalised_power", r.normalisedPower());
    params.put("amplitude", r.amplitude());
    params.put("phase_radians", r.phaseRadians());
    params.put("p_value", r.pValue());
    params.put("false_alarm_probability", r.falseAlarmProbability());
    params.put("q_value", q);
    params.put("method", r.method().name());
    params.put("null_model", r.nullModel().name());
    params.put("effective_n", r.effectiveN());
    params.put("searched_frequencies", r.searchedFrequencies());
    params.put("harmonics", r.harmonics());
    params.put("calendar_cycle", r.calendarCycle().map(Enum::name).orElse(null));
    String strength = r.strength() >= 0.7 ? "Strong" : r.strength() >= 0.4 ? "Moderate" : "Weak";
    String period = r.periodDays() < 10
        ? String.format(Locale.ROOT, "%.1f", r.periodDays())
        : String.format(Locale.ROOT, "%.0f", r.periodDays());
    String description = String.format(Locale.ROOT, "%s %s-day cycle detected (q = %s)%s",
        strength, period, formatQ(q),
        r.calendarCycle().map(c -> "; matches the " + c.name().toLowerCase(Locale.ROOT)
            + " calendar cycle").orElse(""));
    return new Findings.Pattern(id, FOURIER_CYCLE, r.strength(), 1 - q, params, description);
  }

  private static String formatQ(double q) {
    return q < 0.001 ? String.format(Locale.ROOT, "%.1e", q) : String.format(Locale.ROOT, "%.3f", q);
  }

  private static Findings.Anomaly anomaly(TradeAnomaly a) {
    Map<String, Object> explanation = new LinkedHashMap<>();
    explanation.put("summary", a.explanation().summary());
    List<Map<String, Object>> contributions = new ArrayList<>();
    for (TradeAnomaly.Contribution c : a.explanation().contributions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("feature", c.feature());
      m.put("value", c.value());
      m.put("weight", c.weight());
      contributions.add(m);
    }
    explanation.put("contributions", contributions);
    return new Findings.Anomaly(a.politicianId(), Optional.of(a.tradeId()), a.type().code(),
        a.severity(), explanation);
  }

  private static String reason(String stage, Throwable e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return stage + ": " + msg;
  }
}
