package dev.quantsdk.discovery.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SdsmProjectionTest {

  private static final double ALPHA = 0.05;

  @Test
  void project_recoversPlantedGroup_withNoFalseEdges_among550MembersAnd3000ZipfTickers() {
    SplittableRandom rnd = new SplittableRandom(1L);
    int members = 550;
    int tickers = 3000;
    int[][] rows = SyntheticCoTrading.zipfMembers(members, tickers, rnd);
    // 10 ordinary members (at most 30 tickers of their own, ~3/4 of all members) drawn at random,
    // and 15 obscure tickers from the Zipf tail (expected background degree < 1 each). A heavy
    // trader with hundreds of tickers in the group would not be significant: the BiCM credits the
    // 15 shared tickers to its activity (see docs/discovery.md, Networks).
    List<Integer> ordinary = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      if (rows[i].length <= 30) {
        ordinary.add(i);
      }
    }
    Collections.shuffle(ordinary, new Random(1L));
    int[] group = ordinary.subList(0, 10).stream().mapToInt(Integer::intValue).toArray();
    int[] obscure = IntStream.range(0, 15).map(t -> 2600 + 7 * t).toArray();
    SyntheticCoTrading.plant(rows, group, obscure);
    BipartiteTradeGraph graph = BipartiteTradeGraph.ofIndices(members, tickers, rows);

    BipartiteProjection.Result result = SdsmProjection.of(ALPHA).project(graph);

    Set<String> groupIds = new HashSet<>();
    for (int i : group) {
      groupIds.add(graph.politician(i));
    }
    Set<String> expected = new HashSet<>();
    for (String a : groupIds) {
      for (String b : groupIds) {
        if (a.compareTo(b) < 0) {
          expected.add(a + "|" + b);
        }
      }
    }
    Set<String> found = new HashSet<>();
    for (BipartiteProjection.Edge e : result.edges()) {
      found.add(e.a() + "|" + e.b());
    }
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.testedPairs()).isGreaterThan(50_000);
  }

  @Test
  void project_baselineHypergeometric_marksMostPairs_whereSdsmMarksNone_onZipfNullData() {
    int[][] rows = SyntheticCoTrading.zipfMembers(200, 1500, new SplittableRandom(7L));
    BipartiteTradeGraph graph = BipartiteTradeGraph.ofIndices(200, 1500, rows);

    BipartiteProjection.Result sdsm = SdsmProjection.of(ALPHA).project(graph);
    BipartiteProjection.Result hyper = HypergeometricProjection.of(ALPHA).project(graph);

    assertThat(hyper.testedPairs()).isEqualTo(sdsm.testedPairs());
    assertThat((double) hyper.edges().size() / hyper.testedPairs()).isGreaterThan(0.5);
    assertThat(sdsm.edges()).isEmpty();
  }

  @Test
  void project_keepsNoFalseEdge_inAtLeast95PercentOfNullGraphsSampledFromTheFittedModel() {
    SplittableRandom rnd = new SplittableRandom(42L);
    int members = 120;
    int tickers = 600;
    BipartiteTradeGraph observed = BipartiteTradeGraph.ofIndices(members, tickers,
        SyntheticCoTrading.zipfMembers(members, tickers, rnd));
    BipartiteConfigurationModel truth = BipartiteConfigurationModel.fit(observed);
    int samples = 40;
    int graphsWithFalseEdges = 0;
    long rawRejections = 0;
    long tested = 0;
    SdsmProjection sdsm = SdsmProjection.of(ALPHA);
    for (int s = 0; s < samples; s++) {
      BipartiteTradeGraph nullGraph = BipartiteTradeGraph.ofIndices(members, tickers,
          SyntheticCoTrading.sample(truth, rnd));
      BipartiteProjection.Result result = sdsm.project(nullGraph);
      if (!result.edges().isEmpty()) {
        graphsWithFalseEdges++;
      }
      BipartiteConfigurationModel refit = BipartiteConfigurationModel.fit(nullGraph);
      int[][] pairs = nullGraph.sharedPairs();
      double[] p = sdsm.pValues(refit, pairs[0], pairs[1], pairs[2]);
      tested += p.length;
      for (double v : p) {
        if (v <= ALPHA) {
          rawRejections++;
        }
      }
    }
    // every edge is false here; under the complete null BH's FDR is P(any edge) <= alpha.
    // P(Binomial(40, 0.05) >= 6) = 0.014, so 6+ graphs with edges would refute the claim.
    assertThat(graphsWithFalseEdges).isLessThanOrEqualTo(5);
    // the raw per-pair p-values are valid: at most alpha of the null pairs fall at or below alpha
    assertThat((double) rawRejections / tested).isLessThanOrEqualTo(ALPHA);
  }

  @Test
  void project_findsNothing_whenNoPairSharesATicker() {
    BipartiteTradeGraph graph = BipartiteTradeGraph.of(Map.of("a", List.of("X"), "b", List.of("Y")));

    BipartiteProjection.Result result = SdsmProjection.of().project(graph);

    assertThat(result.testedPairs()).isZero();
    assertThat(result.edges()).isEmpty();
    assertThat(result.method()).isEqualTo("SDSM");
  }

  @Test
  void of_rejectsAlphaOutsideTheUnitInterval() {
    assertThatThrownBy(() -> SdsmProjection.of(1.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha");
    assertThatThrownBy(() -> SdsmProjection.of().withExactCountLimit(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactCountLimit");
  }
}
