package dev.quantsdk.model.discovery;

import dev.quantsdk.model.ArgChecker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One model-training experiment: table {@code model_experiments}, written by discovery workers
 * (role {@code quant_discovery}). Parameters and metrics are JSON objects (for example
 * {@code {"lambda": 0.1}} and {@code {"oos_r2": 0.04}}). Experiments of a discovery run also carry
 * their window and a natural key (migration V7), so a re-run of the window replaces them;
 * experiments from elsewhere leave both absent. Mutable and not thread-safe (a JPA entity);
 * equality is by id.
 */
@Entity
@Table(name = "model_experiments")
public class ModelExperiment {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "model_name", nullable = false, length = 100)
  private String modelName;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "parameters", nullable = false)
  private String parameters;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "metrics", nullable = false)
  private String metrics;

  @Column(name = "deployment_ready", nullable = false)
  private boolean deploymentReady;

  @Column(name = "experiment_date", nullable = false)
  private Instant experimentDate;

  @Column(name = "window_start")
  private LocalDate windowStart;

  @Column(name = "window_end")
  private LocalDate windowEnd;

  @Column(name = "natural_key", length = 200, unique = true)
  private String naturalKey;

  /** For JPA only. */
  protected ModelExperiment() {
  }

  /**
   * Creates an experiment with a random id.
   *
   * @param modelName the model such as "ridge_walk_forward", at most 100 characters
   * @param parametersJson the hyper-parameters, a JSON object
   * @param metricsJson the evaluation metrics, a JSON object
   * @param deploymentReady whether the model passed its deployment gate
   * @param experimentDate when the experiment ran
   * @throws IllegalArgumentException if a JSON text is not an object or the name is blank
   */
  public ModelExperiment(String modelName, String parametersJson, String metricsJson, boolean deploymentReady,
      Instant experimentDate) {
    this.id = UUID.randomUUID();
    this.modelName = Columns.text(modelName, 100, "modelName");
    this.parameters = Columns.jsonObject(parametersJson, "parametersJson");
    this.metrics = Columns.jsonObject(metricsJson, "metricsJson");
    this.deploymentReady = deploymentReady;
    this.experimentDate = ArgChecker.notNull(experimentDate, "experimentDate");
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return the model name */
  public String getModelName() {
    return modelName;
  }

  /** @return the hyper-parameters, a JSON object */
  public String getParametersJson() {
    return parameters;
  }

  /** @return the metrics, a JSON object */
  public String getMetricsJson() {
    return metrics;
  }

  /** @return whether the model passed its deployment gate */
  public boolean isDeploymentReady() {
    return deploymentReady;
  }

  /**
   * Sets whether the model passed its deployment gate.
   *
   * @param deploymentReady the flag
   */
  public void setDeploymentReady(boolean deploymentReady) {
    this.deploymentReady = deploymentReady;
  }

  /** @return when the experiment ran */
  public Instant getExperimentDate() {
    return experimentDate;
  }

  /**
   * Keys the experiment to a discovery window.
   *
   * @param start the first day of the window
   * @param end the last day of the window, not before the start
   * @param key the natural key, unique across experiments, at most 200 characters
   * @throws IllegalArgumentException if the window is reversed or the key blank or too long
   */
  public void setWindow(LocalDate start, LocalDate end, String key) {
    Columns.window(start, end, "window");
    this.naturalKey = Columns.text(key, 200, "key");
    this.windowStart = start;
    this.windowEnd = end;
  }

  /** @return the first day of the discovery window, if keyed to one */
  public Optional<LocalDate> getWindowStart() {
    return Optional.ofNullable(windowStart);
  }

  /** @return the last day of the discovery window, if keyed to one */
  public Optional<LocalDate> getWindowEnd() {
    return Optional.ofNullable(windowEnd);
  }

  /** @return the natural key, if keyed to a window */
  public Optional<String> getNaturalKey() {
    return Optional.ofNullable(naturalKey);
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof ModelExperiment that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "ModelExperiment[" + id + ", " + modelName + "]";
  }
}
