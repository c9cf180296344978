package dev.quantsdk.discovery.network;

import dev.quantsdk.model.ArgChecker;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.IterativeCPMClusteringAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.jgrapht.Graph;

/**
 * Shared driver of the CWTS {@code networkanalysis} algorithms (Leiden, Louvain): modularity is
 * run as the library's CPM quality with node weights equal to node strengths and resolution
 * {@code gamma / (2 W)} ({@code W} the total edge weight), as the library's own command line does;
 * several random starts from one seeded generator, the start with the best quality is kept.
 */
abstract class CwtsCommunityDetector implements CommunityDetector {

  private final double resolution;
  private final int randomStarts;
  private final int iterations;
  private final long seed;

  CwtsCommunityDetector(double resolution, int randomStarts, int iterations, long seed) {
    this.resolution = ArgChecker.positive(resolution, "resolution");
    this.randomStarts = ArgChecker.positive(randomStarts, "randomStarts");
    this.iterations = ArgChecker.notNegative(iterations, "iterations");
    this.seed = seed;
  }

  /** The algorithm's name, e.g. "Leiden". */
  abstract String algorithm();

  /** A fresh algorithm at the library's (CPM) resolution. */
  abstract IterativeCPMClusteringAlgorithm newAlgorithm(double cpmResolution, int iterations, Random random);

  /**
   * The resolution parameter (1 for Newman's modularity).
   *
   * @return gamma
   */
  public double resolution() {
    return resolution;
  }

  /**
   * The number of random starts.
   *
   * @return the count
   */
  public int randomStarts() {
    return randomStarts;
  }

  /**
   * The iterations per start, 0 for "until the partition stops changing".
   *
   * @return the count
   */
  public int iterations() {
    return iterations;
  }

  /**
   * The seed of the random generator.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  @Override
  public <V, E> Result<V> detect(Graph<V, E> graph) {
    ArgChecker.notNull(graph, "graph");
    ArgChecker.isTrue(graph.getType().isUndirected(), "community detection needs an undirected graph");
    List<V> vertices = List.copyOf(graph.vertexSet());
    Map<V, Integer> index = new HashMap<>();
    for (V v : vertices) {
      index.put(v, index.size());
    }
    int n = vertices.size();
    Map<Long, Double> merged = new LinkedHashMap<>();
    for (E e : graph.edgeSet()) {
      int s = index.get(graph.getEdgeSource(e));
      int t = index.get(graph.getEdgeTarget(e));
      ArgChecker.isTrue(s != t, "self-loop at vertex %s: community detection needs a graph without self-loops",
          graph.getEdgeSource(e));
      double w = graph.getEdgeWeight(e);
      ArgChecker.isTrue(Double.isFinite(w) && w > 0, "edge %s has weight %s; weights must be finite and > 0", e, w);
      merged.merge((long) Math.min(s, t) * n + Math.max(s, t), w, Double::sum);
    }
    int m = merged.size();
    int[] sources = new int[m];
    int[] targets = new int[m];
    double[] weights = new double[m];
    int p = 0;
    for (Map.Entry<Long, Double> e : merged.entrySet()) {
      sources[p] = (int) (e.getKey() / n);
      targets[p] = (int) (e.getKey() % n);
      weights[p++] = e.getValue();
    }
    Partition partition = detect(n, sources, targets, weights);
    int[] membership = partition.membership();
    Map<V, Integer> communities = new HashMap<>();
    for (int i = 0; i < n; i++) {
      communities.put(vertices.get(i), membership[i]);
    }
    return new Result<>(communities, partition.communityCount(), partition.modularity(), partition.algorithm(),
        partition.parameters());
  }

  @Override
  public Partition detect(int nodeCount, int[] sources, int[] targets, double[] weights) {
    ArgChecker.notNegative(nodeCount, "nodeCount");
    ArgChecker.notNull(sources, "sources");
    ArgChecker.notNull(targets, "targets");
    ArgChecker.notNull(weights, "weights");
    ArgChecker.isTrue(sources.length == targets.length && targets.length == weights.length,
        "sources, targets and weights must have one entry per edge but have %d, %d and %d",
        sources.length, targets.length, weights.length);
    for (int e = 0; e < sources.length; e++) {
      int s = sources[e];
      int t = targets[e];
      if (s < 0 || s >= nodeCount || t < 0 || t >= nodeCount || s == t || !(weights[e] > 0)
          || !Double.isFinite(weights[e])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "edge %d (%d - %d, weight %s): ends must be distinct nodes in [0, %d) and the weight finite and > 0",
            e, s, t, weights[e], nodeCount));
      }
    }
    Map<String, String> parameters = parameters();
    double totalWeight = 0;
    for (double w : weights) {
      totalWeight += w;
    }
    if (nodeCount == 0 || totalWeight == 0) {
      int[] singletons = new int[nodeCount];
      for (int i = 0; i < nodeCount; i++) {
        singletons[i] = i;
      }
      return new Partition(singletons, nodeCount, 0.0, algorithm(), parameters);
    }
    Network network;
    try {
      network = new Network(nodeCount, true,
          new LargeIntArray[] {new LargeIntArray(sources), new LargeIntArray(targets)},
          new LargeDoubleArray(weights), false, true);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the edge list is not a simple graph (an edge is listed twice?): "
          + e.getMessage(), e);
    }
    double cpmResolution = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
    Random random = new Random(seed);
    Clustering best = null;
    double bestQuality = Double.NEGATIVE_INFINITY;
    for (int start = 0; start < randomStarts; start++) {
      IterativeCPMClusteringAlgorithm algorithm = newAlgorithm(cpmResolution, iterations, random);
      Clustering clustering = algorithm.findClustering(network);
      double quality = algorithm.calcQuality(network, clustering);
      if (quality > bestQuality) {
        bestQuality = quality;
        best = clustering;
      }
    }
    best.orderClustersByNNodes();
    int[] membership = best.getClusters();
    return new Partition(membership, best.getNClusters(),
        modularity(nodeCount, sources, targets, weights, membership, best.getNClusters(), resolution),
        algorithm(), parameters);
  }

  private Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("qualityFunction", "modularity");
    parameters.put("resolution", Double.toString(resolution));
    parameters.put("randomStarts", Integer.toString(randomStarts));
    parameters.put("iterations", iterations == 0 ? "until stable" : Integer.toString(iterations));
    parameters.put("seed", Long.toString(seed));
    return parameters;
  }

  /**
   * Modularity at resolution gamma: {@code sum_c [ in_c / W - gamma (s_c / 2W)^2 ]}, with
   * {@code in_c} the weight inside community c, {@code s_c} its total strength, {@code W} the total
   * edge weight.
   */
  static double modularity(int nodeCount, int[] sources, int[] targets, double[] weights, int[] membership,
      int communityCount, double gamma) {
    double[] inside = new double[communityCount];
    double[] strength = new double[communityCount];
    double total = 0;
    for (int e = 0; e < sources.length; e++) {
      int cs = membership[sources[e]];
      int ct = membership[targets[e]];
      double w = weights[e];
      total += w;
      strength[cs] += w;
      strength[ct] += w;
      if (cs == ct) {
        inside[cs] += w;
      }
    }
    if (total == 0 || nodeCount == 0) {
      return 0.0;
    }
    double q = 0;
    for (int c = 0; c < communityCount; c++) {
      double share = strength[c] / (2 * total);
      q += inside[c] / total - gamma * share * share;
    }
    return q;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%sCommunityDetector[resolution=%s, randomStarts=%d, iterations=%d, seed=%d]",
        algorithm(), resolution, randomStarts, iterations, seed);
  }
}
