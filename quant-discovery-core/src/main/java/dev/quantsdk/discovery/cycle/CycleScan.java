package dev.quantsdk.discovery.cycle;

import dev.quantsdk.discovery.stats.BenjaminiHochberg;
import dev.quantsdk.model.ArgChecker;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs a {@link CycleDetector} over many politicians and controls the false-discovery rate across
 * all of them with Benjamini–Hochberg on the detectors' false-alarm probabilities.
 *
 * <p>Each politician gets its own seed, derived from the scan seed and the politician id (not
 * from the order or the thread), so a scan is bit-reproducible sequentially or on any {@link
 * Executor}; the scan itself starts no thread. A politician whose series the detector rejects
 * (too short, no activity) becomes a {@link Failure} and does not stop the others; failures take
 * no part in the FDR correction. Immutable and thread-safe.
 */
public final class CycleScan {

  /** Default FDR level. */
  public static final double DEFAULT_ALPHA = 0.05;
  /** q-values at or below this are described as "Strong". */
  static final double STRONG_Q = 0.01;

  private final CycleDetector detector;
  private final double alpha;

  private CycleScan(CycleDetector detector, double alpha) {
    this.detector = detector;
    this.alpha = alpha;
  }

  /**
   * A scan with the given detector at FDR level {@value #DEFAULT_ALPHA}.
   *
   * @param detector the detector
   * @return the scan
   */
  public static CycleScan of(CycleDetector detector) {
    return new CycleScan(ArgChecker.notNull(detector, "detector"), DEFAULT_ALPHA);
  }

  /**
   * A copy at another FDR level.
   *
   * @param fdrLevel the level, in (0, 1)
   * @return the scan
   * @throws IllegalArgumentException if out of range
   */
  public CycleScan withAlpha(double fdrLevel) {
    ArgChecker.isTrue(fdrLevel > 0 && fdrLevel < 1, "alpha must be in (0, 1) but was %s", fdrLevel);
    return new CycleScan(detector, fdrLevel);
  }

  /**
   * Scans sequentially on the calling thread.
   *
   * @param seriesByPolitician the series by politician id
   * @param seed the scan seed
   * @return the report
   */
  public Report run(Map<String, ActivitySeries> seriesByPolitician, long seed) {
    return run(seriesByPolitician, seed, Runnable::run);
  }

