package dev.quantsdk.discovery.network;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Map;

/**
 * Projects the bipartite member–ticker graph onto members, keeping only the member pairs whose
 * number of shared tickers is significant under a null model, with Benjamini–Hochberg control of
 * the false-discovery rate over all tested pairs.
 *
 * <p>Only pairs with at least one shared ticker are tested (the others have p = 1 under any null
 * model and cannot be discoveries, so leaving them out never changes which pairs are kept, but it
 * makes the BH step less conservative than counting them would; {@link Result#testedPairs()}
 * says how many were tested). Implementations are immutable and thread-safe.
 */
public interface BipartiteProjection {

  /**
   * Projects a graph.
   *
   * @param graph the bipartite graph
   * @return the significant edges and how they were found
   */
  Result project(BipartiteTradeGraph graph);

  /**
   * One kept edge of the projection.
   *
   * @param a the first member id (the smaller in sort order)
   * @param b the second member id
   * @param weight the number of tickers both traded in the window
   * @param pValue the one-sided p-value {@code P(shared >= weight)} under the null model
   * @param qValue the Benjamini–Hochberg adjusted p-value over all tested pairs
   */
  record Edge(String a, String b, int weight, double pValue, double qValue) {

    /**
     * Validates the edge.
     *
     * @throws IllegalArgumentException if the ids are blank or equal, the weight is not positive,
     *     or a probability is outside [0, 1]
     */
    public Edge {
      ArgChecker.notBlank(a, "a");
      ArgChecker.notBlank(b, "b");
      ArgChecker.isTrue(!a.equals(b), "an edge needs two different members but both ends are %s", a);
      ArgChecker.positive(weight, "weight");
      ArgChecker.inRangeInclusive(pValue, 0.0, 1.0, "pValue");
      ArgChecker.inRangeInclusive(qValue, 0.0, 1.0, "qValue");
    }
  }

  /**
   * A projection's outcome. Immutable.
   *
   * @param edges the kept edges ({@code qValue <= alpha}), by ascending q-value, then ids
   * @param testedPairs how many member pairs shared at least one ticker and were tested
   * @param alpha the false-discovery rate the edges were kept at
   * @param method the null model, e.g. {@code "SDSM"} or {@code "hypergeometric"}
   * @param parameters the method's settings and fit diagnostics, as text
   */
  record Result(List<Edge> edges, long testedPairs, double alpha, String method, Map<String, String> parameters) {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if {@code testedPairs} is negative, fewer than the edges,
     *     or {@code alpha} is outside (0, 1)
     */
    public Result {
      edges = List.copyOf(edges);
      parameters = Map.copyOf(parameters);
      ArgChecker.notBlank(method, "method");
      ArgChecker.isTrue(testedPairs >= edges.size(),
          "testedPairs (%d) must be at least the number of edges (%d)", testedPairs, edges.size());
      ArgChecker.isTrue(alpha > 0 && alpha < 1, "alpha must be in (0, 1) but was %s", alpha);
    }
  }
}
