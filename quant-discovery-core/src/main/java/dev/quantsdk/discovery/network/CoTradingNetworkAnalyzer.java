package dev.quantsdk.discovery.network;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The co-trading network of a window ({@code network_discoveries}): the bipartite member–ticker
 * graph, its significant projection onto members (by default the SDSM backbone at FDR 0.05),
 * communities of the backbone (by default Leiden, modularity, 10 seeded starts), centralities
 * (PageRank, betweenness, clustering) and the coordinated-trading pairs.
 *
 * <p>The backbone graph has one node per member with at least one ticker trade in the window
 * (members without a backbone edge stay as isolated nodes, each its own community) and one edge
 * per kept pair, weighted by the number of shared tickers; communities and PageRank use the
 * weights, betweenness and clustering the topology. Immutable and thread-safe; the result is a
 * function of the trades, the window and the seeds.
 */
public final class CoTradingNetworkAnalyzer {

  /** The default least count of shared (ticker, week) for a coordinated pair to be listed. */
  public static final int DEFAULT_MIN_SHARED_TICKER_WEEKS = 2;

  private final BipartiteProjection projection;
  private final CommunityDetector communityDetector;
  private final CentralityAnalyzer centralityAnalyzer;
  private final int minSharedTickerWeeks;

  private CoTradingNetworkAnalyzer(BipartiteProjection projection, CommunityDetector communityDetector,
      CentralityAnalyzer centralityAnalyzer, int minSharedTickerWeeks) {
    this.projection = ArgChecker.notNull(projection, "projection");
    this.communityDetector = ArgChecker.notNull(communityDetector, "communityDetector");
    this.centralityAnalyzer = ArgChecker.notNull(centralityAnalyzer, "centralityAnalyzer");
    this.minSharedTickerWeeks = ArgChecker.positive(minSharedTickerWeeks, "minSharedTickerWeeks");
  }

  /**
   * The analyzer at the default settings: SDSM at FDR 0.05, Leiden (resolution 1, 10 starts),
   * default centralities, coordinated pairs with at least 2 shared ticker-weeks.
   *
   * @param seed the seed of every randomised step
   * @return the analyzer
   */
  public static CoTradingNetworkAnalyzer of(long seed) {
    return new CoTradingNetworkAnalyzer(SdsmProjection.of(), LeidenCommunityDetector.of(seed),
        CentralityAnalyzer.of(seed), DEFAULT_MIN_SHARED_TICKER_WEEKS);
  }

  /**
   * An analyzer from its parts.
   *
   * @param projection the projection onto members
   * @param communityDetector the community detector
   * @param centralityAnalyzer the centralities
   * @param minSharedTickerWeeks the least count for a coordinated pair, &gt; 0
   * @return the analyzer
   * @throws IllegalArgumentException if {@code minSharedTickerWeeks} is not positive
   */
  public static CoTradingNetworkAnalyzer of(BipartiteProjection projection, CommunityDetector communityDetector,
      CentralityAnalyzer centralityAnalyzer, int minSharedTickerWeeks) {
    return new CoTradingNetworkAnalyzer(projection, communityDetector, centralityAnalyzer, minSharedTickerWeeks);
  }

  /**
   * Analyses the trades of a window.
   *
   * @param trades the trades; those without a ticker or outside the window are ignored
   * @param fromInclusive the first transaction date
   * @param toInclusive the last transaction date
   * @return the network
   * @throws IllegalArgumentException if the window ends before it starts
   */
  public Result analyze(Collection<DisclosedTrade> trades, LocalDate fromInclusive, LocalDate toInclusive) {
    BipartiteTradeGraph bipartite = BipartiteTradeGraph.fromTrades(trades, fromInclusive, toInclusive);
    BipartiteProjection.Result projected = projection.project(bipartite);

    Graph<String, DefaultWeightedEdge> backbone = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (String member : bipartite.politicians()) {
      backbone.addVertex(member);
    }
    for (BipartiteProjection.Edge e : projected.edges()) {
      backbone.setEdgeWeight(backbone.addEdge(e.a(), e.b()), e.weight());
    }
    CommunityDetector.Result<String> communities = communityDetector.detect(backbone);
    CentralityAnalyzer.Result<String> centralities = centralityAnalyzer.analyze(backbone);
    int[] degrees = bipartite.politicianDegrees();
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < bipartite.politicianCount(); i++) {
      String member = bipartite.politician(i);
      nodes.add(new Node(member, degrees[i], communities.communities().get(member),
          centralities.pageRank().get(member), centralities.betweenness().get(member),
          centralities.clustering().get(member)));
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("projection.method", projected.method());
    projected.parameters().forEach((k, v) -> parameters.put("projection." + k, v));
    communities.parameters().forEach((k, v) -> parameters.put("communities." + k, v));
    centralities.parameters().forEach((k, v) -> parameters.put("centrality." + k, v));
    parameters.put("coordinated.minSharedTickerWeeks", Integer.toString(minSharedTickerWeeks));
    parameters.put("coordinated.week", "ISO week, Monday to Sunday of the transaction date");
    List<CoordinatedTrading.Pair> coordinated =
        CoordinatedTrading.pairs(trades, fromInclusive, toInclusive, minSharedTickerWeeks);
    return new Result(fromInclusive, toInclusive, nodes, projected.edges(), projected.testedPairs(),
        communities.communityCount(), communities.modularity(), centralities.transitivity(),
        centralities.averageClustering(), coordinated,
        String.format(Locale.ROOT, "%s backbone, %s communities", projected.method(), communities.algorithm()),
        parameters);
  }