  /**
   * Scans, detecting each politician's cycle as one task on the executor.
   *
   * @param seriesByPolitician the series by politician id
   * @param seed the scan seed
   * @param executor where the per-politician detections run
   * @return the report, in politician-id order; identical for any executor
   */
  public Report run(Map<String, ActivitySeries> seriesByPolitician, long seed, Executor executor) {
    ArgChecker.notNull(seriesByPolitician, "seriesByPolitician");
    ArgChecker.notNull(executor, "executor");
    Map<String, CompletableFuture<Object>> tasks = new TreeMap<>();
    seriesByPolitician.forEach((id, series) -> {
      ArgChecker.notBlank(id, "politicianId");
      ArgChecker.notNull(series, "series of " + id);
      long own = seedFor(seed, id);
      tasks.put(id, CompletableFuture.supplyAsync(() -> attempt(id, series, own), executor));
    });
    List<String> ids = new ArrayList<>();
    List<CycleDetector.Result> results = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    tasks.forEach((id, task) -> {
      Object outcome = task.join();
      if (outcome instanceof CycleDetector.Result r) {
        ids.add(id);
        results.add(r);
      } else {
        failures.add((Failure) outcome);
      }
    });
    double[] p = new double[results.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = results.get(i).falseAlarmProbability();
    }
    double[] q = BenjaminiHochberg.qValues(p);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < q.length; i++) {
      findings.add(new Finding(ids.get(i), results.get(i), q[i], alpha));
    }
    return new Report(findings, failures, alpha);
  }

  private Object attempt(String id, ActivitySeries series, long seed) {
    try {
      return detector.detect(series, seed);
    } catch (RuntimeException e) {
      return new Failure(id, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** SplitMix64 finaliser of the scan seed combined with a 64-bit FNV-1a hash of the id. */
  static long seedFor(long seed, String politicianId) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < politicianId.length(); i++) {
      h = (h ^ politicianId.charAt(i)) * 0x100000001b3L;
    }
    long z = seed + h * 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "CycleScan[" + detector + ", alpha=" + alpha + "]";
  }

  /**
   * One politician's strongest cycle with its FDR-adjusted significance. Immutable.
   *
   * @param politicianId the politician
   * @param result the detector's result
   * @param qValue the Benjamini–Hochberg q-value across everyone scanned successfully, in [0, 1]
   * @param alpha the FDR level of the scan
   */
  public record Finding(String politicianId, CycleDetector.Result result, double qValue, double alpha) {

    /**
     * Validates the finding.
     *
     * @throws IllegalArgumentException if the q-value or level is out of range
     */
    public Finding {
      ArgChecker.notBlank(politicianId, "politicianId");
      ArgChecker.notNull(result, "result");
      ArgChecker.inRangeInclusive(qValue, 0.0, 1.0, "qValue");
      ArgChecker.isTrue(alpha > 0 && alpha < 1, "alpha must be in (0, 1) but was %s", alpha);
    }

    /**
     * The confidence that the cycle is real.
     *
     * @return {@code 1 - qValue}
     */
    public double confidence() {
      return 1.0 - qValue;
    }

    /**
     * Whether the cycle is a discovery at the scan's FDR level.
     *
     * @return {@code qValue <= alpha}
     */
    public boolean isSignificant() {
      return qValue <= alpha;
    }

    /**
     * A one-line description, such as "Strong 90-day cycle detected (q = 0.003)" or "No
     * significant cycle (strongest candidate 12-day, q = 0.41)".
     *
     * @return the description
     */
    public String description() {
      String period = formatPeriod(result.periodDays());
      String calendar = result.calendarCycle()
          .map(c -> c.name().toLowerCase(Locale.ROOT) + " calendar cycle, ")
          .orElse("");
      if (!isSignificant()) {
        return String.format(Locale.ROOT, "No significant cycle (strongest candidate %s-day, %sq = %s)",
            period, calendar, formatQ(qValue));
      }
      String label = qValue <= STRONG_Q ? "Strong" : "Moderate";
      return String.format(Locale.ROOT, "%s %s-day cycle detected (%sq = %s)", label, period, calendar, formatQ(qValue));
    }

    private static String formatPeriod(double days) {
      return days >= 10 ? String.format(Locale.ROOT, "%d", Math.round(days)) : String.format(Locale.ROOT, "%.1f", days);
    }

    private static String formatQ(double q) {
      if (q == 0.0) {
        return "0";
      }
      if (q < 1e-4) {
        return String.format(Locale.ROOT, "%.1e", q);
      }
      return new BigDecimal(q).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
  }

  /**
   * A politician the detector could not analyse.
   *
   * @param politicianId the politician
   * @param message why, from the detector's exception
   */
  public record Failure(String politicianId, String message) {

    /**
     * Validates the failure.
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public Failure {
      ArgChecker.notBlank(politicianId, "politicianId");
      ArgChecker.notNull(message, "message");
    }
  }

  /**
   * The outcome of a scan. Immutable.
   *
   * @param findings one finding per politician analysed, in id order
   * @param failures the politicians that could not be analysed, in id order
   * @param alpha the FDR level
   */
  public record Report(List<Finding> findings, List<Failure> failures, double alpha) {

    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException if alpha is out of range
     */
    public Report {
      findings = List.copyOf(findings);
      failures = List.copyOf(failures);
      ArgChecker.isTrue(alpha > 0 && alpha < 1, "alpha must be in (0, 1) but was %s", alpha);
    }

    /**
     * The discoveries.
     *
     * @return the findings with {@code qValue <= alpha}, in id order
     */
    public List<Finding> significant() {
      return findings.stream().filter(Finding::isSignificant).toList();
    }
  }
}
