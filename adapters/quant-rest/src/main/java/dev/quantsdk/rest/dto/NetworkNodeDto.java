package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;

/**
 * A node of the co-trading network: a politician with their community and centralities.
 * Immutable and thread-safe.
 *
 * @param id the politician's id
 * @param label the politician's name (the id when the politician is no longer stored)
 * @param community the community index from the community detection
 * @param pagerank the PageRank centrality, if finite
 * @param betweenness the betweenness centrality, if finite
 */
public record NetworkNodeDto(String id, String label, int community, Optional<Double> pagerank,
    Optional<Double> betweenness) {

  /**
   * Validates the node.
   *
   * @throws NullPointerException if a component is null
   */
  public NetworkNodeDto {
    ArgChecker.notBlank(id, "id");
    ArgChecker.notNull(label, "label");
    ArgChecker.notNull(pagerank, "pagerank");
    ArgChecker.notNull(betweenness, "betweenness");
  }
}
