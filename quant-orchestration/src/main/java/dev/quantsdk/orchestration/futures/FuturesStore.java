package dev.quantsdk.orchestration.futures;

import java.util.List;
import java.util.Optional;

/**
 * Port: where the futures facade stores analysis reports and backtest runs (a persistence
 * adapter maps them to the {@code backtest_runs} table and a JSON document store or table).
 * Writes are keyed by id, so storing the same report or run again replaces it. Implementations
 * must be thread-safe.
 */
public interface FuturesStore {

  /**
   * Stores an analysis report, replacing one with the same run id.
   *
   * @param report the report
   */
  void saveAnalysis(FuturesAnalysisReport report);

  /**
   * Stores a backtest run, replacing one with the same id.
   *
   * @param run the run
   */
  void saveBacktestRun(BacktestRun run);

  /**
   * The most recently started analysis of an instrument.
   *
   * @param instrument the instrument id
   * @return the report, empty if none is stored
   */
  Optional<FuturesAnalysisReport> latestAnalysis(String instrument);

  /**
   * One stored backtest run.
   *
   * @param id the run's id
   * @return the run, empty if none has that id
   */
  Optional<BacktestRun> backtestRun(String id);

  /**
   * Recent backtest runs of a strategy, newest first.
   *
   * @param strategy the strategy's name
   * @param limit the most runs returned, &gt;= 1
   * @return the runs
   */
  List<BacktestRun> backtestRuns(String strategy, int limit);
}
