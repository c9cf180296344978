package dev.quantsdk.orchestration.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.discovery.cycle.ActivitySeries;
import dev.quantsdk.discovery.cycle.CycleDetector;
import dev.quantsdk.discovery.cycle.PeriodogramCycleDetector;
import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.TradeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscoveryServiceTest {

  private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  private static final LocalDate TO = LocalDate.of(2021, 12, 31);
  private static final DiscoveryWindow WINDOW = DiscoveryWindow.of(FROM, TO);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"),
      ZoneOffset.UTC);
  private static final String CYCLIC = "00000000-0000-0000-0000-00000000000a";
  private static final String RANDOM = "00000000-0000-0000-0000-00000000000b";
  private static final String BROKEN = "00000000-0000-0000-0000-00000000000c";
  private static final String LATE = "00000000-0000-0000-0000-00000000000d";

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  /** Daily trade counts ~ Poisson(0.6 (1 + cos(2 pi t / 30))): a pure 30-day intensity cycle. */
  private static List<DisclosedTrade> cyclic() {
    SplittableRandom rnd = new SplittableRandom(42);
    List<DisclosedTrade> out = new ArrayList<>();
    long days = TO.toEpochDay() - FROM.toEpochDay() + 1;
    for (int t = 0; t < days; t++) {
      double mean = 0.6 * (1 + Math.cos(2 * Math.PI * t / 30.0));
      // Poisson by inversion
      int k = 0;
      double p = Math.exp(-mean);
      double u = rnd.nextDouble();
      double cdf = p;
      while (u > cdf) {
        k++;
        p *= mean / k;
        cdf += p;
      }
      for (int j = 0; j < k; j++) {
        out.add(trade(CYCLIC, FROM.plusDays(t), "AAPL"));
      }
    }
    return out;
  }

  /** 60 trades on uniformly random days: no cycle to find. */
  private static List<DisclosedTrade> random() {
    SplittableRandom rnd = new SplittableRandom(99);
    List<DisclosedTrade> out = new ArrayList<>();
    long span = TO.toEpochDay() - FROM.toEpochDay();
    for (int i = 0; i < 60; i++) {
      out.add(trade(RANDOM, FROM.plusDays(rnd.nextLong(span + 1)), "MSFT"));
    }
    return out;
  }

  /** 80 random trades in the window's last 300 days only: a step into activity, no cycle. */
  private static List<DisclosedTrade> lateStarter() {
    SplittableRandom rnd = new SplittableRandom(7);
    List<DisclosedTrade> out = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      out.add(trade(LATE, TO.minusDays(rnd.nextLong(300)), "XOM"));
    }
    return out;
  }

  private static List<DisclosedTrade> broken() {
    List<DisclosedTrade> out = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      out.add(trade(BROKEN, FROM.plusDays(7L * i), "XOM"));
    }
    return out;
  }

  private static final AtomicInteger IDS = new AtomicInteger();

  private static DisclosedTrade trade(String politician, LocalDate date, String ticker) {
    return new DisclosedTrade("t" + IDS.incrementAndGet(), politician, date,
        Optional.of(date.plusDays(20)), Optional.of(ticker), TradeType.PURCHASE,
        Optional.of(AmountBand.of(1001, 15000)));
  }

  /** A detector that fails on the broken member's series (16 weekly trades from day 0). */
  private static final class FailingForBroken implements CycleDetector {
    private final CycleDetector delegate = PeriodogramCycleDetector.redNoise();

    @Override
    public Result detect(ActivitySeries series, long seed) {
      double[] v = series.values();
      if (java.util.Arrays.stream(v).sum() == 16 && v[0] == 1 && v[7] == 1 && v[14] == 1) {
        throw new IllegalArgumentException("series rejected by the test detector");
      }
      return delegate.detect(series, seed);
    }
  }

  private static final class FakeSource implements TradeSource {
    final List<DisclosedTrade> trades = new ArrayList<>();

    FakeSource() {
      trades.addAll(cyclic());
      trades.addAll(random());
      trades.addAll(broken());
      trades.addAll(lateStarter());
    }

    @Override
    public List<PoliticianRef> politicians() {
      return List.of(new PoliticianRef(CYCLIC, "Cyclic Member"),
          new PoliticianRef(RANDOM, "Random Member"), new PoliticianRef(BROKEN, "Broken Member"),
          new PoliticianRef(LATE, "Late Starter"));
    }

    @Override
    public Optional<PoliticianRef> find(String idOrName) {
      return politicians().stream().filter(p -> p.id().equals(idOrName)).findFirst();
    }

    @Override
    public List<DisclosedTrade> trades(DiscoveryWindow window) {
      return trades.stream().filter(t -> window.contains(t.transactionDate())).toList();
    }

    @Override
    public Optional<DiscoveryWindow> dataWindow() {
      return Optional.of(WINDOW);
    }
  }

  private static final class FakeStore implements DiscoveryStore {
    final Map<String, List<Findings.Pattern>> patterns = new ConcurrentHashMap<>();
    final Map<String, List<Findings.Anomaly>> anomalies = new ConcurrentHashMap<>();
    final Map<String, Findings.Network> networks = new ConcurrentHashMap<>();

    @Override
    public void replacePatterns(String runId, DiscoveryWindow window, String politicianId,
        String patternType, List<Findings.Pattern> p) {
      patterns.put(politicianId + "|" + patternType + "|" + window, p);
    }

    @Override
    public void replaceAnomalies(String runId, DiscoveryWindow window, String politicianId,
        List<Findings.Anomaly> a) {
      anomalies.put(politicianId + "|" + window, a);
    }

    @Override
    public void replaceNetwork(String runId, DiscoveryWindow window, Findings.Network network) {
      networks.put(network.algorithm() + "|" + window, network);
    }

    @Override
    public void replaceExperiments(String runId, DiscoveryWindow window,
        List<Findings.Experiment> experiments) {
      // no prices in these tests: never called with rows
    }

    List<Findings.Pattern> patternsOf(String id) {
      return patterns.getOrDefault(id + "|fourier_cycle|" + WINDOW, List.of());
    }
  }

  private static final class RecordingRecorder implements RunRecorder {
    final List<String> started = Collections.synchronizedList(new ArrayList<>());
    final List<DiscoveryReport> finished = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void started(String runId, String kind, Instant startedAt) {
      started.add(runId);
    }

    @Override
    public void finished(DiscoveryReport report) {
      finished.add(report);
    }
  }

  private DiscoveryService service(FakeStore store, RunRecorder recorder) {
    DiscoveryService.Settings s = DiscoveryService.Settings.defaults();
    s = new DiscoveryService.Settings(s.seed(), s.fdr(), s.criticalSeverity(),
        new FailingForBroken(), ActivitySeries.DayBasis.CALENDAR, s.prices());
    return new DiscoveryService(new FakeSource(), store, recorder, CLOCK, pool, s);
  }

  @Test
  void scanAll_findsThePlantedCycle_notOneInRandomTrades_andIsolatesTheFailure() {
    FakeStore store = new FakeStore();
    RecordingRecorder recorder = new RecordingRecorder();
    List<int[]> progress = Collections.synchronizedList(new ArrayList<>());

    DiscoveryReport report = service(store, recorder).scanAll(WINDOW,
        (done, total, item) -> progress.add(new int[] {done, total}));

    assertThat(report.politicians()).isEqualTo(4);
    assertThat(report.succeeded()).isEqualTo(3);
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.politician()).isEqualTo("Broken Member");
      assertThat(f.reason()).contains("cycle detection").contains("rejected by the test detector");
    });
    // the planted 30-day cycle is found, with its q-value in the description
    List<Findings.Pattern> cyclic = store.patternsOf(CYCLIC);
    assertThat(cyclic).singleElement().satisfies(p -> {
      assertThat((double) p.parameters().get("period_days")).isBetween(28.0, 32.0);
      assertThat((double) p.parameters().get("q_value")).isLessThanOrEqualTo(0.05);
      assertThat(p.confidence()).isEqualTo(1 - (double) p.parameters().get("q_value"));
      assertThat(p.description()).contains("-day cycle detected (q = ");
    });
    // random trading yields no discovery, and the failed member's results are not written
    assertThat(store.patternsOf(RANDOM)).isEmpty();
    // a member who only starts trading late in the window shows a step, which must not be read as
    // a long cycle (with the whole window as the series it was: 300 active days of 1,096).
    // A short chance peak may still pass at the 5 % FDR level: that is calibration, tested in
    // the cycle engine's simulations, not here.
    assertThat(store.patternsOf(LATE))
        .allSatisfy(p -> assertThat((double) p.parameters().get("period_days")).isLessThan(100));
    assertThat(store.patterns).doesNotContainKey(BROKEN + "|fourier_cycle|" + WINDOW);
    assertThat(report.cyclesFound())
        .isEqualTo(store.patterns.values().stream().mapToInt(List::size).sum());
    assertThat(report.network()).isPresent();
    assertThat(store.networks).hasSize(1);
    // run recorded and progress reported up to the total
    assertThat(recorder.started).containsExactly(report.runId());
    assertThat(recorder.finished).containsExactly(report);
    assertThat(progress).hasSize(6);
    assertThat(progress.get(progress.size() - 1)).containsExactly(6, 6);
  }

  @Test
  void scanAll_isReproducible_andReplacesResults() {
    FakeStore store = new FakeStore();
    DiscoveryService service = service(store, RunRecorder.NONE);
    service.scanAll(WINDOW, ProgressListener.NONE);
    Map<String, List<Findings.Pattern>> first = new TreeMap<>(store.patterns);
    service.scanAll(WINDOW, ProgressListener.NONE);
    assertThat(store.patterns).isEqualTo(first);
  }

  @Test
  void scanPolitician_scansOnlyThatMember_withoutNetwork() {
    FakeStore store = new FakeStore();
    DiscoveryReport report = service(store, RunRecorder.NONE).scanPolitician(
        new PoliticianRef(CYCLIC, "Cyclic Member"), WINDOW, ProgressListener.NONE);
    assertThat(report.politicians()).isEqualTo(1);
    assertThat(report.failures()).isEmpty();
    assertThat(report.network()).isEmpty();
    assertThat(store.patternsOf(CYCLIC)).hasSize(1);
    assertThat(store.patterns).hasSize(1);
  }

  @Test
  void scanPolitician_defaultBusinessDays_reportsThePeriodInCalendarDays() {
    FakeStore store = new FakeStore();
    new DiscoveryService(new FakeSource(), store, RunRecorder.NONE, CLOCK, pool,
        DiscoveryService.Settings.defaults()).scanPolitician(
        new PoliticianRef(CYCLIC, "Cyclic Member"), WINDOW, ProgressListener.NONE);
    assertThat(store.patternsOf(CYCLIC)).singleElement().satisfies(p ->
        assertThat((double) p.parameters().get("period_days")).isBetween(28.0, 32.0));
  }

  @Test
  void stagedScan_givesScanAllsCyclesAndAnomalies_andThrowsWithTheStageForTheFailingMember() {
    FakeStore whole = new FakeStore();
    service(whole, RunRecorder.NONE).scanAll(WINDOW, ProgressListener.NONE);

    FakeStore staged = new FakeStore();
    DiscoveryService service = service(staged, RunRecorder.NONE);
    List<String> succeeded = new ArrayList<>();
    List<Findings.Pattern> candidates = new ArrayList<>();
    for (PoliticianRef p : new FakeSource().politicians()) {
      if (p.id().equals(BROKEN)) {
        assertThatThrownBy(() -> service.scanMember("run-1", WINDOW, p))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("cycle detection")
            .hasMessageContaining("rejected by the test detector");
        continue;
      }
      DiscoveryService.MemberResult r = service.scanMember("run-1", WINDOW, p);
      assertThat(r.anomalies()).isEqualTo(whole.anomalies.get(p.id() + "|" + WINDOW).size());
      succeeded.add(p.id());
      candidates.addAll(staged.patterns.getOrDefault(
          p.id() + "|" + DiscoveryService.CYCLE_CANDIDATE + "|" + WINDOW, List.of()));
    }
    DiscoveryService.StagedResult result = service.finaliseStaged("run-1", WINDOW, succeeded,
        candidates);

    // BH across the members' stored candidates reproduces the one-process scan exactly
    for (String id : List.of(CYCLIC, RANDOM, LATE)) {
      assertThat(staged.patternsOf(id)).isEqualTo(whole.patternsOf(id));
      assertThat(staged.anomalies.get(id + "|" + WINDOW))
          .isEqualTo(whole.anomalies.get(id + "|" + WINDOW));
    }
    assertThat(result.cyclesFound()).isEqualTo(whole.patterns.values().stream()
        .mapToInt(List::size).sum());
    assertThat(staged.networks).isEqualTo(whole.networks);
    assertThat(staged.patterns).doesNotContainKey(BROKEN + "|fourier_cycle|" + WINDOW);
  }
}
