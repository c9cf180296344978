package dev.quantsdk.orchestration.discovery;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.discovery.network.BipartiteProjection;
import dev.quantsdk.discovery.network.CoTradingNetworkAnalyzer;
import dev.quantsdk.discovery.network.CoordinatedTrading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The network step of a full scan: analyse, map to findings, store. */
final class NetworkStage {

  /** The stored algorithm key: one network per (key, window). */
  static final String ALGORITHM = "sdsm_leiden";

  private static final Logger LOG = LoggerFactory.getLogger(NetworkStage.class);
  private static final int MAX_STORED_PAIRS = 100;

  private NetworkStage() {
  }

  static Optional<DiscoveryReport.NetworkSummary> run(List<DisclosedTrade> trades,
      DiscoveryWindow window, long seed, String runId, DiscoveryStore store) {
    try {
      CoTradingNetworkAnalyzer.Result r = CoTradingNetworkAnalyzer.of(seed)
          .analyze(trades, window.from(), window.to());
      List<Findings.Node> nodes = new ArrayList<>();
      for (CoTradingNetworkAnalyzer.Node n : r.nodes()) {
        nodes.add(new Findings.Node(n.politician(), n.community(), n.pageRank(), n.betweenness()));
      }
      List<Findings.Edge> edges = new ArrayList<>();
      for (BipartiteProjection.Edge e : r.edges()) {
        edges.add(new Findings.Edge(e.a(), e.b(), e.weight(), e.pValue(), e.qValue()));
      }
      Map<String, Object> params = new LinkedHashMap<>(new TreeMap<>(r.parameters()));
      params.put("methods", r.algorithm());
      params.put("tested_pairs", r.testedPairs());
      params.put("transitivity", r.transitivity());
      params.put("average_clustering", r.averageClustering());
      List<Map<String, Object>> pairs = new ArrayList<>();
      for (CoordinatedTrading.Pair p : r.coordinatedPairs()) {
        if (pairs.size() == MAX_STORED_PAIRS) {
          break;
        }
        pairs.add(pairMap(p));
      }
      params.put("coordinated_pairs", pairs);
      String description = String.format(Locale.ROOT,
          "%d members, %d significant co-trading links, %d communities (modularity %.3f)",
          nodes.size(), edges.size(), r.communityCount(), r.modularity());
      store.replaceNetwork(runId, window, new Findings.Network(ALGORITHM, params, nodes, edges,
          r.communityCount(), r.modularity(), description));
      return Optional.of(new DiscoveryReport.NetworkSummary(nodes.size(), edges.size(),
          r.communityCount(), r.modularity()));
    } catch (RuntimeException e) {
      LOG.warn("run {}: network analysis failed: {}", runId, e.getMessage());
      return Optional.empty();
    }
  }

  private static Map<String, Object> pairMap(CoordinatedTrading.Pair p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", p.a());
    m.put("b", p.b());
    m.put("shared_ticker_weeks", p.sharedTickerWeeks());
    m.put("same_direction_ticker_weeks", p.sameDirectionTickerWeeks());
    return m;
  }
}
