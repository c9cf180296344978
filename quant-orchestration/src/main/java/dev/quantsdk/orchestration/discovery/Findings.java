package dev.quantsdk.orchestration.discovery;

import dev.quantsdk.model.ArgChecker;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a discovery run stores, as plain values: the facade produces them, a
 * {@link DiscoveryStore} persists them (serialising the maps as JSON). All records are immutable
 * and thread-safe; their maps keep insertion order.
 */
public final class Findings {

  private Findings() {
  }

  private static Map<String, Object> frozen(Map<String, Object> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(ArgChecker.notNull(m, "map")));
  }

  /**
   * A pattern of one politician, such as a {@code fourier_cycle}.
   *
   * @param politicianId the politician's id
   * @param patternType the pattern type, e.g. {@code fourier_cycle}
   * @param strength strength in [0, 1]
   * @param confidence confidence in [0, 1] (1 − q for cycles)
   * @param parameters the pattern's parameters (period, p-value, q-value, ...)
   * @param description a one-line human description
   */
  public record Pattern(String politicianId, String patternType, double strength,
      double confidence, Map<String, Object> parameters, String description) {

    /**
     * Validates the pattern.
     *
     * @throws IllegalArgumentException if strength or confidence is outside [0, 1]
     */
    public Pattern {
      ArgChecker.notBlank(politicianId, "politicianId");
      ArgChecker.notBlank(patternType, "patternType");
      ArgChecker.inRangeInclusive(strength, 0, 1, "strength");
      ArgChecker.inRangeInclusive(confidence, 0, 1, "confidence");
      parameters = frozen(parameters);
      ArgChecker.notNull(description, "description");
    }
  }

  /**
   * An anomaly of one politician, usually about one trade.
   *
   * @param politicianId the politician's id
   * @param tradeId the trade's id, absent for an anomaly about the politician as a whole
   * @param anomalyType the type, e.g. {@code late_disclosure}
   * @param severity severity in [0, 1]
   * @param explanation the contributing features and their values
   */
  public record Anomaly(String politicianId, Optional<String> tradeId, String anomalyType,
      double severity, Map<String, Object> explanation) {

    /**
     * Validates the anomaly.
     *
     * @throws IllegalArgumentException if the severity is outside [0, 1]
     */
    public Anomaly {
      ArgChecker.notBlank(politicianId, "politicianId");
      ArgChecker.notNull(tradeId, "tradeId");
      ArgChecker.notBlank(anomalyType, "anomalyType");
      ArgChecker.inRangeInclusive(severity, 0, 1, "severity");
      explanation = frozen(explanation);
    }
  }

  /**
   * A node of the co-trading network.
   *
   * @param politicianId the politician's id
   * @param community the community index
   * @param pagerank PageRank (damping 0.85)
   * @param betweenness normalised betweenness (networkx convention)
   */
  public record Node(String politicianId, int community, double pagerank, double betweenness) {

    /**
     * Validates the node.
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public Node {
      ArgChecker.notBlank(politicianId, "politicianId");
    }
  }

  /**
   * An edge of the co-trading network's statistical backbone.
   *
   * @param a one politician's id
   * @param b the other politician's id
   * @param weight the number of shared tickers
   * @param pValue the SDSM p-value
   * @param qValue the Benjamini–Hochberg q-value
   */
  public record Edge(String a, String b, double weight, double pValue, double qValue) {

    /**
     * Validates the edge.
     *
     * @throws IllegalArgumentException if an id is blank or a probability is outside [0, 1]
     */
    public Edge {
      ArgChecker.notBlank(a, "a");
      ArgChecker.notBlank(b, "b");
      ArgChecker.inRangeInclusive(pValue, 0, 1, "pValue");
      ArgChecker.inRangeInclusive(qValue, 0, 1, "qValue");
    }
  }

  /**
   * The co-trading network of a window.
   *
   * @param algorithm the algorithm name, e.g. {@code sdsm+leiden}
   * @param parameters the algorithm's parameters
   * @param nodes the nodes
   * @param edges the backbone's edges
   * @param communities the number of communities
   * @param modularity the partition's modularity, NaN without edges
   * @param description a one-line human description
   */
  public record Network(String algorithm, Map<String, Object> parameters, List<Node> nodes,
      List<Edge> edges, int communities, double modularity, String description) {

    /**
     * Validates the network.
     *
     * @throws IllegalArgumentException if the algorithm is blank
     */
    public Network {
      ArgChecker.notBlank(algorithm, "algorithm");
      parameters = frozen(parameters);
      nodes = List.copyOf(nodes);
      edges = List.copyOf(edges);
      ArgChecker.notNull(description, "description");
    }
  }

  /**
   * A model experiment.
   *
   * @param modelName the model's name
   * @param parameters the model's and the training scheme's parameters
   * @param metrics out-of-sample metrics
   * @param deploymentReady whether the documented deployment rule holds
   */
  public record Experiment(String modelName, Map<String, Object> parameters,
      Map<String, Object> metrics, boolean deploymentReady) {

    /**
     * Validates the experiment.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Experiment {
      ArgChecker.notBlank(modelName, "modelName");
      parameters = frozen(parameters);
      metrics = frozen(metrics);
    }
  }
}
