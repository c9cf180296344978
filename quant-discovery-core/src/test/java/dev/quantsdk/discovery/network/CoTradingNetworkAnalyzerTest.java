package dev.quantsdk.discovery.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.TradeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoTradingNetworkAnalyzerTest {

  private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
  private static final LocalDate TO = LocalDate.of(2020, 12, 31);
  private static final double TOLERANCE = 1e-9;

  @Test
  void analyze_findsTwoPlantedGroupsAsTwoCommunities_amongZipfTraders() {
    SplittableRandom rnd = new SplittableRandom(8L);
    int members = 200;
    int tickers = 1500;
    int[][] rows = SyntheticCoTrading.zipfMembers(members, tickers, rnd);
    for (int i = 0; i < 16; i++) {
      rows[i] = java.util.Arrays.copyOf(rows[i], Math.min(rows[i].length, 10));
    }
    int[] groupA = {0, 1, 2, 3, 4, 5, 6, 7};
    int[] groupB = {8, 9, 10, 11, 12, 13, 14, 15};
    // each group shares 12 obscure tickers of the Zipf tail
    SyntheticCoTrading.plant(rows, groupA, java.util.stream.IntStream.range(0, 12).map(t -> 1380 + 10 * t).toArray());
    SyntheticCoTrading.plant(rows, groupB, java.util.stream.IntStream.range(0, 12).map(t -> 1381 + 10 * t).toArray());
    List<DisclosedTrade> trades = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      for (int k : rows[i]) {
        // spread over the year; the week of each trade is irrelevant to the backbone
        trades.add(trade("m" + (1000 + i), "T" + k, FROM.plusDays((i * 7L + k) % 360), TradeType.PURCHASE));
      }
    }

    CoTradingNetworkAnalyzer.Result result = CoTradingNetworkAnalyzer.of(3L).analyze(trades, FROM, TO);

    assertThat(result.nodes()).hasSize(members);
    Map<String, CoTradingNetworkAnalyzer.Node> byId = result.nodes().stream()
        .collect(Collectors.toMap(CoTradingNetworkAnalyzer.Node::politician, n -> n));
    Set<Integer> communitiesA = java.util.Arrays.stream(groupA)
        .mapToObj(i -> byId.get("m" + (1000 + i)).community()).collect(Collectors.toSet());
    Set<Integer> communitiesB = java.util.Arrays.stream(groupB)
        .mapToObj(i -> byId.get("m" + (1000 + i)).community()).collect(Collectors.toSet());
    assertThat(communitiesA).hasSize(1);
    assertThat(communitiesB).hasSize(1);
    assertThat(communitiesA).doesNotContainAnyElementsOf(communitiesB);
    // two weighted cliques of 8 and nothing else: with f the share of the weight in clique A,
    // Q = (f - f^2) + ((1 - f) - (1 - f)^2) = 1 - f^2 - (1 - f)^2
    assertThat(result.edges()).hasSize(2 * 28);
    double weightA = result.edges().stream().filter(e -> byId.get(e.a()).community() == byId.get("m1000").community())
        .mapToDouble(BipartiteProjection.Edge::weight).sum();
    double f = weightA / result.edges().stream().mapToDouble(BipartiteProjection.Edge::weight).sum();
    assertThat(result.modularity()).isCloseTo(1 - f * f - (1 - f) * (1 - f), within(TOLERANCE));
    assertThat(byId.get("m1000").clustering()).isCloseTo(1.0, within(TOLERANCE));
    assertThat(byId.get("m1000").betweenness()).isCloseTo(0.0, within(TOLERANCE));
    assertThat(result.nodes().stream().mapToDouble(CoTradingNetworkAnalyzer.Node::pageRank).sum())
        .isCloseTo(1.0, within(TOLERANCE));
    assertThat(result.algorithm()).isEqualTo("SDSM backbone, Leiden communities");
    assertThat(result.parameters()).containsKeys("projection.alpha", "communities.seed", "centrality.betweenness");
  }

  @Test
  void analyze_onHouseTrades2020_sdsmKeepsFarFewerEdgesThanTheHypergeometricBaseline() {
    List<DisclosedTrade> trades = HouseTrades.load();

    CoTradingNetworkAnalyzer.Result sdsm = CoTradingNetworkAnalyzer.of(1L).analyze(trades, FROM, TO);
    CoTradingNetworkAnalyzer.Result baseline = CoTradingNetworkAnalyzer.of(HypergeometricProjection.of(0.05),
        LeidenCommunityDetector.of(1L), CentralityAnalyzer.of(1L), 2).analyze(trades, FROM, TO);

    // python3 csv over the file: 114 representatives traded a ticker in 2020
    assertThat(sdsm.nodes()).hasSize(114);
    assertThat(baseline.testedPairs()).isEqualTo(sdsm.testedPairs());
    assertThat(baseline.edges().size()).isGreaterThan(3 * sdsm.edges().size());
    // python3 (Monday-start weeks, distinct (ticker, week) per pair): Cisneros-Gottheimer 34,
    // then Gianforte-Gottheimer 22 and Curtis-Lofgren 22; 84 pairs share 2 or more
    assertThat(sdsm.coordinatedPairs()).hasSize(84);
    assertThat(sdsm.coordinatedPairs().get(0)).extracting(CoordinatedTrading.Pair::a, CoordinatedTrading.Pair::b,
        CoordinatedTrading.Pair::sharedTickerWeeks).containsExactly("Hon. Gilbert Cisneros", "Hon. Josh Gottheimer", 34);
    assertThat(sdsm.coordinatedPairs().get(1).sharedTickerWeeks()).isEqualTo(22);
  }

  @Test
  void analyze_returnsAnEmptyNetwork_whenTheWindowHasNoTickerTrades() {
    List<DisclosedTrade> trades = List.of(trade("a", "AAPL", TO.plusDays(1), TradeType.PURCHASE));

    CoTradingNetworkAnalyzer.Result result = CoTradingNetworkAnalyzer.of(1L).analyze(trades, FROM, TO);

    assertThat(result.nodes()).isEmpty();
    assertThat(result.edges()).isEmpty();
    assertThat(result.coordinatedPairs()).isEmpty();
    assertThat(result.communityCount()).isZero();
    assertThat(result.modularity()).isZero();
  }

  @Test
  void analyze_rejectsAnInvertedWindow() {
    assertThatThrownBy(() -> CoTradingNetworkAnalyzer.of(1L).analyze(List.of(), TO, FROM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
  }

  static DisclosedTrade trade(String member, String ticker, LocalDate date, TradeType type) {
    return new DisclosedTrade(member + ticker + date + type, member, date, Optional.empty(), Optional.of(ticker), type,
        Optional.empty());
  }
}
