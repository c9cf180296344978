package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link FuturesStore} in memory, for tests and embedded use. Thread-safe (every method is
 * synchronised); nothing survives the JVM.
 */
public final class InMemoryFuturesStore implements FuturesStore {

  private final Map<String, FuturesAnalysisReport> analyses = new LinkedHashMap<>();
  private final Map<String, BacktestRun> runs = new LinkedHashMap<>();

  /** Creates an empty store. */
  public InMemoryFuturesStore() {
    // empty
  }

  @Override
  public synchronized void saveAnalysis(FuturesAnalysisReport report) {
    ArgChecker.notNull(report, "report");
    analyses.put(report.runId(), report);
  }

  @Override
  public synchronized void saveBacktestRun(BacktestRun run) {
    ArgChecker.notNull(run, "run");
    runs.put(run.id(), run);
  }

  @Override
  public synchronized Optional<FuturesAnalysisReport> latestAnalysis(String instrument) {
    return analyses.values().stream().filter(r -> r.instrument().equals(instrument))
        .max(Comparator.comparing(FuturesAnalysisReport::startedAt));
  }

  @Override
  public synchronized Optional<BacktestRun> backtestRun(String id) {
    ArgChecker.notNull(id, "id");
    return Optional.ofNullable(runs.get(id));
  }

  @Override
  public synchronized List<BacktestRun> backtestRuns(String strategy, int limit) {
    ArgChecker.positive(limit, "limit");
    List<BacktestRun> out = new ArrayList<>();
    for (BacktestRun r : runs.values()) {
      if (r.strategy().equals(strategy)) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparing(BacktestRun::createdAt).reversed());
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  /**
   * The number of stored analyses.
   *
   * @return analyses
   */
  public synchronized int analysisCount() {
    return analyses.size();
  }
}
