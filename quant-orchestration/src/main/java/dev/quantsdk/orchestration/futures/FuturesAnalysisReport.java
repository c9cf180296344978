package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.backtest.PerformanceMetrics;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.model.ArgChecker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of a comprehensive analysis of one instrument: every step's outcome and the result
 * of each step that succeeded. A failed step keeps the earlier steps' results; the steps after it
 * are skipped (their results absent). Plain records, lists, maps and optionals, so a dashboard or
 * REST layer can serialise it as it is. Immutable and thread-safe.
 *
 * @param runId the run's id
 * @param instrument the instrument analysed
 * @param startedAt when the analysis started (the facade's clock)
 * @param finishedAt when it finished
 * @param steps one outcome per {@link AnalysisStep}, in step order
 * @param ingest the ingest step's result
 * @param features the features step's result
 * @param model the model step's result
 * @param signals the signals step's result
 * @param backtest the backtest step's result: the sma-cross strategy
 * @param modelBacktest the backtest step's run of the model signal in the order-based engine,
 *     present for a futures instrument when the step succeeded
 * @param analytics the report step's dashboard analytics (of the sma-cross backtest)
 */
public record FuturesAnalysisReport(
    String runId,
    String instrument,
    Instant startedAt,
    Instant finishedAt,
    List<StepOutcome> steps,
    Optional<Ingest> ingest,
    Optional<Features> features,
    Optional<Model> model,
    Optional<Signals> signals,
    Optional<Backtest> backtest,
    Optional<Backtest> modelBacktest,
    Optional<AnalyticsSummary> analytics) {

  /**
   * Validates the report.
   *
   * @throws IllegalArgumentException if the steps are not one per step in order, or a result's
   *     presence disagrees with its step's status
   */
  public FuturesAnalysisReport {
    ArgChecker.notBlank(runId, "runId");
    ArgChecker.notBlank(instrument, "instrument");
    ArgChecker.notNull(startedAt, "startedAt");
    ArgChecker.notNull(finishedAt, "finishedAt");
    steps = List.copyOf(steps);
    AnalysisStep[] all = AnalysisStep.values();
    ArgChecker.isTrue(steps.size() == all.length, "%d step outcomes for %d steps", steps.size(),
        all.length);
    for (int i = 0; i < all.length; i++) {
      ArgChecker.isTrue(steps.get(i).step() == all[i], "outcome %d is for %s, not %s", i,
          steps.get(i).step(), all[i]);
    }
    List<Optional<?>> results = List.of(ingest, features, model, signals, backtest, analytics);
    for (int i = 0; i < all.length; i++) {
      boolean ok = steps.get(i).status() == StepOutcome.Status.SUCCEEDED;
      ArgChecker.isTrue(results.get(i).isPresent() == ok, "step %s is %s but its result is %s",
          all[i], steps.get(i).status(), ok ? "absent" : "present");
    }
    ArgChecker.isTrue(modelBacktest.isEmpty() || backtest.isPresent(),
        "a model backtest without the backtest step's result");
  }

  /**
   * The outcome of one step.
   *
   * @param step the step
   * @return its outcome
   */
  public StepOutcome step(AnalysisStep step) {
    return steps.get(step.ordinal());
  }

  /**
   * Whether every step succeeded.
   *
   * @return true if none failed or was skipped
   */
  public boolean succeeded() {
    return steps.stream().allMatch(s -> s.status() == StepOutcome.Status.SUCCEEDED);
  }

  /**
   * The analysis's wall-clock duration.
   *
   * @return finished − started
   */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  private static <V> Map<String, V> frozen(Map<String, V> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(ArgChecker.notNull(m, "map")));
  }

  /**
   * What ingestion loaded.
   *
   * @param root the futures root, absent for an index or stock
   * @param multiplier USD per point
   * @param policy the validation policy applied
   * @param rowsRead rows in the file
   * @param bars bars kept
   * @param issues rows with a validation issue (dropped or repaired)
   * @param firstIssues the first issues' messages, at most {@value #MAX_LISTED_ISSUES}
   * @param firstDate the first bar's date
   * @param lastDate the last bar's date
   */
  public record Ingest(Optional<String> root, double multiplier, ValidationPolicy policy,
      int rowsRead, int bars, int issues, List<String> firstIssues, LocalDate firstDate,
      LocalDate lastDate) {

    /** Issues listed by message; the count covers all. */
    public static final int MAX_LISTED_ISSUES = 20;

    /**
     * Validates the summary.
     *
     * @throws IllegalArgumentException if counts are inconsistent
     */
    public Ingest {
      ArgChecker.notNull(root, "root");
      ArgChecker.positive(multiplier, "multiplier");
      ArgChecker.notNull(policy, "policy");
      ArgChecker.isTrue(bars <= rowsRead, "bars %d > rows read %d", bars, rowsRead);
      ArgChecker.notNegative(issues, "issues");
      firstIssues = List.copyOf(firstIssues);
      ArgChecker.notNull(firstDate, "firstDate");
      ArgChecker.notNull(lastDate, "lastDate");
    }
  }

  /**
   * The features and the market state at the last bar.
   *
   * @param names the feature names, in model column order
   * @param rows bars with every feature and a next-bar target (the model's rows)
   * @param latest each feature's value at the last bar (NaN during its warm-up)
   * @param volatility the volatility regime at the last bar, absent with too little history
   * @param trend the trend state at the last bar, absent with too little history
   */
  public record Features(List<String> names, int rows, Map<String, Double> latest,
      Optional<VolatilityRegime> volatility, Optional<TrendState> trend) {

    /**
     * Validates the summary.
     *
     * @throws IllegalArgumentException if names are missing
     */
    public Features {
      names = List.copyOf(ArgChecker.notEmpty(names, "names"));
      ArgChecker.notNegative(rows, "rows");
      latest = frozen(latest);
      ArgChecker.notNull(volatility, "volatility");
      ArgChecker.notNull(trend, "trend");
    }
  }

  /**
   * The walk-forward experiment.
   *
   * @param modelName the model's name
   * @param parameters the model's and the scheme's parameters
   * @param metrics out-of-sample metrics (see {@code WalkForwardExperiment})
   * @param deploymentReady whether the model beats the naive baseline out of sample
   * @param folds folds trained
   * @param outOfSample out-of-sample predictions
   * @param nextBarForecast the forecast of the next bar's log return from a model fitted on every
   *     labelled row, absent if the last bar's features are incomplete
   */
  public record Model(String modelName, Map<String, Object> parameters,
      Map<String, Double> metrics, boolean deploymentReady, int folds, int outOfSample,
      OptionalDouble nextBarForecast) {

    /**
     * Validates the summary.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Model {
      ArgChecker.notBlank(modelName, "modelName");
      parameters = frozen(parameters);
      metrics = frozen(metrics);
      ArgChecker.notNull(nextBarForecast, "nextBarForecast");
    }
  }

  /**
   * The signals.
   *
   * @param signals each signal's statistics
   */
  public record Signals(List<SignalStats> signals) {

    /**
     * Validates the summary.
     *
     * @throws IllegalArgumentException if null
     */
    public Signals {
      signals = List.copyOf(signals);
    }
  }

  /**
   * One signal's statistics over the series.
   *
   * @param name the signal's name, e.g. {@code sma_cross}
   * @param description what it is
   * @param latest the direction decided at the last bar's close (+1, 0, −1): the position for
   *     the next bar
   * @param longShare share of bars decided long
   * @param shortShare share of bars decided short
   * @param flatShare share of bars decided flat
   * @param changes number of direction changes
   */
  public record SignalStats(String name, String description, int latest, double longShare,
      double shortShare, double flatShare, int changes) {

    /**
     * Validates the statistics.
     *
     * @throws IllegalArgumentException if the direction or a share is out of range
     */
    public SignalStats {
      ArgChecker.notBlank(name, "name");
      ArgChecker.notNull(description, "description");
      ArgChecker.inRangeInclusive(latest, -1, 1, "latest");
      ArgChecker.inRangeInclusive(longShare, 0, 1, "longShare");
      ArgChecker.inRangeInclusive(shortShare, 0, 1, "shortShare");
      ArgChecker.inRangeInclusive(flatShare, 0, 1, "flatShare");
      ArgChecker.notNegative(changes, "changes");
    }
  }

  /**
   * The backtest.
   *
   * @param strategy the strategy's name
   * @param parameters the strategy's parameters
   * @param firstDate the first bar's date
   * @param lastDate the last bar's date
   * @param fills fills
   * @param metrics the metric set (money in USD, ratios as fractions)
   * @param finalEquity equity at the last bar, USD
   */
  public record Backtest(String strategy, Map<String, Object> parameters, LocalDate firstDate,
      LocalDate lastDate, int fills, PerformanceMetrics.Result metrics, double finalEquity) {

    /**
     * Validates the summary.
     *
     * @throws IllegalArgumentException if the strategy is blank or the dates are reversed
     */
    public Backtest {
      ArgChecker.notBlank(strategy, "strategy");
      parameters = frozen(parameters);
      ArgChecker.notNull(firstDate, "firstDate");
      ArgChecker.notNull(lastDate, "lastDate");
      ArgChecker.isTrue(!lastDate.isBefore(firstDate), "lastDate %s before firstDate %s",
          lastDate, firstDate);
      ArgChecker.notNegative(fills, "fills");
      ArgChecker.notNull(metrics, "metrics");
    }
  }
}
