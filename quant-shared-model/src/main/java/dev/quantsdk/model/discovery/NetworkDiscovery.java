package dev.quantsdk.model.discovery;

import dev.quantsdk.model.ArgChecker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A co-trading network found over a window (politicians as nodes, shared tickers as edges, with
 * communities): table {@code network_discoveries}, written by discovery workers (role
 * {@code quant_discovery}).
 *
 * <p>Natural key (algorithm, window start, window end): a re-run of the same algorithm over the
 * same window replaces the row; {@code runId} records which run produced it. Nodes and edges are
 * JSON arrays; modularity is in [-0.5, 1]. Mutable and not thread-safe (a JPA entity); equality
 * is by id.
 */
@Entity
@Table(name = "network_discoveries")
public class NetworkDiscovery {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "run_id")
  private UUID runId;

  @Column(name = "algorithm", nullable = false, length = 60)
  private String algorithm;

  @Column(name = "window_start", nullable = false)
  private LocalDate windowStart;

  @Column(name = "window_end", nullable = false)
  private LocalDate windowEnd;

  @Column(name = "node_count", nullable = false)
  private int nodeCount;

  @Column(name = "edge_count", nullable = false)
  private int edgeCount;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "nodes", nullable = false)
  private String nodes;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "edges", nullable = false)
  private String edges;

  @Column(name = "modularity")
  private Double modularity;

  @Column(name = "description", length = 2000)
  private String description;

  @Column(name = "discovery_date", nullable = false)
  private Instant discoveryDate;

  /** For JPA only. */
  protected NetworkDiscovery() {
  }

  /**
   * Creates a network discovery with a random id.
   *
   * @param algorithm the community algorithm such as "leiden", at most 60 characters
   * @param windowStart the first day of the window
   * @param windowEnd the last day of the window, not before the start
   * @param nodeCount the number of nodes, {@code >= 0}
   * @param edgeCount the number of edges, {@code >= 0}
   * @param nodesJson the nodes, a JSON array
   * @param edgesJson the edges, a JSON array
   * @param discoveryDate when it was found
   * @throws IllegalArgumentException if a count is negative, the window is reversed or a JSON text is
   *     not an array
   */
  public NetworkDiscovery(String algorithm, LocalDate windowStart, LocalDate windowEnd, int nodeCount,
      int edgeCount, String nodesJson, String edgesJson, Instant discoveryDate) {
    this.id = UUID.randomUUID();
    this.algorithm = Columns.text(algorithm, 60, "algorithm");
    Columns.window(windowStart, windowEnd, "window");
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.nodeCount = ArgChecker.notNegative(nodeCount, "nodeCount");
    this.edgeCount = ArgChecker.notNegative(edgeCount, "edgeCount");
    this.nodes = Columns.jsonArray(nodesJson, "nodesJson");
    this.edges = Columns.jsonArray(edgesJson, "edgesJson");
    this.discoveryDate = ArgChecker.notNull(discoveryDate, "discoveryDate");
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return the job run that produced it, if recorded */
  public Optional<UUID> getRunId() {
    return Optional.ofNullable(runId);
  }

  /**
   * Sets the job run that produced it.
   *
   * @param runId the {@link JobRun} id, or null
   */
  public void setRunId(UUID runId) {
    this.runId = runId;
  }

  /** @return the algorithm */
  public String getAlgorithm() {
    return algorithm;
  }

  /** @return the first day of the window */
  public LocalDate getWindowStart() {
    return windowStart;
  }

  /** @return the last day of the window */
  public LocalDate getWindowEnd() {
    return windowEnd;
  }

  /** @return the number of nodes */
  public int getNodeCount() {
    return nodeCount;
  }

  /** @return the number of edges */
  public int getEdgeCount() {
    return edgeCount;
  }

  /** @return the nodes, a JSON array */
  public String getNodesJson() {
    return nodes;
  }

  /** @return the edges, a JSON array */
  public String getEdgesJson() {
    return edges;
  }

  /** @return the modularity of the partition, if computed */
  public OptionalDouble getModularity() {
    return modularity == null ? OptionalDouble.empty() : OptionalDouble.of(modularity);
  }

  /**
   * Sets the modularity.
   *
   * @param value the modularity in [-0.5, 1]
   * @throws IllegalArgumentException if outside [-0.5, 1]
   */
  public void setModularity(double value) {
    this.modularity = ArgChecker.inRangeInclusive(value, -0.5, 1.0, "modularity");
  }

  /** @return the description, if any */
  public Optional<String> getDescription() {
    return Optional.ofNullable(description);
  }

  /**
   * Sets the description.
   *
   * @param description the text, at most 2000 characters, or null
   */
  public void setDescription(String description) {
    this.description = Columns.optionalText(description, 2000, "description");
  }

  /** @return when it was found */
  public Instant getDiscoveryDate() {
    return discoveryDate;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof NetworkDiscovery that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "NetworkDiscovery[" + id + ", " + algorithm + ", " + windowStart + ".." + windowEnd + "]";
  }
}
