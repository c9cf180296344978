package dev.quantsdk.discovery.network;

import dev.quantsdk.model.ArgChecker;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * Node centralities of an undirected graph: PageRank, betweenness and the local clustering
 * coefficient, plus transitivity and average clustering.
 *
 * <ul>
 *   <li><b>PageRank</b>: JGraphT's power iteration with the damping factor (0.85 by default) and a
 *       tolerance of 1e-10 (JGraphT's default 1e-4 is too loose to match other libraries to 1e-5);
 *       edge weights are used (a heavier co-trading tie passes more rank). Scores sum to 1.</li>
 *   <li><b>Betweenness</b>: on the unweighted topology (hops; a co-trading weight is a strength,
 *       not a distance), <em>normalised in networkx's convention</em>: shortest paths between
 *       unordered pairs through the node divided by {@code (n-1)(n-2)/2}. (JGraphT's own
 *       "normalised" undirected score is half of that.) Exact Brandes (JGraphT
 *       {@link BetweennessCentrality}) up to {@code exactBetweennessMaxNodes} nodes; above that
 *       the Brandes–Pich estimate from {@code betweennessPivots} seeded random source pivots,
 *       {@code O(k (V + E))} instead of {@code O(V (V + E))}.</li>
 *   <li><b>Clustering</b>: JGraphT {@link ClusteringCoefficient} (unweighted): local coefficients,
 *       global transitivity (3 x triangles / connected triples) and the average of the local
 *       coefficients over all nodes (nodes of degree below 2 count as 0, as in networkx).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class CentralityAnalyzer {

  /** The default PageRank damping factor. */
  public static final double DEFAULT_DAMPING = 0.85;
  /** The default PageRank tolerance (largest change of a score between iterations). */
  public static final double DEFAULT_TOLERANCE = 1e-10;
  /** The default PageRank iteration cap. */
  public static final int DEFAULT_MAX_ITERATIONS = 10_000;
  /** The default largest graph whose betweenness is exact. */
  public static final int DEFAULT_EXACT_BETWEENNESS_MAX_NODES = 2_000;
  /** The default number of pivots for the sampled betweenness. */
  public static final int DEFAULT_BETWEENNESS_PIVOTS = 256;

  private final double damping;
  private final double tolerance;
  private final int maxIterations;
  private final int exactBetweennessMaxNodes;
  private final int betweennessPivots;
  private final long seed;

  private CentralityAnalyzer(double damping, double tolerance, int maxIterations, int exactBetweennessMaxNodes,
      int betweennessPivots, long seed) {
    ArgChecker.isTrue(damping > 0 && damping < 1, "damping must be in (0, 1) but was %s", damping);
    this.damping = damping;
    this.tolerance = ArgChecker.positive(tolerance, "tolerance");
    this.maxIterations = ArgChecker.positive(maxIterations, "maxIterations");
    this.exactBetweennessMaxNodes = ArgChecker.notNegative(exactBetweennessMaxNodes, "exactBetweennessMaxNodes");
    this.betweennessPivots = ArgChecker.positive(betweennessPivots, "betweennessPivots");
    this.seed = seed;
  }

  /**
   * The analyzer at the default settings.
   *
   * @param seed the seed for the betweenness pivots of large graphs
   * @return the analyzer
   */
  public static CentralityAnalyzer of(long seed) {
    return new CentralityAnalyzer(DEFAULT_DAMPING, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS,
        DEFAULT_EXACT_BETWEENNESS_MAX_NODES, DEFAULT_BETWEENNESS_PIVOTS, seed);
  }

  /**
   * An analyzer with every setting given.
   *
   * @param damping the PageRank damping factor, in (0, 1)
   * @param tolerance the PageRank tolerance, &gt; 0
   * @param maxIterations the PageRank iteration cap, &gt; 0
   * @param exactBetweennessMaxNodes the largest node count with exact betweenness, &gt;= 0
   * @param betweennessPivots the pivots sampled above it, &gt; 0
   * @param seed the seed for the pivots
   * @return the analyzer
   * @throws IllegalArgumentException if a setting is out of range
   */
  public static CentralityAnalyzer of(double damping, double tolerance, int maxIterations,
      int exactBetweennessMaxNodes, int betweennessPivots, long seed) {
    return new CentralityAnalyzer(damping, tolerance, maxIterations, exactBetweennessMaxNodes, betweennessPivots,
        seed);
  }

  /**
   * Computes every centrality.
   *
   * @param <V> the vertex type
   * @param <E> the edge type
   * @param graph an undirected graph
   * @return the scores per vertex and the graph-level clustering
   * @throws IllegalArgumentException if the graph is directed
   */
  public <V, E> Result<V> analyze(Graph<V, E> graph) {
    ArgChecker.notNull(graph, "graph");
    ArgChecker.isTrue(graph.getType().isUndirected(), "centralities here are defined for undirected graphs");
    int n = graph.vertexSet().size();
    Map<V, Double> pageRank = n == 0 ? Map.of() : new PageRank<>(graph, damping, maxIterations, tolerance).getScores();
    ClusteringCoefficient<V, E> clustering = new ClusteringCoefficient<>(graph);
    String method;
    Map<V, Double> betweenness;
    if (n <= exactBetweennessMaxNodes) {
      method = "exact (Brandes)";
      betweenness = exactBetweenness(graph);
    } else {
      int pivots = Math.min(betweennessPivots, n);
      method = String.format(Locale.ROOT, "sampled (Brandes-Pich, %d pivots, seed %d)", pivots, seed);
      betweenness = sampledBetweenness(graph, pivots);
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("pageRankDamping", Double.toString(damping));
    parameters.put("pageRankTolerance", Double.toString(tolerance));
    parameters.put("betweenness", method + ", unweighted, networkx normalisation 2/((n-1)(n-2))");
    // no connected triple (or no node): 0, as networkx reports, where JGraphT divides 0 by 0
    return new Result<>(pageRank, betweenness, n == 0 ? Map.of() : clustering.getScores(),
        n == 0 ? 0.0 : zeroIfNaN(clustering.getGlobalClusteringCoefficient()),
        n == 0 ? 0.0 : zeroIfNaN(clustering.getAverageClusteringCoefficient()), parameters);
  }

  private static double zeroIfNaN(double value) {
    return Double.isNaN(value) ? 0.0 : value;
  }

  private static <V, E> Map<V, Double> exactBetweenness(Graph<V, E> graph) {
    int n = graph.vertexSet().size();
    Map<V, Double> raw = new BetweennessCentrality<>(new AsUnweightedGraph<>(graph), false).getScores();
    // JGraphT's unnormalised undirected score counts each unordered pair once, like networkx
    double scale = n < 3 ? 0.0 : 2.0 / ((double) (n - 1) * (n - 2));
    Map<V, Double> out = new HashMap<>();
    raw.forEach((v, b) -> out.put(v, b * scale));
    return out;
  }

  private <V, E> Map<V, Double> sampledBetweenness(Graph<V, E> graph, int pivots) {
    List<V> vertices = List.copyOf(graph.vertexSet());
    Map<V, Integer> index = new HashMap<>();
    for (V v : vertices) {
      index.put(v, index.size());
    }
    int n = vertices.size();
    int[] offsets = new int[n + 1];
    int[][] neighbours = new int[n][];
    for (int i = 0; i < n; i++) {
      List<V> list = Graphs.neighborListOf(graph, vertices.get(i));
      int[] row = list.stream().mapToInt(index::get).distinct().toArray();
      neighbours[i] = row;
      offsets[i + 1] = offsets[i] + row.length;
    }
    int[] adjacency = new int[offsets[n]];
    for (int i = 0; i < n; i++) {
      System.arraycopy(neighbours[i], 0, adjacency, offsets[i], neighbours[i].length);
    }
    double[] scores = SampledBetweenness.normalized(n, offsets, adjacency, pivots, seed);
    Map<V, Double> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(vertices.get(i), scores[i]);
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "CentralityAnalyzer[damping=%s, tolerance=%s, exactBetweennessMaxNodes=%d, betweennessPivots=%d, seed=%d]",
        damping, tolerance, exactBetweennessMaxNodes, betweennessPivots, seed);
  }

  /**
   * Centralities of a graph. Immutable.
   *
   * @param <V> the vertex type
   * @param pageRank the PageRank of every vertex (sums to 1)
   * @param betweenness the betweenness of every vertex, in networkx's normalisation (in [0, 1])
   * @param clustering the local clustering coefficient of every vertex, in [0, 1]
   * @param transitivity the global clustering coefficient, in [0, 1]
   * @param averageClustering the mean local clustering coefficient, in [0, 1]
   * @param parameters the settings and the betweenness method used, as text
   */
  public record Result<V>(Map<V, Double> pageRank, Map<V, Double> betweenness, Map<V, Double> clustering,
      double transitivity, double averageClustering, Map<String, String> parameters) {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if a graph-level coefficient is outside [0, 1]
     */
    public Result {
      pageRank = Map.copyOf(pageRank);
      betweenness = Map.copyOf(betweenness);
      clustering = Map.copyOf(clustering);
      parameters = Map.copyOf(parameters);
      ArgChecker.inRangeInclusive(transitivity, 0.0, 1.0, "transitivity");
      ArgChecker.inRangeInclusive(averageClustering, 0.0, 1.0, "averageClustering");
    }
  }
}
