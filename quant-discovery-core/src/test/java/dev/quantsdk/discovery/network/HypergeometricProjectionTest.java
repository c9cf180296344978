package dev.quantsdk.discovery.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HypergeometricProjectionTest {

  private static final double TOLERANCE = 1e-12;

  @Test
  void project_pValueIsTheHypergeometricTail_inClosedForm() {
    // 6 tickers; a and b each trade 3 and share all 3: P = 1 / C(6, 3) = 1/20
    BipartiteTradeGraph graph = BipartiteTradeGraph.of(Map.of(
        "a", List.of("T1", "T2", "T3"),
        "b", List.of("T1", "T2", "T3"),
        "c", List.of("T4", "T5", "T6")));

    BipartiteProjection.Result result = HypergeometricProjection.of(0.2).project(graph);

    assertThat(result.testedPairs()).isEqualTo(1);
    assertThat(result.edges()).singleElement().satisfies(e -> {
      assertThat(e.a()).isEqualTo("a");
      assertThat(e.b()).isEqualTo("b");
      assertThat(e.weight()).isEqualTo(3);
      assertThat(e.pValue()).isCloseTo(1.0 / 20, within(TOLERANCE));
      assertThat(e.qValue()).isCloseTo(1.0 / 20, within(TOLERANCE));
    });
    assertThat(result.method()).isEqualTo("hypergeometric");
  }
}
