package dev.quantsdk.discovery.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class CentralityAnalyzerTest {

  /** networkx 3.6.1 values are printed to 6 decimals. */
  private static final double PUBLISHED_TOLERANCE = 1e-6;
  private static final double EXACT_TOLERANCE = 1e-9;
  /** Relative error allowed on a hub's betweenness with a quarter of the nodes as pivots. */
  private static final double SAMPLED_RELATIVE_ERROR = 0.20;

  @Test
  void analyze_matchesNetworkxOnTheKarateClub() {
    CentralityAnalyzer.Result<Integer> result = CentralityAnalyzer.of(1L).analyze(KarateClub.graph());

    // networkx.betweenness_centrality(G)[0] (normalised by (n-1)(n-2)/2)
    assertThat(result.betweenness().get(0)).isCloseTo(0.437635, within(PUBLISHED_TOLERANCE));
    // networkx.pagerank(G, alpha=0.85)[33]
    assertThat(result.pageRank().get(33)).isCloseTo(0.100919, within(PUBLISHED_TOLERANCE));
    assertThat(result.transitivity()).isCloseTo(0.255682, within(PUBLISHED_TOLERANCE));
    assertThat(result.averageClustering()).isCloseTo(0.570638, within(PUBLISHED_TOLERANCE));
    assertThat(result.pageRank().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(EXACT_TOLERANCE));
  }

  @Test
  void analyze_sampledPathWithEveryPivot_equalsJGraphTExactBetweenness() {
    Graph<Integer, DefaultWeightedEdge> karate = KarateClub.graph();
    Map<Integer, Double> jgrapht = new BetweennessCentrality<>(karate, true).getScores();

    CentralityAnalyzer.Result<Integer> sampled =
        CentralityAnalyzer.of(0.85, 1e-10, 1000, 0, 34, 1L).analyze(karate);

    assertThat(sampled.parameters().get("betweenness")).startsWith("sampled");
    // JGraphT's normalised undirected betweenness is half of networkx's
    jgrapht.forEach((v, b) -> assertThat(sampled.betweenness().get(v)).as("node %d", v)
        .isCloseTo(2 * b, within(EXACT_TOLERANCE)));
  }

  @Test
  void analyze_sampledBetweenness_estimatesTheExactValues_onALargerGraph() {
    Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    int n = 800;
    SplittableRandom rnd = new SplittableRandom(3L);
    for (int v = 0; v < n; v++) {
      graph.addVertex(v);
    }
    // preferential-attachment-like: each new node links to 3 earlier nodes, biased to small ids
    for (int v = 1; v < n; v++) {
      for (int e = 0; e < 3; e++) {
        int u = (int) (v * Math.pow(rnd.nextDouble(), 2));
        if (u != v) {
          graph.addEdge(v, u);
        }
      }
    }
    // exact values from JGraphT (its normalised undirected score is half of networkx's)
    Map<Integer, Double> exact = new BetweennessCentrality<>(graph, true).getScores();

    CentralityAnalyzer.Result<Integer> sampled = CentralityAnalyzer.of(0.85, 1e-10, 1000, 100, 200, 2L).analyze(graph);

    assertThat(sampled.parameters().get("betweenness")).contains("200 pivots");
    // the hubs, which the co-trading analysis reads, are estimated to within 20% each
    List<Integer> hubs = exact.keySet().stream()
        .sorted((x, y) -> Double.compare(exact.get(y), exact.get(x))).limit(5).toList();
    for (int v : hubs) {
      double truth = 2 * exact.get(v);
      assertThat(sampled.betweenness().get(v)).as("hub %d", v)
          .isCloseTo(truth, within(SAMPLED_RELATIVE_ERROR * truth));
    }
    int argmaxSampled = sampled.betweenness().entrySet().stream()
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertThat(argmaxSampled).isEqualTo(hubs.get(0));
  }
}
