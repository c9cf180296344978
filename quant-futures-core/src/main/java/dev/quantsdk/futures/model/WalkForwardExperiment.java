package dev.quantsdk.futures.model;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a model fold by fold along a {@link WalkForward} scheme and scores it only out of
 * sample; what a {@code ModelExperiment} row records.
 *
 * <p>Every prediction at index {@code i} comes from a model fitted on rows strictly before
 * {@code i - purge - embargo}, so changing or appending data after {@code t} changes no
 * prediction at or before {@code t}.
 *
 * <p><b>Deployment rule</b> ({@link Result#deploymentReady()}): the model must beat the naive
 * baseline out of sample on at least {@value #MIN_OUT_OF_SAMPLE} predictions.
 * <ul>
 *   <li>Regression: out-of-sample R² against each fold's training mean is above 0, and the sign
 *       hit rate is above the naive hit rate (always predicting the sign of the training mean).
 *   <li>Classification: AUC above 0.5, and log loss below the naive log loss (predicting each
 *       fold's training base rate).
 * </ul>
 * Stateless and thread-safe.
 */
public final class WalkForwardExperiment {

  /** The minimum number of out-of-sample predictions for a model to be deployment-ready. */
  public static final int MIN_OUT_OF_SAMPLE = 30;

  private WalkForwardExperiment() {
  }

  /**
   * The outcome of one experiment. Immutable (the predictions array is copied on access).
   *
   * @param modelName the model's name
   * @param parameters the model's and the scheme's parameters
   * @param metrics out-of-sample metrics by name (see {@link WalkForwardExperiment})
   * @param deploymentReady whether the deployment rule holds
   * @param folds the number of folds trained
   * @param outOfSample the number of out-of-sample predictions
   * @param predictions per-row out-of-sample predictions, NaN where a row was never predicted
   */
  public record Result(
      String modelName,
      Map<String, Object> parameters,
      Map<String, Double> metrics,
      boolean deploymentReady,
      int folds,
      int outOfSample,
      double[] predictions) {

    /**
     * Validates and freezes the result.
     *
     * @throws IllegalArgumentException if the name is blank or counts are negative
     */
    public Result {
      ArgChecker.notBlank(modelName, "modelName");
      parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
      metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
      ArgChecker.notNegative(folds, "folds");
      ArgChecker.notNegative(outOfSample, "outOfSample");
      predictions = predictions.clone();
    }

    /**
     * The per-row out-of-sample predictions (a copy).
     *
     * @return predictions, NaN where not predicted
     */
    @Override
    public double[] predictions() {
      return predictions.clone();
    }
  }

  /**
   * Runs the experiment.
   *
   * @param model the model
   * @param x the feature matrix, rows in time order
   * @param y the targets, aligned with {@code x}
   * @param scheme the walk-forward scheme
   * @return the experiment's result
   * @throws IllegalArgumentException if the data do not allow a single fold, or a fold cannot be
   *     fitted (the message names the fold's rows)
   */
  public static Result run(PredictiveModel model, double[][] x, double[] y, WalkForward scheme) {
    ArgChecker.notNull(model, "model");
    ArgChecker.notNull(scheme, "scheme");
    ArgChecker.isTrue(x.length == y.length, "x has %d rows but y has %d", x.length, y.length);
    List<WalkForward.Split> splits = scheme.splits(y.length);
    ArgChecker.isTrue(!splits.isEmpty(),
        "%d rows are too few for one fold of %s", y.length, scheme);
    boolean classification = model.task() == PredictiveModel.Task.CLASSIFICATION;
    double[] predictions = new double[y.length];
    Arrays.fill(predictions, Double.NaN);
    int m = 0;
    for (WalkForward.Split s : splits) {
      m += s.testLength();
    }
    double[] yo = new double[m];
    double[] po = new double[m];
    double[] naive = new double[m];
    int k = 0;
    for (WalkForward.Split s : splits) {
      PredictiveModel.Fitted fitted = model.fit(x, y, s.trainStart(), s.trainEnd());
      double trainMean = 0;
      for (int i = s.trainStart(); i < s.trainEnd(); i++) {
        trainMean += y[i];
      }
      trainMean /= s.trainLength();
      for (int i = s.testStart(); i < s.testEnd(); i++) {
        double p = fitted.predict(x[i]);
        predictions[i] = p;
        yo[k] = y[i];
        po[k] = p;
        naive[k] = trainMean;
        k++;
      }
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    boolean beats;
    double hit = ModelMetrics.hitRate(yo, po, classification);
    double naiveHit = ModelMetrics.hitRate(yo, naive, classification);
    metrics.put("hit_rate", hit);
    metrics.put("naive_hit_rate", naiveHit);
    if (classification) {
      double auc = ModelMetrics.auc(po, yo);
      double logLoss = ModelMetrics.logLoss(yo, po);
      double naiveLogLoss = ModelMetrics.logLoss(yo, naive);
      metrics.put("auc", auc);
      metrics.put("log_loss", logLoss);
      metrics.put("naive_log_loss", naiveLogLoss);
      beats = auc > 0.5 && logLoss < naiveLogLoss;
    } else {
      double r2 = ModelMetrics.outOfSampleR2(yo, po, naive);
      metrics.put("r2_oos", r2);
      metrics.put("rmse", ModelMetrics.rmse(yo, po));
      metrics.put("naive_rmse", ModelMetrics.rmse(yo, naive));
      beats = r2 > 0 && hit > naiveHit;
    }
    Map<String, Object> params = new LinkedHashMap<>(model.parameters());
    params.put("train_size", scheme.trainSize());
    params.put("test_size", scheme.testSize());
    params.put("purge", scheme.purge());
    params.put("embargo", scheme.embargo());
    params.put("anchored", scheme.anchored());
    boolean ready = beats && m >= MIN_OUT_OF_SAMPLE;
    return new Result(model.name(), params, metrics, ready, splits.size(), m, predictions);
  }
}
