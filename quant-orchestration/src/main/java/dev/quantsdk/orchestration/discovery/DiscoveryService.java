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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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
 * <p>A staged scan splits the same work for distributed workers: {@link #scanMember} once per
 * politician (its cycle candidate and its anomalies), then {@link #finaliseStaged} once for the
 * run (Benjamini–Hochberg across the members' candidates, the network, the experiments).
 *
 * <p>Per-politician work runs on the caller's {@link Executor}; the results do not depend on the
 * executor (each politician's randomness comes from the run seed and the politician's id). Time
 * comes from the {@link Clock}. Thread-safe; one instance may run several scans.
 */
public final class DiscoveryService {

  /** The pattern type of a cycle. */
  public static final String FOURIER_CYCLE = CycleDetector.KIND;
  /**
   * The pattern type of a member's strongest cycle before FDR control, written by the member
   * stage of a staged scan ({@link #scanMember}) and read back by {@link #finaliseStaged}.
   */
  public static final String CYCLE_CANDIDATE = CycleDetector.KIND + "_candidate";
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
  private final AtomicReference<SharedScores> shared = new AtomicReference<>();

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
   * The outcome of one member's stage in a staged scan. Immutable and thread-safe.
   *
   * @param politicianId the politician
   * @param cycleTested whether the member had enough trades for a cycle search (a candidate was
   *     stored)
   * @param anomalies anomalies stored
   * @param criticalAnomalies anomalies stored at or above the critical severity
   */
  public record MemberResult(String politicianId, boolean cycleTested, int anomalies,
      int criticalAnomalies) {

    /**
     * Validates the result.
     *
     * @throws IllegalArgumentException if the id is blank or a count negative
     */
    public MemberResult {
      ArgChecker.notBlank(politicianId, "politicianId");
      ArgChecker.isTrue(anomalies >= 0 && criticalAnomalies >= 0
          && criticalAnomalies <= anomalies, "anomaly counts %d (critical %d) are inconsistent",
          anomalies, criticalAnomalies);
    }
  }

  /**
   * The outcome of the finalising stage of a staged scan. Immutable and thread-safe.
   *
   * @param cyclesFound significant cycles stored (q at or below the FDR level across members)
   * @param network the network summary, absent when the network analysis failed
   * @param experiments experiments stored (0 without prices)
   */
  public record StagedResult(int cyclesFound, Optional<DiscoveryReport.NetworkSummary> network,
      int experiments) {

    /**
     * Validates the result.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public StagedResult {
      ArgChecker.isTrue(cyclesFound >= 0 && experiments >= 0, "counts must not be negative");
      ArgChecker.notNull(network, "network");
    }
  }

  /**
   * The member stage of a staged scan, for workers that process one politician per task: reads
   * the member's trades, searches its cycle and stores the strongest one as a
   * {@value #CYCLE_CANDIDATE} pattern (or deletes a stale candidate when the member has too few
   * trades), and stores the member's anomalies. The anomalies come from one scoring of every
   * member's trades in the window (cluster trading needs them all), computed once per run and
   * window in this instance and shared by its later member stages; it is seeded, so every worker
   * process computes the same scores. Re-running a member replaces its results.
   *
   * <p>Unlike {@link #scanAll}, this method throws on failure, so that a scheduler can retry the
   * member; the cross-member step (Benjamini–Hochberg over the candidates, the network) is
   * {@link #finaliseStaged}.
   *
   * @param runId the run (a recorded job run's id)
   * @param window the window
   * @param politician the member
   * @return what was stored
   * @throws IllegalStateException if a stage fails: the message names the stage and the reason,
   *     the cause is attached
   */
  public MemberResult scanMember(String runId, DiscoveryWindow window, PoliticianRef politician) {
    ArgChecker.notBlank(runId, "runId");
    ArgChecker.notNull(window, "window");
    ArgChecker.notNull(politician, "politician");
    String id = politician.id();
    List<DisclosedTrade> trades = stage("reading trades", () -> source.tradesOf(id, window));
    Optional<CycleDetector.Result> cycle = stage("cycle detection",
        () -> detectCycle(id, trades, window));
    List<Findings.Anomaly> anomalies = stage("anomaly detection",
        () -> memberAnomalies(runId, window, id, trades)).stream()
        .map(DiscoveryService::anomaly).toList();
    stage("storing results", () -> {
      store.replacePatterns(runId, window, id, CYCLE_CANDIDATE,
          cycle.map(r -> List.of(candidate(id, r))).orElse(List.of()));
      store.replaceAnomalies(runId, window, id, anomalies);
      return null;
    });
    int critical = (int) anomalies.stream()
        .filter(a -> a.severity() >= settings.criticalSeverity()).count();
    return new MemberResult(id, cycle.isPresent(), anomalies.size(), critical);
  }

  /**
   * The finalising stage of a staged scan, run once every member's stage has an outcome:
   * controls the false-discovery rate across the succeeded members' cycle candidates with
   * Benjamini–Hochberg and stores each member's {@value #FOURIER_CYCLE} pattern (or deletes it
   * when not significant), then builds the co-trading network over every trade in the window and,
   * with prices, runs the experiments. Gives the same cycles as {@link #scanAll} over the same
   * data. Re-running it replaces its results.
   *
   * @param runId the run
   * @param window the window
   * @param succeeded the ids of the members whose stage succeeded
   * @param candidates the stored {@value #CYCLE_CANDIDATE} patterns of the run (others, and
   *     those of members not in {@code succeeded}, are ignored)
   * @return what was stored
   * @throws IllegalStateException if reading trades or storing a pattern fails (the network and
   *     the experiments are logged and skipped on failure, as in {@link #scanAll})
   */
  public StagedResult finaliseStaged(String runId, DiscoveryWindow window,
      List<String> succeeded, List<Findings.Pattern> candidates) {
    ArgChecker.notBlank(runId, "runId");
    ArgChecker.notNull(window, "window");
    Set<String> members = new TreeSet<>(succeeded);
    Map<String, Findings.Pattern> tested = new TreeMap<>();
    for (Findings.Pattern c : candidates) {
      if (c.patternType().equals(CYCLE_CANDIDATE) && members.contains(c.politicianId())) {
        tested.put(c.politicianId(), c);
      }
    }
    List<String> ids = new ArrayList<>(tested.keySet());
    double[] p = ids.stream().mapToDouble(id -> ((Number) tested.get(id).parameters()
        .get("false_alarm_probability")).doubleValue()).toArray();
    double[] q = BenjaminiHochberg.qValues(p);
    Map<String, Double> qById = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      qById.put(ids.get(i), q[i]);
    }
    int cyclesFound = 0;
    for (String id : members) {
      Double qv = qById.get(id);
      List<Findings.Pattern> patterns = qv != null && qv <= settings.fdr()
          ? List.of(withQ(tested.get(id), qv)) : List.of();
      stage("storing results", () -> {
        store.replacePatterns(runId, window, id, FOURIER_CYCLE, patterns);
        return null;
      });
      cyclesFound += patterns.size();
    }
    Scores scores = stage("reading trades", () -> sharedScores(runId, window));
    Optional<DiscoveryReport.NetworkSummary> network = NetworkStage.run(scores.all(), window,
        settings.seed(), runId, store);
    int experiments = 0;
    if (settings.prices().isPresent() && scores.table().isPresent()) {
      try {
        List<Findings.Experiment> ex = AbnormalReturnExperiments.run(scores.table().get());
        store.replaceExperiments(runId, window, ex);
        experiments = ex.size();
      } catch (RuntimeException e) {
        LOG.warn("run {}: experiments failed: {}", runId, e.getMessage());
      }
    }
    return new StagedResult(cyclesFound, network, experiments);
  }

  /** Every trade of a window and its anomaly scores, shared by a run's member stages. */
  private record Scores(List<DisclosedTrade> all,
      Optional<Map<String, List<TradeAnomaly>>> byMember, Optional<TradeFeatures.Table> table) {
  }

  /** The scores of one run and window, computed by whichever member stage asked first. */
  private record SharedScores(String runId, DiscoveryWindow window,
      CompletableFuture<Scores> scores) {

    boolean matches(String otherRun, DiscoveryWindow otherWindow) {
      return runId.equals(otherRun) && window.equals(otherWindow);
    }
  }

  private Scores sharedScores(String runId, DiscoveryWindow window) {
    SharedScores mine = new SharedScores(runId, window, new CompletableFuture<>());
    SharedScores current = shared.get();
    while (current == null || !current.matches(runId, window)) {
      if (shared.compareAndSet(current, mine)) {
        try {
          mine.scores().complete(scoreAll(window));
        } catch (RuntimeException e) {
          // not cached: the next member stage (or its retry) reads again
          shared.compareAndSet(mine, null);
          mine.scores().completeExceptionally(e);
          throw e;
        }
        return mine.scores().join();
      }
      current = shared.get();
    }
    try {
      return current.scores().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private Scores scoreAll(DiscoveryWindow window) {
    List<DisclosedTrade> all = source.trades(window);
    try {
      TradeFeatures.Table table = TradeFeatures.standard().compute(all, settings.prices());
      Map<String, List<TradeAnomaly>> byMember = new HashMap<>();
      for (TradeAnomaly a : TradeAnomalyScorer.standard(settings.seed()).score(table)
          .anomalies()) {
        byMember.computeIfAbsent(a.politicianId(), k -> new ArrayList<>()).add(a);
      }
      return new Scores(all, Optional.of(byMember), Optional.of(table));
    } catch (RuntimeException whole) {
      LOG.warn("anomaly detection over all trades failed ({}); members are scored one by one",
          whole.getMessage());
      return new Scores(all, Optional.empty(), Optional.empty());
    }
  }

  private List<TradeAnomaly> memberAnomalies(String runId, DiscoveryWindow window, String id,
      List<DisclosedTrade> own) {
    Scores scores = sharedScores(runId, window);
    if (scores.byMember().isPresent()) {
      return scores.byMember().get().getOrDefault(id, List.of());
    }
    return TradeAnomalyScorer.standard(settings.seed()).detect(own, settings.prices())
        .anomalies();
  }

  private static <T> T stage(String name, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      throw new IllegalStateException(reason(name, e), e);
    }
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
    return withQ(candidate(id, r), q);
  }

  /** A member's strongest cycle before FDR control: everything but the q-value. */
  private static Findings.Pattern candidate(String id, CycleDetector.Result r) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("period_days", r.periodDays());
    params.put("frequency_per_day", r.frequencyPerDay());
    params.put("normalised_power", r.normalisedPower());
    params.put("amplitude", r.amplitude());
    params.put("phase_radians", r.phaseRadians());
    params.put("p_value", r.pValue());
    params.put("false_alarm_probability", r.falseAlarmProbability());
    params.put("method", r.method().name());
    params.put("null_model", r.nullModel().name());
    params.put("effective_n", r.effectiveN());
    params.put("searched_frequencies", r.searchedFrequencies());
    params.put("harmonics", r.harmonics());
    params.put("calendar_cycle", r.calendarCycle().map(Enum::name).orElse(null));
    String description = String.format(Locale.ROOT,
        "Strongest %s-day cycle before FDR control (false-alarm probability %s)",
        formatPeriod(r.periodDays()), formatQ(r.falseAlarmProbability()));
    return new Findings.Pattern(id, CYCLE_CANDIDATE, r.strength(),
        1 - r.falseAlarmProbability(), params, description);
  }

  /** The stored cycle of a candidate at its Benjamini–Hochberg q-value. */
  private static Findings.Pattern withQ(Findings.Pattern candidate, double q) {
    Map<String, Object> params = new LinkedHashMap<>();
    candidate.parameters().forEach((k, v) -> {
      params.put(k, v);
      if (k.equals("false_alarm_probability")) {
        params.put("q_value", q);
      }
    });
    double strengthValue = candidate.strength();
    double periodDays = ((Number) candidate.parameters().get("period_days")).doubleValue();
    Object calendar = candidate.parameters().get("calendar_cycle");
    String strength = strengthValue >= 0.7 ? "Strong" : strengthValue >= 0.4 ? "Moderate" : "Weak";
    String description = String.format(Locale.ROOT, "%s %s-day cycle detected (q = %s)%s",
        strength, formatPeriod(periodDays), formatQ(q),
        calendar == null ? "" : "; matches the " + calendar.toString().toLowerCase(Locale.ROOT)
            + " calendar cycle");
    return new Findings.Pattern(candidate.politicianId(), FOURIER_CYCLE, strengthValue, 1 - q,
        params, description);
  }

  private static String formatPeriod(double periodDays) {
    return periodDays < 10
        ? String.format(Locale.ROOT, "%.1f", periodDays)
        : String.format(Locale.ROOT, "%.0f", periodDays);
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
