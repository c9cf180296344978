package dev.quantsdk.discovery.network;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Partitions an undirected weighted graph into communities that maximise a quality function
 * (modularity at a resolution parameter).
 *
 * <p>Two entry points: a JGraphT {@link Graph} (edge weights from {@link Graph#getEdgeWeight}),
 * and a columnar edge list for large graphs. Implementations are immutable and thread-safe;
 * randomised ones take a seed, so the same input gives the same partition.
 */
public interface CommunityDetector {

  /**
   * Detects communities in a JGraphT graph.
   *
   * @param <V> the vertex type
   * @param <E> the edge type
   * @param graph an undirected graph without self-loops; parallel edges are merged (weights added)
   * @return the community of every vertex
   * @throws IllegalArgumentException if the graph is directed, has a self-loop, or an edge weight
   *     is not finite and positive
   */
  <V, E> Result<V> detect(Graph<V, E> graph);

  /**
   * Detects communities in a columnar edge list.
   *
   * @param nodeCount the number of nodes, indexed {@code 0..nodeCount-1}
   * @param sources the first end of each undirected edge; not modified
   * @param targets the second end of each edge; not modified
   * @param weights the weight of each edge, finite and positive; not modified
   * @return the community of every node
   * @throws IllegalArgumentException if the columns differ in length, an index is out of range,
   *     an edge is a self-loop or listed twice, or a weight is not finite and positive
   */
  Partition detect(int nodeCount, int[] sources, int[] targets, double[] weights);

  /**
   * Communities of a columnar graph. Immutable (the array is copied in and out).
   *
   * @param membership the community of each node; communities are numbered {@code 0..count-1}
   *     by decreasing size
   * @param communityCount the number of communities
   * @param modularity the modularity of the partition at the detector's resolution (Newman's
   *     modularity when the resolution is 1), computed directly from the edges
   * @param algorithm the algorithm, e.g. {@code "Leiden"}
   * @param parameters the settings, as text
   */
  record Partition(int[] membership, int communityCount, double modularity, String algorithm,
      Map<String, String> parameters) {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if a membership is outside {@code [0, communityCount)}
     */
    public Partition {
      membership = membership.clone();
      parameters = Map.copyOf(parameters);
      ArgChecker.notBlank(algorithm, "algorithm");
      ArgChecker.finite(modularity, "modularity");
      for (int i = 0; i < membership.length; i++) {
        ArgChecker.inRangeInclusive(membership[i], 0, communityCount - 1, "membership[" + i + "]");
      }
    }

    /**
     * The community of each node.
     *
     * @return a fresh copy
     */
    @Override
    public int[] membership() {
      return membership.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Partition p && Arrays.equals(membership, p.membership)
          && communityCount == p.communityCount && Double.compare(modularity, p.modularity) == 0
          && algorithm.equals(p.algorithm) && parameters.equals(p.parameters);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(membership) + algorithm.hashCode();
    }

    @Override
    public String toString() {
      return "Partition[nodes=" + membership.length + ", communityCount=" + communityCount + ", modularity="
          + modularity + ", algorithm=" + algorithm + ", parameters=" + parameters + "]";
    }
  }

  /**
   * Communities of a JGraphT graph. Immutable.
   *
   * @param <V> the vertex type
   * @param communities the community of every vertex, numbered {@code 0..count-1} by decreasing
   *     size
   * @param communityCount the number of communities
   * @param modularity the modularity of the partition at the detector's resolution
   * @param algorithm the algorithm, e.g. {@code "Leiden"}
   * @param parameters the settings, as text
   */
  record Result<V>(Map<V, Integer> communities, int communityCount, double modularity, String algorithm,
      Map<String, String> parameters) {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if the count is negative
     */
    public Result {
      communities = Map.copyOf(communities);
      parameters = Map.copyOf(parameters);
      ArgChecker.notNegative(communityCount, "communityCount");
      ArgChecker.finite(modularity, "modularity");
      ArgChecker.notBlank(algorithm, "algorithm");
    }
  }
}