  @Override
  public String toString() {
    return "CoTradingNetworkAnalyzer[" + projection + ", " + communityDetector + ", " + centralityAnalyzer
        + ", minSharedTickerWeeks=" + minSharedTickerWeeks + "]";
  }

  /**
   * One member in the network.
   *
   * @param politician the member id
   * @param tickers the number of distinct tickers the member traded in the window
   * @param community the member's community, numbered from 0 by decreasing size
   * @param pageRank the PageRank on the weighted backbone (all members sum to 1)
   * @param betweenness the betweenness on the backbone topology, networkx normalisation
   *     ({@code 2 / ((n-1)(n-2))}), in [0, 1]
   * @param clustering the local clustering coefficient on the backbone, in [0, 1]
   */
  public record Node(String politician, int tickers, int community, double pageRank, double betweenness,
      double clustering) {

    /**
     * Validates the node.
     *
     * @throws IllegalArgumentException if the id is blank or a score is out of range
     */
    public Node {
      ArgChecker.notBlank(politician, "politician");
      ArgChecker.notNegative(tickers, "tickers");
      ArgChecker.notNegative(community, "community");
      ArgChecker.inRangeInclusive(pageRank, 0.0, 1.0, "pageRank");
      ArgChecker.notNegative(betweenness, "betweenness");
      ArgChecker.inRangeInclusive(clustering, 0.0, 1.0, "clustering");
    }
  }

  /**
   * The network of a window. Immutable.
   *
   * @param fromInclusive the first transaction date of the window
   * @param toInclusive the last transaction date of the window
   * @param nodes every member with a ticker trade in the window, by id
   * @param edges the backbone edges: pairs, shared tickers (weight), p-value and BH q-value
   * @param testedPairs how many pairs shared a ticker and were tested
   * @param communityCount the number of communities (isolated members count one each)
   * @param modularity the modularity of the communities on the weighted backbone
   * @param transitivity the backbone's global clustering coefficient
   * @param averageClustering the backbone's mean local clustering coefficient
   * @param coordinatedPairs members who traded the same ticker in the same week, most frequent first
   * @param algorithm the methods, e.g. {@code "SDSM backbone, Leiden communities"}
   * @param parameters every setting and fit diagnostic, as text, keys prefixed by step
   */
  public record Result(LocalDate fromInclusive, LocalDate toInclusive, List<Node> nodes,
      List<BipartiteProjection.Edge> edges, long testedPairs, int communityCount, double modularity,
      double transitivity, double averageClustering, List<CoordinatedTrading.Pair> coordinatedPairs,
      String algorithm, Map<String, String> parameters) {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if the window is inverted or a count is negative
     */
    public Result {
      BipartiteTradeGraph.checkWindow(fromInclusive, toInclusive);
      nodes = List.copyOf(nodes);
      edges = List.copyOf(edges);
      coordinatedPairs = List.copyOf(coordinatedPairs);
      parameters = Map.copyOf(parameters);
      ArgChecker.isTrue(testedPairs >= edges.size(), "testedPairs (%d) < edges (%d)", testedPairs, edges.size());
      ArgChecker.notNegative(communityCount, "communityCount");
      ArgChecker.finite(modularity, "modularity");
      ArgChecker.notBlank(algorithm, "algorithm");
    }
  }
}
