package dev.quantsdk.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored model experiment (a {@code model_experiments} row). Immutable and thread-safe (the
 * JSON trees must not be modified).
 *
 * @param id the experiment's id
 * @param modelName the model's name
 * @param parameters the model's and the training scheme's parameters
 * @param metrics the out-of-sample metrics
 * @param deploymentReady whether the documented deployment rule holds
 * @param experimentDate when it was run
 */
public record ModelExperimentDto(UUID id, String modelName, JsonNode parameters,
    JsonNode metrics, boolean deploymentReady, Instant experimentDate) {

  /**
   * Validates the experiment.
   *
   * @throws NullPointerException if a component is null
   */
  public ModelExperimentDto {
    ArgChecker.notNull(id, "id");
    ArgChecker.notNull(modelName, "modelName");
    ArgChecker.notNull(parameters, "parameters");
    ArgChecker.notNull(metrics, "metrics");
    ArgChecker.notNull(experimentDate, "experimentDate");
  }
}
